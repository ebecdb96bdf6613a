import type { CellWrite, WorkbookPort } from '../port/workbook-port';
import { columnIndex, parseAddress, type CellRange, type SheetGrid, type WorkbookGrid } from '../table/grid';

/**
 * A change the user asked the add-in to make, described before it is made: the preview checks it
 * on a copy of the grid, the port makes it in the workbook. Nothing else is ever written.
 */
export type GridEdit =
  /** Values into cells; no format, no neighbour. */
  | { kind: 'cells'; sheet: string; cells: ReadonlyArray<{ address: string; value: CellWrite }> }
  /**
   * Row `row` (1-based) split: a copy of it inserted below for each further entry of `rows`, then
   * `rows[i]` (column letter → value) written into the i-th of the rows, the row itself first.
   */
  | { kind: 'split'; sheet: string; row: number; rows: ReadonlyArray<Readonly<Record<string, CellWrite>>> };

/** How many rows an edit inserts below its row (the rows further down move by as many). */
export const insertedRows = (edit: GridEdit): number => (edit.kind === 'split' ? edit.rows.length - 1 : 0);

/** Make the edit in the workbook, through the port. */
export async function performEdit(port: WorkbookPort, edit: GridEdit): Promise<void> {
  if (edit.kind === 'split') return port.splitRow(edit.sheet, edit.row, edit.rows);
  for (const { address, value } of edit.cells) await port.writeCellValue(edit.sheet, address, value);
}

function put(sheet: SheetGrid, address: string, value: CellWrite): void {
  const at = parseAddress(address);
  if (!at) return;
  const r = at.row - sheet.origin.row;
  const c = at.col - sheet.origin.col;
  if (r < 0 || c < 0) return;
  while (sheet.cells.length <= r) sheet.cells.push([]);
  const line = sheet.cells[r]!;
  while (line.length <= c) line.push(null);
  line[c] = value;
}

/**
 * The edit made on `sheet` in place, as Excel makes it: inserted rows copy the row's values,
 * merges and tables below move down, tables across the row grow. The demo's workbook and the
 * preview's copy both change this way.
 */
export function editSheet(sheet: SheetGrid, edit: GridEdit): void {
  if (edit.kind === 'cells') {
    for (const { address, value } of edit.cells) put(sheet, address, value);
    return;
  }
  const at = edit.row - 1 - sheet.origin.row;
  const copies = insertedRows(edit);
  while (sheet.cells.length <= at) sheet.cells.push([]);
  sheet.cells.splice(at + 1, 0, ...Array.from({ length: copies }, () => [...sheet.cells[at]!]));
  // 0-based, the first inserted row is `edit.row`: ranges from there move, ranges across it grow.
  const shift = (range: CellRange) => {
    if (range.top >= edit.row) range.top += copies;
    if (range.bottom >= edit.row) range.bottom += copies;
  };
  sheet.merges.forEach(shift);
  sheet.tables.forEach((t) => shift(t.range));
  edit.rows.forEach((cells, i) => {
    for (const [column, value] of Object.entries(cells))
      if (columnIndex(column) !== undefined) put(sheet, `${column}${edit.row + i}`, value);
  });
}

/** A copy of the grid with the edit made: what the preview checks. The grid given is left as it was. */
export function editedGrid(grid: WorkbookGrid, edit: GridEdit): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== edit.sheet) return s;
      const copy: SheetGrid = {
        ...s,
        cells: s.cells.map((line) => [...line]),
        merges: s.merges.map((m) => ({ ...m })),
        tables: s.tables.map((t) => ({ ...t, range: { ...t.range } })),
      };
      editSheet(copy, edit);
      return copy;
    }),
  };
}
