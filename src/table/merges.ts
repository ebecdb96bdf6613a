import type { CellRange, SheetGrid } from './grid';

/** Each cell inside a merged area → the area's top-left cell (where Excel keeps the value). */
export class MergeIndex {
  private readonly master = new Map<number, number>();

  constructor(merges: readonly CellRange[]) {
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) this.master.set(key(r, c), key(m.top, m.left));
        }
      }
    }
  }

  /** 0-based sheet position of the cell holding the value for (row, col). */
  resolve(row: number, col: number): { row: number; col: number } {
    const k = this.master.get(key(row, col));
    return k === undefined ? { row, col } : { row: Math.floor(k / COLS), col: k % COLS };
  }
}

/** Excel's column limit: keys stay unique across a whole sheet. */
const COLS = 16384;

function key(row: number, col: number): number {
  return row * COLS + col;
}

export function cellAt(sheet: SheetGrid, row: number, col: number) {
  return sheet.cells[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}
