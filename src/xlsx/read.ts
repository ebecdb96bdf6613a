import ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid, TableHint, WorkbookGrid } from '../table/grid';
import { parseAddress } from '../table/grid';
import { generatedSheetNames } from '../domain/melding-sheet';

/**
 * An .xlsx file → WorkbookGrid, with exceljs. No Node APIs here: the demo mode runs this in
 * the browser too (webpack picks exceljs's browser build). Cells are only read.
 */
export async function readWorkbookGrid(data: ArrayBuffer | Uint8Array): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return workbookToGrid(workbook);
}

export function workbookToGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  const markers = workbook.definedNames.model.map((n) => ({ name: n.name, reference: n.ranges.length === 1 ? n.ranges[0]! : '' }));
  const generated = new Set(generatedSheetNames(markers));
  return { sheets: workbook.worksheets.map((ws) => ({ ...sheetToGrid(ws), ...(generated.has(ws.name) ? { generated: true } : {}) })) };
}

function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // exceljs hands every cell of a merged area the top-left value; Excel (and the Office.js
      // port) shows the others as empty, and the table layer resolves merges itself.
      values[colNumber - 1] = cell.type === ExcelJS.ValueType.Merge ? null : toCellValue(cell.value);
    });
    for (let i = 0; i < values.length; i++) values[i] ??= null;
    cells[rowNumber - 1] = values;
  });
  for (let i = 0; i < cells.length; i++) cells[i] ??= [];
  return { name: ws.name, cells, origin: { row: 0, col: 0 }, merges: mergesOf(ws), tables: tablesOf(ws) };
}

/** exceljs cell value → plain value: formulas give their cached result, rich text and links their text. */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? null : toCellValue(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) {
    // A link's text is a string, or rich text when part of it is formatted.
    const text = (value as { text?: unknown }).text;
    return text === undefined || text === null ? value.hyperlink : toCellValue(text as ExcelJS.CellValue);
  }
  return null;
}

function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(':');
  const from = parseAddress(a!);
  const to = parseAddress(b!);
  return from && to ? { top: from.row, left: from.col, bottom: to.row, right: to.col } : undefined;
}

/** 1-based bounds, as exceljs keeps a merge. */
interface MergeBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Merged areas from exceljs's merge index. Not `worksheet.model.merges`: that getter first
 * rebuilds the model of every row, which doubles the cost of reading a large sheet.
 */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const index = (ws as unknown as { _merges?: Record<string, MergeBounds> })._merges ?? {};
  return Object.values(index).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

interface TableModel {
  name?: string;
  ref?: string;
  tableRef?: string;
}

/** Excel Tables: exceljs keeps a loaded table's model (with its full range) under `.table`. */
function tablesOf(ws: ExcelJS.Worksheet): TableHint[] {
  const tables = (ws as unknown as { getTables?: () => Array<{ table?: TableModel } & TableModel> }).getTables?.() ?? [];
  return tables.flatMap((t) => {
    const model = t.table ?? t;
    const range = parseRange(model.tableRef ?? model.ref ?? '');
    return range ? [{ name: model.name ?? '', range }] : [];
  });
}
