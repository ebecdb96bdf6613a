/**
 * A workbook as plain values, the shape both ports (Office.js and exceljs) produce.
 * Everything after this point is host-independent.
 */

/** An Excel error value such as `#REF!` or `#VALUE!`. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangle in 0-based sheet coordinates, inclusive on both ends. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel Table (ListObject) on the sheet: a strong hint where the header row is. */
export interface TableHint {
  name: string;
  /** 0-based range of the table including its header row (and totals rows, if any). */
  range: CellRange;
  /** Rows at the bottom of `range` that total the table (Excel's totals row): never tiltak. */
  totalsRows?: number;
}

export interface SheetGrid {
  name: string;
  /**
   * Values of the used part of the sheet. `cells[r][c]` is the cell at 0-based sheet row
   * `origin.row + r` and column `origin.col + c`. Rows may be ragged.
   */
  cells: CellValue[][];
  /** Where `cells[0][0]` sits on the sheet (0-based); `{row:0,col:0}` is A1. */
  origin: { row: number; col: number };
  /** Merged areas in 0-based sheet coordinates. */
  merges: CellRange[];
  tables: TableHint[];
  /** A melding sheet the add-in wrote: never read as the user's tiltak table. */
  generated?: boolean;
  /** Hidden (or very hidden) in the workbook: a visible sheet with tiltak wins over it. */
  hidden?: boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}

/** 0-based column index → letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 0-based column index; undefined when not letters. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based sheet row and column → A1 address. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** `B5` → 0-based {row, col}; undefined when not an A1 address. */
export function parseAddress(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1]!);
  const row = Number(m[2]) - 1;
  return col === undefined || row < 0 ? undefined : { row, col };
}
