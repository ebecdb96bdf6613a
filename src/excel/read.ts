import { PARTNERSHIP_SHEET } from '../domain/fields';
import { generatedSheetNames } from '../domain/melding-sheet';
import type { CellValue, SheetGrid, TableHint, WorkbookGrid } from '../table/grid';
import { parseAreas, parseRangeAddress } from './address';
import { isSupported } from './requirements';

/** Names of the sheets and Excel Tables: loaded once, then reused by every read. */
export interface WorkbookStructure {
  sheets: string[];
  tables: string[];
  /** Worksheet id → name: events report ids. */
  idToName: Record<string, string>;
  /** Melding sheets the add-in generated (marked by workbook names): not the user's table. */
  generated: string[];
}

export async function loadStructure(context: Excel.RequestContext): Promise<WorkbookStructure> {
  const sheets = context.workbook.worksheets.load('items/name,items/id');
  const tables = context.workbook.tables.load('items/name');
  const names = context.workbook.names.load('items/name,items/formula');
  await context.sync();
  return {
    generated: generatedSheetNames(names.items.map((n) => ({ name: n.name, reference: String(n.formula) }))),
    sheets: sheets.items.map((s) => s.name),
    tables: tables.items.map((t) => t.name),
    idToName: Object.fromEntries(sheets.items.map((s) => [s.id, s.name])),
  };
}

/** Rows read with the first request, shared by the sheets; longer sheets are read on in chunks. */
export const WINDOW_ROWS = 2000;
/** The Partnerskap sheet is a short list of labels. */
const PARTNERSHIP_WINDOW_ROWS = 100;
/** Stay well under the 5 MB Excel on the web accepts per request/response (the estimate is rough). */
export const MAX_CHUNK_BYTES = 3_000_000;

interface SheetHandles {
  name: string;
  used: Excel.Range;
  window: Excel.Range;
  merges: Excel.RangeAreas | undefined;
}

export interface PendingRead {
  sheets: SheetHandles[];
  generated: Set<string>;
  tables: Array<{ range: Excel.Range; worksheet: Excel.Worksheet; name: string }>;
}

/** Queue the first window of every sheet, its size, merges and the Excel Tables (no sync here). */
export function queueRead(context: Excel.RequestContext, structure: WorkbookStructure): PendingRead {
  const isPartnership = (name: string) => name.toLowerCase() === PARTNERSHIP_SHEET.toLowerCase();
  const tableSheets = structure.sheets.filter((name) => !isPartnership(name)).length;
  const windowRows = Math.max(PARTNERSHIP_WINDOW_ROWS, Math.floor(WINDOW_ROWS / Math.max(1, tableSheets)));
  const withMerges = isSupported('merges');
  const sheets = structure.sheets.map((name) => {
    const rows = isPartnership(name) ? PARTNERSHIP_WINDOW_ROWS : windowRows;
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,rowCount,columnCount');
    const window = ws.getRange(`1:${rows}`).getIntersectionOrNullObject(used).load('values,valueTypes,rowIndex,columnIndex,rowCount');
    const merges = withMerges ? used.getMergedAreasOrNullObject().load('address') : undefined;
    return { name, used, window, merges };
  });
  const tables = structure.tables.map((name) => {
    const table = context.workbook.tables.getItem(name);
    return { name, range: table.getRange().load('address'), worksheet: table.worksheet.load('name') };
  });
  return { sheets, tables, generated: new Set(structure.generated) };
}

/** After the sync: the grid, reading any rows past the first window in size-bounded chunks. */
export async function finishRead(context: Excel.RequestContext, pending: PendingRead): Promise<WorkbookGrid> {
  const grids: SheetGrid[] = pending.sheets.map((s) => ({ ...sheetFromWindow(s, pending), generated: pending.generated.has(s.name) }));
  const rest = pending.sheets
    .map((s, i) => ({ s, grid: grids[i]!, next: s.window.isNullObject ? 0 : s.window.rowCount }))
    .filter(({ s, next }) => !s.used.isNullObject && next < s.used.rowCount);
  for (const { s, grid, next } of rest) await readRemainingRows(context, s, grid, next);
  return { sheets: grids };
}

function sheetFromWindow(s: SheetHandles, pending: PendingRead): SheetGrid {
  const tables: TableHint[] = pending.tables
    .filter((t) => t.worksheet.name === s.name)
    .flatMap((t) => {
      const range = parseRangeAddress(t.range.address);
      return range ? [{ name: t.name, range }] : [];
    });
  const merges = s.merges && !s.merges.isNullObject ? parseAreas(s.merges.address) : [];
  if (s.used.isNullObject) return { name: s.name, cells: [], origin: { row: 0, col: 0 }, merges, tables };
  // Data that starts below the first window: every row comes from the chunks.
  if (s.window.isNullObject) return { name: s.name, cells: [], origin: { row: s.used.rowIndex, col: s.used.columnIndex }, merges, tables };
  return {
    name: s.name,
    cells: toCells(s.window.values, s.window.valueTypes),
    origin: { row: s.window.rowIndex, col: s.window.columnIndex },
    merges,
    tables,
  };
}

/** Rows after the window, in chunks sized from the bytes the window's rows actually took. */
async function readRemainingRows(context: Excel.RequestContext, s: SheetHandles, grid: SheetGrid, done: number): Promise<void> {
  const bytesPerRow = Math.max(64, JSON.stringify(grid.cells).length / Math.max(1, grid.cells.length)) * 2;
  const chunkRows = Math.max(100, Math.floor(MAX_CHUNK_BYTES / bytesPerRow));
  const ws = context.workbook.worksheets.getItem(s.name);
  for (let start = done; start < s.used.rowCount; start += chunkRows) {
    const rows = Math.min(chunkRows, s.used.rowCount - start);
    const chunk = ws.getRangeByIndexes(s.used.rowIndex + start, s.used.columnIndex, rows, s.used.columnCount).load('values,valueTypes');
    // Each chunk is its own request on purpose: together they would exceed the 5 MB Excel accepts.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    grid.cells.push(...toCells(chunk.values, chunk.valueTypes));
  }
}

/** Office values → CellValue: errors by their value type, empty strings as null. */
function toCells(values: unknown[][], types: Excel.RangeValueType[][]): CellValue[][] {
  return values.map((row, r) =>
    row.map((v, c): CellValue => {
      const type = types[r]?.[c];
      if (type === 'Error') return { error: String(v) };
      if (type === 'Empty' || v === '' || v === null || v === undefined) return null;
      if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
      return String(v);
    }),
  );
}
