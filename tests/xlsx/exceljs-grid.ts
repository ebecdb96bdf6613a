import ExcelJS from 'exceljs';
import { cellAddress, type CellRange, type CellValue, type WorkbookGrid } from '../../src/table/grid';

/**
 * The same workbook through exceljs, the library our cell reader is checked against (tests)
 * and measured against (`npm run bench -- xlsx`): the project's reader before issue 9.
 */
export async function exceljsWorkbookGrid(bytes: Uint8Array): Promise<{ grid: WorkbookGrid; hidden: boolean[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = wb.worksheets.map((ws) => {
    const cells: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // exceljs gives every cell of a merged area the top-left value; Excel shows the others empty.
        values[c - 1] = cell.type === ExcelJS.ValueType.Merge ? null : plain(cell.value);
      });
      cells[r - 1] = Array.from(values, (v) => v ?? null);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= [];
    const merges = (ws.model.merges ?? []).flatMap((ref) => rangeOf(ref));
    return { name: ws.name, cells, origin: { row: 0, col: 0 }, merges, tables: [] };
  });
  return { grid: { sheets }, hidden: wb.worksheets.map((ws) => ws.state !== 'visible') };
}

/** A sheet as compared in tests: values without trailing empty cells, merges as sorted A1 ranges. */
export interface LibrarySheet {
  name: string;
  hidden: boolean;
  rows: CellValue[][];
  merges: string[];
}

export async function readWithExceljs(bytes: Uint8Array): Promise<LibrarySheet[]> {
  const { grid, hidden } = await exceljsWorkbookGrid(bytes);
  return grid.sheets.map((s, i) => ({
    name: s.name,
    hidden: hidden[i]!,
    rows: trimRows(s.cells),
    merges: s.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).sort(),
  }));
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? null : plain(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return plain((value as { text?: ExcelJS.CellValue }).text ?? value.hyperlink);
  return null;
}

function rangeOf(ref: string): CellRange[] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return [];
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [{ top: Number(m[2]) - 1, left: col(m[1]!), bottom: Number(m[4]) - 1, right: col(m[3]!) }];
}

export function trimRow(values: CellValue[]): CellValue[] {
  const out = Array.from(values, (v) => v ?? null);
  while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
  return out;
}

/** Rows as compared: every row present (the reader leaves rows without values out), without trailing empty rows. */
export function trimRows(rows: CellValue[][]): CellValue[][] {
  const out = Array.from(rows, (row) => trimRow(row ?? []));
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}
