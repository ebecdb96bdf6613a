import type { CellValue, SheetGrid } from '../../src/table/grid';

/** A sheet from rows of values, placed at A1 unless `origin` says otherwise. */
export function sheet(name: string, cells: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, cells, origin: { row: 0, col: 0 }, merges: [], tables: [], ...extra };
}
