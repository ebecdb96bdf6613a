import type { CellRange } from '../table/grid';
import { cellAddress, columnIndex, parseAddress } from '../table/grid';

/** Excel's last row and column (0-based): whole rows and columns reach them. */
export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;

/** "Ark 1!B3:D9" or "'Ark 1'!B3" → the part after the sheet name. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** "B3:D9" → 0-based range; a single cell is a 1×1 range. */
export function parseRangeAddress(address: string): CellRange | undefined {
  const [a, b = a] = stripSheet(address).split(':');
  const from = parseAddress(a!);
  const to = parseAddress(b!);
  return from && to ? { top: from.row, left: from.col, bottom: to.row, right: to.col } : undefined;
}

/** Like parseRangeAddress, and also whole rows ("3:4") and columns ("A:C"), as change events name inserted rows. */
export function parseAnyArea(address: string): CellRange | undefined {
  const cells = parseRangeAddress(address);
  if (cells) return cells;
  const [a, b = a] = stripSheet(address).replace(/\$/g, '').split(':');
  if (/^\d+$/.test(a!) && /^\d+$/.test(b!)) return { top: Number(a) - 1, bottom: Number(b) - 1, left: 0, right: LAST_COLUMN };
  const [left, right] = [columnIndex(a!), columnIndex(b!)];
  return left !== undefined && right !== undefined ? { top: 0, bottom: LAST_ROW, left, right } : undefined;
}

/** Several areas as Excel writes them: "Ark!A1:B2, Ark!C3" or "A1:B2,C3". */
export function parseAreas(address: string): CellRange[] {
  return address
    .split(',')
    .map((a) => parseRangeAddress(a.trim()))
    .filter((r): r is CellRange => r !== undefined);
}

/**
 * Areas joined into address strings for `getRanges`, each at most `maxAreas` areas and `maxChars`
 * characters: Excel refuses a multi-area address of about 8 000 characters (office-js #5198).
 */
export function addressBatches(areas: readonly string[], maxAreas: number, maxChars = 4_000): string[] {
  const batches: string[][] = [];
  let length = 0;
  for (const area of areas) {
    const last = batches.at(-1);
    if (last && last.length < maxAreas && length + 1 + area.length <= maxChars) {
      last.push(area);
      length += 1 + area.length;
    } else {
      batches.push([area]);
      length = area.length;
    }
  }
  return batches.map((b) => b.join(','));
}

/** Cells → few rectangles: runs along each row, then equal runs in consecutive rows joined. */
export function rectangles(cells: ReadonlyArray<{ row: number; col: number }>): CellRange[] {
  const byRow = new Map<number, Array<{ row: number; col: number }>>();
  for (const c of [...cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const line = byRow.get(c.row);
    if (line) line.push(c);
    else byRow.set(c.row, [c]);
  }
  const runs: CellRange[] = [];
  for (const rowCells of byRow.values()) {
    for (const c of rowCells) {
      const last = runs.at(-1);
      if (last && last.top === c.row && last.right + 1 === c.col) last.right = c.col;
      else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
    }
  }
  const open = new Map<string, CellRange>();
  const out: CellRange[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom + 1 === run.top) above.bottom = run.top;
    else {
      out.push(run);
      open.set(key, run);
    }
  }
  return out;
}

/** Cell addresses ("D3", "D4", "E3") as few A1 areas ("D3:E3,D4"). */
export function compactAreas(cells: readonly string[]): string[] {
  const parsed = cells.map((c) => parseAddress(c)).filter((c) => c !== undefined);
  return rectangles(parsed).map((r) => {
    const from = cellAddress(r.top, r.left);
    return r.top === r.bottom && r.left === r.right ? from : `${from}:${cellAddress(r.bottom, r.right)}`;
  });
}
