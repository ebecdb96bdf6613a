import { createExcelPort } from '../../src/excel/port';
import { findProfile } from '../../src/domain/profiles';
import { proposeSplit } from '../../src/app/split';
import { nb } from '../../src/i18n';
import { readTiltakTable } from '../../src/table/read';
import { tableVocabulary } from '../../src/table/vocabulary';
import { EXCEL_2021 } from '../office-host/profiles';
import type { HostSheet, Scalar } from '../office-host/workbook';
import { check, EACH_PROFILE, tiltakHost } from './workbooks';

const KN = findProfile('kompetansenettverk-2024')!;

/** Every non-empty cell of a sheet: address-like key → value (and formula). */
function snapshot(sheet: HostSheet): Map<string, { value: Scalar; formula?: string }> {
  const out = new Map<string, { value: Scalar; formula?: string }>();
  sheet.rows.forEach((line, r) => line?.forEach((cell, c) => cell && out.set(`${r}:${c}`, { value: cell.value, formula: cell.formula })));
  return out;
}

describe.each(EACH_PROFILE)('splitting a multi-phase row on %s', (_name, profile) => {
  it('inserts one copy per further phase directly below; every other cell keeps its value, rows below move down', async () => {
    // Row 3 is tiltak 1, «Vurdering og gjennomføring» in D3 (tiltakHost's every 10th row); 6 rows.
    const { host, sheet } = tiltakHost(profile, 6);
    sheet.setFormula('K3', '=I3*0.3+$J$3', 30000);
    sheet.numberFormats.set('2:8', '# ##0 "kr"');
    sheet.merges.push({ top: 6, left: 0, bottom: 7, right: 0 });
    const before = snapshot(sheet);
    const port = createExcelPort(host.run);
    const findings = await port.check(check);
    const finding = findings.find((f) => f.rule === 'phase-multiple' && f.cells[0] === 'D3')!;
    const grid = await port.read();
    const read = readTiltakTable(grid, { texts: nb, vocabulary: tableVocabulary(KN) });
    if (!read.ok) throw new Error(read.message);
    const split = proposeSplit(finding, grid, read.table, KN)!;
    expect(split).toMatchObject({ row: 3, column: 'D', phases: ['Vurdering', 'Gjennomføring'] });
    host.stats.reset();

    // Only the phases, as the pane writes them when the row holds no amount to divide.
    await port.splitRow(split.sheet, split.row, [{ D: 'Vurdering' }, { D: 'Gjennomføring' }]);

    expect(host.stats.syncs).toBe(1);
    expect(sheet.get('D3')).toBe('Vurdering');
    expect(sheet.get('D4')).toBe('Gjennomføring');
    // The copy holds the row's values, its formula moved with it by Excel's rules (absolute stays).
    for (let c = 0; c < 16; c++) if (c !== 3 && c !== 10) expect(sheet.cell(3, c)?.value).toEqual(sheet.cell(2, c)?.value);
    expect(sheet.cell(3, 10)?.formula).toBe('=I4*0.3+$J$3');
    expect(sheet.cell(2, 10)?.formula).toBe('=I3*0.3+$J$3');
    // Number format of the row above (Excel's insert default); merges below move down.
    expect(sheet.numberFormats.get('3:8')).toBe('# ##0 "kr"');
    expect(sheet.merges).toContainEqual({ top: 7, left: 0, bottom: 8, right: 0 });
    // Every other cell: the same value, rows from 4 on one lower.
    const after = snapshot(sheet);
    for (const [key, cell] of before) {
      const [r, c] = key.split(':').map(Number) as [number, number];
      if (r === 2 && c === 3) continue;
      expect(after.get(`${r >= 3 ? r + 1 : r}:${c}`)).toEqual(cell);
    }
    expect(after.size).toBe(before.size + 16);
    // The re-check no longer finds the two phases.
    expect((await port.check(check)).some((f) => f.rule === 'phase-multiple')).toBe(false);
  });

  it('refuses a sheet that is gone with a Norwegian sentence, changing nothing', async () => {
    const { host, sheet } = tiltakHost(profile, 2);
    const before = snapshot(sheet);
    await expect(createExcelPort(host.run).splitRow('Borte', 3, [{ D: 'Vurdering' }, { D: 'Planlegging' }])).rejects.toThrow(/[æøåa-z]/);
    expect(snapshot(sheet)).toEqual(before);
  });
});

it('splits into three rows on ExcelApi 1.14 (Excel 2021), each row its own values, the next tiltak two rows lower', async () => {
  const { host, sheet } = tiltakHost(EXCEL_2021, 2);
  await createExcelPort(host.run).splitRow('Tiltak', 3, [{ D: 'Vurdering' }, { D: 'Planlegging' }, { D: 'Gjennomføring', K: 500 }]);
  expect([sheet.get('D3'), sheet.get('D4'), sheet.get('D5'), sheet.get('B6')]).toEqual([
    'Vurdering',
    'Planlegging',
    'Gjennomføring',
    'Tiltak 2',
  ]);
  expect(sheet.get('K5')).toBe(500);
  expect(sheet.get('K4')).toBe(sheet.get('K3'));
});
