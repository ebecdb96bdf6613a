import { generatedSheetNames } from '../sheet/generated';
import type { CellRange, CellValue, SheetGrid, TableHint, WorkbookGrid } from '../table/grid';
import { parseAreas, parseRangeAddress } from './address';
import { isSupported } from './requirements';

export interface SheetInfo {
  name: string;
  id: string;
  /** The used range (values only) when last seen; null for an empty sheet. */
  used: CellRange | null;
  /** Response bytes per cell (values and value types) in the last read, to size the next window. */
  bytesPerCell?: number;
}

/** The workbook's sheets, tables and generated sheets, reused by the next read and checked by it. */
export interface WorkbookStructure {
  sheets: SheetInfo[];
  tables: string[];
  /** Melding sheets the add-in generated (marked by workbook names): not the user's table. */
  generated: string[];
}

/** The structure changed since it was learned: learn it again and repeat the action once. */
export class StaleStructure extends Error {}

interface ListHandles {
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  names: Excel.NamedItemCollection;
}

function queueLists(context: Excel.RequestContext): ListHandles {
  return {
    // Visibility rides on the lists every read loads anyway: a hidden sheet costs no extra sync.
    sheets: context.workbook.worksheets.load('items/name,items/id,items/visibility'),
    tables: context.workbook.tables.load('items/name'),
    names: context.workbook.names.load('items/name,items/formula'),
  };
}

function usedOf(range: Excel.Range): CellRange | null {
  return range.isNullObject
    ? null
    : {
        top: range.rowIndex,
        left: range.columnIndex,
        bottom: range.rowIndex + range.rowCount - 1,
        right: range.columnIndex + range.columnCount - 1,
      };
}

/** Two syncs: the lists, then each sheet's used range (an empty sheet's is a null object, never used further). */
export async function loadStructure(context: Excel.RequestContext): Promise<WorkbookStructure> {
  const lists = queueLists(context);
  await context.sync();
  const used = lists.sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  await context.sync();
  return {
    sheets: lists.sheets.items.map((s, i) => ({ name: s.name, id: s.id, used: usedOf(used[i]!) })),
    tables: lists.tables.items.map((t) => t.name),
    generated: generatedSheetNames(lists.names.items.map((n) => ({ name: n.name, reference: String(n.formula) }))),
  };
}

/** How much one request may read; the port's defaults are READ_LIMITS, tests prove the logic with small ones. */
export interface ReadLimits {
  /** Cells read with the first request, shared by the sheets. */
  windowCells: number;
  /** A sheet whose cells were long last time gets a smaller window, so that the first response stays near this. */
  windowBytes: number;
  /** A wide sheet's first read stops here; the rest comes in chunks. */
  windowColumns: number;
  /** Bytes per chunk of a sheet read on after its window (values and value types). */
  chunkBytes: number;
}

/**
 * 2 100 rows of 30 columns in the first request; bigger sheets are read on in chunks that stay well
 * under the 5 MB Excel on the web accepts per response.
 */
export const READ_LIMITS: ReadLimits = { windowCells: 64_000, windowBytes: 3_000_000, windowColumns: 64, chunkBytes: 2_000_000 };
/** Bytes per cell assumed before a sheet was read (short texts and numbers, with value types). */
const TYPICAL_BYTES_PER_CELL = 40;
/** The fewest rows a first window reads, however wide the sheet. */
const MIN_WINDOW_ROWS = 100;

interface SheetHandles {
  info: SheetInfo;
  used: Excel.Range;
  window: Excel.Range | undefined;
  windowArea: CellRange | undefined;
  merges: Excel.RangeAreas | undefined;
}

export interface PendingRead {
  limits: ReadLimits;
  lists: ListHandles;
  sheets: SheetHandles[];
  structure: WorkbookStructure;
  tables: Array<{ range: Excel.Range; worksheet: Excel.Worksheet; name: string; table: Excel.Table }>;
}

/**
 * Queue the first read of every sheet (no sync here): its current used range, a window over the
 * used range it had, bounded in rows and columns, its merges, the Excel Tables, and the lists
 * that tell whether the structure is still the one the window was planned from.
 */
export function queueRead(context: Excel.RequestContext, structure: WorkbookStructure, limits: ReadLimits = READ_LIMITS): PendingRead {
  const generated = new Set(structure.generated);
  const withData = structure.sheets.filter((s) => s.used && !generated.has(s.name));
  const cellsPerSheet = Math.floor(limits.windowCells / Math.max(1, withData.length));
  const withMerges = isSupported('merges');
  const sheets = structure.sheets.map((info): SheetHandles => {
    const ws = context.workbook.worksheets.getItem(info.name);
    const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    const u = info.used;
    if (!u || generated.has(info.name)) return { info, used, window: undefined, windowArea: undefined, merges: undefined };
    const cols = Math.min(u.right - u.left + 1, limits.windowColumns);
    const cells = Math.min(cellsPerSheet, limits.windowBytes / (info.bytesPerCell ?? TYPICAL_BYTES_PER_CELL));
    const rows = Math.min(u.bottom - u.top + 1, Math.max(MIN_WINDOW_ROWS, Math.floor(cells / cols)));
    const windowArea = { top: u.top, left: u.left, bottom: u.top + rows - 1, right: u.left + cols - 1 };
    const window = ws.getRangeByIndexes(u.top, u.left, rows, cols).load('values,valueTypes');
    const merges = withMerges
      ? ws
          .getRangeByIndexes(u.top, u.left, u.bottom - u.top + 1, u.right - u.left + 1)
          .getMergedAreasOrNullObject()
          .load('address')
      : undefined;
    return { info, used, window, windowArea, merges };
  });
  const tables = structure.tables.map((name) => {
    const table = context.workbook.tables.getItem(name).load('showTotals');
    return { name, table, range: table.getRange().load('address'), worksheet: table.worksheet.load('name') };
  });
  return { limits, lists: queueLists(context), sheets, tables, structure };
}

/** After the sync: the grid; sheets that outgrew their window are read again in size-bounded chunks. */
export async function finishRead(context: Excel.RequestContext, pending: PendingRead): Promise<WorkbookGrid> {
  const { lists, structure } = pending;
  const same =
    lists.sheets.items.length === structure.sheets.length &&
    lists.sheets.items.every((s, i) => s.name === structure.sheets[i]!.name && s.id === structure.sheets[i]!.id) &&
    lists.tables.items.map((t) => t.name).join('\u0000') === structure.tables.join('\u0000');
  if (!same) throw new StaleStructure();
  structure.generated = generatedSheetNames(lists.names.items.map((n) => ({ name: n.name, reference: String(n.formula) })));
  const generated = new Set(structure.generated);

  const grids: SheetGrid[] = [];
  for (const [i, s] of pending.sheets.entries()) {
    const used = usedOf(s.used);
    s.info.used = used;
    const base = {
      name: s.info.name,
      tables: tablesOn(s.info.name, pending),
      generated: generated.has(s.info.name),
      ...(lists.sheets.items[i]!.visibility === 'Visible' ? {} : { hidden: true }),
    };
    if (!used || base.generated) grids.push({ ...base, cells: [], origin: { row: used?.top ?? 0, col: used?.left ?? 0 }, merges: [] });
    else if (s.window && s.windowArea && covers(s.windowArea, used)) {
      s.info.bytesPerCell = bytesPerCell(s.window, s.windowArea);
      const merges = s.merges && !s.merges.isNullObject ? parseAreas(s.merges.address) : [];
      grids.push({
        ...base,
        cells: toCells(s.window.values, s.window.valueTypes),
        origin: { row: s.windowArea.top, col: s.windowArea.left },
        merges,
      });
    } else grids.push({ ...base, ...(await readInChunks(context, s, used, pending.limits.chunkBytes)) });
  }
  return { sheets: grids };
}

function covers(outer: CellRange, inner: CellRange): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

function tablesOn(sheet: string, pending: PendingRead): TableHint[] {
  return pending.tables
    .filter((t) => t.worksheet.name === sheet)
    .flatMap((t) => {
      const range = parseRangeAddress(t.range.address);
      // Excel shows at most one totals row: it is the table range's last row.
      return range ? [{ name: t.name, range, ...(t.table.showTotals ? { totalsRows: 1 } : {}) }] : [];
    });
}

/** The whole used range, in row chunks sized from the bytes the window's rows took (or a cautious guess). */
async function readInChunks(
  context: Excel.RequestContext,
  s: SheetHandles,
  used: CellRange,
  chunkBytes: number,
): Promise<Pick<SheetGrid, 'cells' | 'origin' | 'merges'>> {
  const columns = used.right - used.left + 1;
  const sampled = s.window && s.windowArea ? bytesPerCell(s.window, s.windowArea) : 0;
  // Twice the sampled size: rows further down may hold longer texts than the first ones.
  const perCell = Math.max(48, 2 * sampled);
  s.info.bytesPerCell = sampled || undefined;
  const chunkRows = Math.max(1, Math.floor(chunkBytes / (perCell * columns)));
  const ws = context.workbook.worksheets.getItem(s.info.name);
  const whole = ws.getRangeByIndexes(used.top, used.left, used.bottom - used.top + 1, columns);
  const merges = isSupported('merges') ? whole.getMergedAreasOrNullObject().load('address') : undefined;
  const cells: CellValue[][] = [];
  for (let start = used.top; start <= used.bottom; start += chunkRows) {
    const rows = Math.min(chunkRows, used.bottom - start + 1);
    const chunk = ws.getRangeByIndexes(start, used.left, rows, columns).load('values,valueTypes');
    // Each chunk is its own request on purpose: together they would exceed the 5 MB Excel accepts.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    cells.push(...toCells(chunk.values, chunk.valueTypes));
  }
  return { cells, origin: { row: used.top, col: used.left }, merges: merges && !merges.isNullObject ? parseAreas(merges.address) : [] };
}

function bytesPerCell(window: Excel.Range, area: CellRange): number {
  const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
  return (JSON.stringify(window.values).length + JSON.stringify(window.valueTypes).length) / cells;
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
