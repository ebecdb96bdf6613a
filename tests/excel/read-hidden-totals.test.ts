/**
 * Issue 9 items 1 and 3 in the pane: a hidden sheet loses to a visible one, and an Excel Table's
 * totals row is not a tiltak. The workbook is read through the real Office.js client (createExcelPort
 * → check), so `visibility` and `showTotals` travel as Excel sends them.
 */
import { createExcelPort } from '../../src/excel/port';
import { addTiltakSheet, check, EACH_PROFILE, HEADERS } from './workbooks';
import { createExcelHost } from '../office-host/host';
import type { HostProfile } from '../office-host/profiles';
import { HostWorkbook, type HostSheet } from '../office-host/workbook';
import { columnLetter } from '../../src/table/grid';

const TILTAK_ROWS = 12;

/** A template sheet first: the headers and one example row (with two phases, an error), then the real table. */
function templateAhead(profile: HostProfile, visibility: HostSheet['visibility']) {
  const book = new HostWorkbook();
  const template = book.addSheet('Mal');
  template.visibility = visibility;
  HEADERS.forEach((h, c) => template.set(`${columnLetter(c)}1`, h));
  template.set('A2', '1').set('B2', 'Eksempel på tiltak').set('C2', 'Regional').set('D2', 'Vurdering og gjennomføring');
  addTiltakSheet(book, TILTAK_ROWS);
  const host = createExcelHost(profile, book);
  host.install();
  return host;
}

/** The tiltak sheet as an Excel Table whose last row holds sums only (its label removed, as users do). */
function tableWithSumRow(profile: HostProfile, showTotals: boolean) {
  const book = new HostWorkbook();
  const sheet = addTiltakSheet(book, TILTAK_ROWS);
  const sumRow = TILTAK_ROWS + 2; // 0-based: title, headers, then the tiltak
  [8, 9, 10].forEach((c) => sheet.put(sumRow, c, { value: TILTAK_ROWS * 50000, formula: `=SUBTOTAL(109,[${HEADERS[c]}])` }));
  book.tables.push({ name: 'Tiltaksliste', sheet, area: { top: 1, left: 0, bottom: sumRow, right: HEADERS.length - 1 }, showTotals });
  const host = createExcelHost(profile, book);
  host.install();
  return { host, sumRow: sumRow + 1 };
}

describe.each(EACH_PROFILE)('hidden sheets and totals rows on %s', (_name, profile) => {
  it.each(['Hidden', 'VeryHidden'] as const)('reads a %s sheet as hidden and a visible one as not', async (visibility) => {
    const grid = await createExcelPort(templateAhead(profile, visibility).run).read();
    expect(grid.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['Mal', true],
      ['Tiltak', false],
    ]);
  });

  it('checks the visible sheet with tiltak, not a hidden template ahead of it', async () => {
    const findings = await createExcelPort(templateAhead(profile, 'Hidden').run).check(check);
    expect(findings.filter((f) => f.sheet === 'Tiltak' && f.row !== undefined).length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.sheet === 'Mal')).toEqual([]);
  });

  it('checks the template when it is visible (the earlier sheet wins a tie)', async () => {
    const findings = await createExcelPort(templateAhead(profile, 'Visible').run).check(check);
    expect(findings.some((f) => f.sheet === 'Mal')).toBe(true);
  });

  it("reads a table's totals row as such and reports nothing on it", async () => {
    const { host, sumRow } = tableWithSumRow(profile, true);
    const port = createExcelPort(host.run);
    const grid = await port.read();
    expect(grid.sheets[0]!.tables).toEqual([
      { name: 'Tiltaksliste', range: { top: 1, left: 0, bottom: sumRow - 1, right: HEADERS.length - 1 }, totalsRows: 1 },
    ]);
    const findings = await port.check(check);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.row === sumRow)).toEqual([]);
  });

  it('reads the same row as a tiltak when the table shows no totals row', async () => {
    const { host, sumRow } = tableWithSumRow(profile, false);
    const findings = await createExcelPort(host.run).check(check);
    expect(findings.some((f) => f.row === sumRow)).toBe(true);
  });
});
