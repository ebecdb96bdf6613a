/**
 * A host workbook from a workbook read from a file (a WorkbookGrid, as src/xlsx reads it): values
 * as Office.js would report them (dates as serial numbers, errors as error cells), merges, Excel
 * Tables and hidden sheets. The browser page gets the demo's sample workbook this way.
 */
import { isCellError, type CellValue, type WorkbookGrid } from '../../src/table/grid';
import { HostWorkbook, type HostCell } from './workbook';

/** Days from Excel's day 0 (30 December 1899) to the Unix epoch. */
const EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

/** A date as Office.js reports it: Excel's serial number. */
export function excelSerial(date: Date): number {
  return date.getTime() / DAY_MS + EPOCH_SERIAL;
}

/** JSON for a page: dates as Excel's serial numbers (JSON would make them text). */
export function gridJson(grid: WorkbookGrid): string {
  return JSON.stringify(grid, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? excelSerial(raw) : value;
  });
}

function hostCell(value: CellValue): HostCell | undefined {
  if (value === null || value === '') return undefined;
  if (value instanceof Date) return { value: excelSerial(value) };
  if (isCellError(value)) return { value: value.error, error: true };
  return { value };
}

export function workbookFromGrid(grid: WorkbookGrid): HostWorkbook {
  const book = new HostWorkbook();
  for (const s of grid.sheets) {
    const sheet = book.addSheet(s.name);
    s.cells.forEach((line, r) => line.forEach((v, c) => sheet.put(s.origin.row + r, s.origin.col + c, hostCell(v))));
    sheet.merges = s.merges.map((m) => ({ ...m }));
    if (s.hidden) sheet.visibility = 'Hidden';
    for (const t of s.tables)
      book.tables.push({ name: t.name, sheet, area: { ...t.range }, ...(t.totalsRows ? { showTotals: true } : {}) });
  }
  return book;
}
