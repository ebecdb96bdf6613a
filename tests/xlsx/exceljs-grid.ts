import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/table/grid';

/**
 * The same workbook through exceljs, the library the reader is checked against: each
 * worksheet's values as rows without trailing empty cells, merges as A1 ranges.
 */
export interface LibrarySheet {
  name: string;
  hidden: boolean;
  rows: CellValue[][];
  merges: string[];
}

export async function readWithExceljs(bytes: Uint8Array): Promise<LibrarySheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        values[c - 1] = cell.type === ExcelJS.ValueType.Merge ? null : plain(cell.value);
      });
      rows[r - 1] = trimRow(values);
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const merges = (ws.model.merges ?? []).slice().sort();
    return { name: ws.name, hidden: ws.state !== 'visible', rows: trimRows(rows), merges };
  });
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

export function trimRow(values: CellValue[]): CellValue[] {
  const out = Array.from(values, (v) => v ?? null);
  while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
  return out;
}

export function trimRows(rows: CellValue[][]): CellValue[][] {
  const out = rows.map(trimRow);
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}
