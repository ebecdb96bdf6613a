import type { CellRange, CellValue } from '../table/grid';
import { LIMITS, ReadRefusal } from './limits';

/**
 * Excel shows a merged area's top-left value across the area and nothing of the values stored
 * under it (a file may keep them, ECMA-376 §18.3.1.55; LibreOffice and PhpSpreadsheet write
 * them): they are left out, so a tiltak row reads as Excel shows it. Only rows that hold values
 * are visited, so a merge over a million empty rows costs nothing; a row left with no value is
 * left out like any empty row; the work over all merges is
 * bounded like a sheet's cells.
 */
export function clearUnderMerges(cells: CellValue[][], merges: readonly CellRange[]): void {
  if (merges.length === 0) return;
  const rows: number[] = [];
  cells.forEach((_, r) => rows.push(r));
  let work = 0;
  for (const m of merges) {
    for (let i = firstAtLeast(rows, m.top); i < rows.length && rows[i]! <= m.bottom; i++) {
      const r = rows[i]!;
      const own = cells[r]!;
      const right = Math.min(m.right, own.length - 1);
      for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) own[c] = null;
      while (own.length > 0 && own[own.length - 1] === null) own.pop();
      if (own.length === 0) delete cells[r];
      work += 1 + Math.max(0, right - m.left);
      if (work > LIMITS.cells) throw new ReadRefusal({ kind: 'tooManyCells', max: LIMITS.cells });
    }
  }
}

/** Index of the first of the sorted `rows` at or after `row`. */
function firstAtLeast(rows: readonly number[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]! < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
