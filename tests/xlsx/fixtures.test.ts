import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellAddress } from '../../src/table/grid';
import { readWorkbookGridSync } from '../../src/xlsx/read';
import { serialToDate } from '../../src/xlsx/serial';
import { readWithExceljs, trimRows, type LibrarySheet } from './exceljs-grid';

/**
 * Our cell reader against exceljs (the project's reader before issue 9) on the .xlsx fixtures of
 * issue 9 that LibreOffice or openpyxl wrote (scripts/make-fixtures.py). Where the two differ,
 * exceljs is the one that is wrong, and each such difference is asserted here for what it is.
 * Every fixture, issue 23's too, is compared with openpyxl and LibreOffice in second-opinion.test.ts.
 */
const DIR = join(__dirname, '../fixtures');
const ISSUE_9 =
  /^(lo-(1904|autofilter-note|county-owner|deep-header|few-headers|oslo-viken|two-row-header)|py-(chartsheet-first|formula-no-value|hidden-template|table-totals))\.xlsx$/;
const FIXTURES = readdirSync(DIR).filter((f) => ISSUE_9.test(f));
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));

function ours(file: string): LibrarySheet[] {
  return readWorkbookGridSync(bytesOf(file)).sheets.map((s) => ({
    name: s.name,
    hidden: s.hidden ?? false,
    rows: trimRows(s.cells),
    merges: s.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).sort(),
  }));
}

/** Files exceljs 4.4 cannot open at all (issue 9, item 5). */
const EXCELJS_FAILS: Record<string, RegExp> = {
  'py-chartsheet-first.xlsx': /anchors/, // a chart sheet ahead of the worksheets
  'py-table-totals.xlsx': /comments/, // comments stored as xl/comments/comment1.xml
};

describe.each(FIXTURES.filter((f) => !(f in EXCELJS_FAILS)))('%s', (file) => {
  it('reads the same sheets, values and merges as exceljs, but for the differences named here', async () => {
    const library = await readWithExceljs(bytesOf(file));
    const mine = ours(file);
    if (file === 'lo-1904.xlsx') {
      // LibreOffice writes date1904="true"; exceljs only honours "1" and reads every date 1462 days early.
      const dates = (sheets: LibrarySheet[]) => sheets[0]!.rows.flatMap((r) => r.filter((v): v is Date => v instanceof Date));
      expect(dates(mine).map((d) => d.toISOString().slice(0, 10))).toEqual(['2024-08-01', '2027-07-31', '2024-08-01', '2027-07-31']);
      expect(dates(library).map((d, i) => (dates(mine)[i]!.getTime() - d.getTime()) / 86_400_000)).toEqual([1462, 1462, 1462, 1462]);
      return;
    }
    if (file === 'py-formula-no-value.xlsx') {
      // openpyxl stores formulas without results: exceljs gives an empty cell, we an error value naming the formula.
      expect([mine[0]!.rows[1]![9], library[0]!.rows[1]![9]]).toEqual([{ error: '=200000*2 (uten beregnet verdi)' }, null]);
      expect([mine[0]!.rows[2]![10], library[0]!.rows[2]![10]]).toEqual([{ error: '=SUM(J2:J2)/2 (uten beregnet verdi)' }, null]);
      mine[0]!.rows[1]![9] = null;
      mine[0]!.rows[2]![10] = null;
    }
    expect(mine).toEqual(library);
  });
});

describe.each(Object.entries(EXCELJS_FAILS))('%s, which exceljs cannot open', (file, error) => {
  it('is read in full by our reader', async () => {
    await expect(readWithExceljs(bytesOf(file))).rejects.toThrow(error);
    const [tiltak, partnerskap] = ours(file);
    expect([tiltak!.name, partnerskap!.name]).toEqual(['Tiltak', 'Partnerskap']);
    expect(tiltak!.rows[0]!.slice(0, 4)).toEqual(['Nr', 'Tiltak', 'Ordning', 'Fase']);
    expect(tiltak!.rows[1]!.slice(0, 2)).toEqual(['1', 'Lesing i alle fag']);
    expect(tiltak!.rows[2]!.slice(9, 11)).toEqual([300000, 200000]);
    expect(partnerskap!.rows[5]).toEqual(['Skriftlig avtale', 'Ja, signert 15.11.2023']);
  });
});

describe('reading details on files other programs wrote', () => {
  it('finds a hidden sheet, an Excel Table with its totals row, and an autofilter table without style info', () => {
    expect(ours('py-hidden-template.xlsx').map((s) => [s.name, s.hidden])).toEqual([
      ['Mal', true],
      ['Tiltak', false],
      ['Partnerskap', false],
    ]);
    const [withTotals] = readWorkbookGridSync(bytesOf('py-table-totals.xlsx')).sheets;
    expect(withTotals!.tables).toEqual([{ name: 'Tiltaksliste', range: { top: 0, left: 0, bottom: 3, right: 18 }, totalsRows: 1 }]);
    const [filtered] = readWorkbookGridSync(bytesOf('lo-autofilter-note.xlsx')).sheets;
    expect(filtered!.tables).toEqual([{ name: 'filter0', range: { top: 1, left: 0, bottom: 3, right: 18 } }]);
  });

  it('counts 1904 serials from 1 January 1904 and 1900 serials with Excel’s leap-year day', () => {
    expect(serialToDate(0, true).toISOString()).toBe('1904-01-01T00:00:00.000Z');
    expect(serialToDate(45505, false).toISOString()).toBe('2024-08-01T00:00:00.000Z');
    expect(serialToDate(45505 - 1462, true).toISOString()).toBe('2024-08-01T00:00:00.000Z');
    expect(serialToDate(1, false).toISOString()).toBe('1900-01-01T00:00:00.000Z');
    expect(serialToDate(45505.5, false).toISOString()).toBe('2024-08-01T12:00:00.000Z');
  });
});
