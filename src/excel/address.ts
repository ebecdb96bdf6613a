import type { CellRange } from '../table/grid';
import { parseAddress } from '../table/grid';

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

/** Several areas as Excel writes them: "Ark!A1:B2, Ark!C3" or "A1:B2,C3". */
export function parseAreas(address: string): CellRange[] {
  return address
    .split(',')
    .map((a) => parseRangeAddress(a.trim()))
    .filter((r): r is CellRange => r !== undefined);
}
