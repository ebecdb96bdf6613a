import { createExcelPort } from '../../src/excel/port';
import type { ReadLimits } from '../../src/excel/read';
import { check, EACH_PROFILE, tiltakHost } from './workbooks';

describe.each(EACH_PROFILE)('reading the workbook on %s', (_name, profile) => {
  it('reads values, origin, errors and merges into the grid', async () => {
    const { host, sheet } = tiltakHost(profile, 3);
    sheet.setError('J4', '#REF!');
    sheet.merges.push({ top: 2, left: 2, bottom: 4, right: 2 });
    const grid = await createExcelPort(host.run).read();
    const s = grid.sheets[0]!;
    expect(s.origin).toEqual({ row: 0, col: 0 });
    expect(s.cells[1]![1]).toBe('Tiltak');
    expect(s.cells[2]![8]).toBe(100000);
    expect(s.cells[3]![9]).toEqual({ error: '#REF!' });
    expect(s.cells[0]![1]).toBeNull();
    // Merges are read from ExcelApi 1.13 (getMergedAreasOrNullObject); below, the pane says so.
    expect(s.merges).toEqual(profile.excelApi >= 13 ? [{ top: 2, left: 2, bottom: 4, right: 2 }] : []);
  });

  it('reads a workbook with an empty sheet beside the table', async () => {
    const { host } = tiltakHost(profile, 3);
    host.book.addSheet('Ark2');
    const grid = await createExcelPort(host.run).read();
    expect(grid.sheets.map((s) => [s.name, s.cells.length])).toEqual([
      ['Tiltak', 5],
      ['Ark2', 0],
    ]);
  });

  it('bounds the first read in columns too: a wide sheet is read on in chunks, each within its byte budget', async () => {
    const { host } = tiltakHost(profile, 3);
    const wide = host.book.addSheet('Bred');
    for (let r = 0; r < 150; r++) for (let c = 0; c < 30; c++) wide.put(r, c, { value: `r${r}c${c}-verdi` });
    const grid = await createExcelPort(host.run, undefined, undefined, SMALL).read();
    const read = grid.sheets.find((s) => s.name === 'Bred')!;
    expect(read.cells).toHaveLength(150);
    expect(read.cells[149]![29]).toBe('r149c29-verdi');
    expect(host.stats.syncs).toBeGreaterThan(2);
    expect(host.stats.largestResponse()).toBeLessThan(SMALL.windowBytes + SMALL.chunkBytes);
  });

  it('sees a sheet the user added after the pane learned the structure', async () => {
    const { host } = tiltakHost(profile, 3);
    const port = createExcelPort(host.run);
    await port.prepare();
    host.book.addSheet('Partnerskap').set('A1', 'Partnerskap').set('B1', 'Vest-Viken');
    const grid = await port.read();
    expect(grid.sheets.map((s) => s.name)).toEqual(['Tiltak', 'Partnerskap']);
  });

  it('still reads after the user renamed or deleted a sheet it knew', async () => {
    const { host } = tiltakHost(profile, 3);
    host.book.addSheet('Gammel').set('A1', 'x');
    const port = createExcelPort(host.run);
    await port.prepare();
    host.book.sheet('Tiltak').name = 'Tiltak 2025';
    expect((await port.read()).sheets.map((s) => s.name)).toEqual(['Tiltak 2025', 'Gammel']);
    host.book.sheets.splice(1, 1);
    expect((await port.read()).sheets.map((s) => s.name)).toEqual(['Tiltak 2025']);
  });

  it.each([10, 1000, 2000])('Valider of %i rows is 2 syncs once the structure is known', async (rows) => {
    const { host } = tiltakHost(profile, rows);
    const port = createExcelPort(host.run);
    await port.prepare();
    host.stats.reset();
    await port.check(check);
    expect(host.stats.syncs).toBe(2);
  });

  it('Valider of 2 000 rows 30 columns wide is still 2 syncs, each response under 4 MB', async () => {
    const { host, sheet } = tiltakHost(profile, 2000);
    for (let r = 1; r < 2002; r++) for (let c = 16; c < 30; c++) sheet.put(r, c, { value: r === 1 ? `Ekstra ${c}` : `notat ${r}-${c}` });
    const port = createExcelPort(host.run);
    await port.prepare();
    host.stats.reset();
    await port.check(check);
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.largestResponse()).toBeLessThan(4_000_000);
  });

  it('reads a sheet longer than its first window in further chunks, each within its byte budget (real sizes: npm run bench -- syncs)', async () => {
    // With SMALL the first read covers 100 rows (its least), and a chunk fewer than 100 rows of 16 columns.
    const { host } = tiltakHost(profile, 300);
    const port = createExcelPort(host.run, undefined, undefined, SMALL);
    await port.prepare();
    host.stats.reset();
    const findings = await port.check(check);
    expect(findings.filter((f) => f.rule === 'phase-multiple')).toHaveLength(30);
    // The read, at least two chunks for the 200 rows past the window, the overlays.
    expect(host.stats.syncs).toBeGreaterThanOrEqual(4);
    expect(host.stats.largestResponse()).toBeLessThan(SMALL.chunkBytes);
  });
});

/** Small enough that a few hundred cells need chunks: the logic is the same at any size. */
const SMALL: ReadLimits = { windowCells: 1_000, windowBytes: 40_000, windowColumns: 8, chunkBytes: 50_000 };
