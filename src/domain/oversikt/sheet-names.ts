import { OVERSIKT_SHEETS } from './model';

export type OversiktSheetNames = Record<keyof typeof OVERSIKT_SHEETS, string>;

/**
 * The overview's four sheet names, free in a workbook whose sheets are `taken` (Excel compares
 * without regard to case): as they are, else all four with the lowest number that frees them
 * ("Oversikt 2", "Funn 2", …), so a second overview never replaces the first or the user's own.
 */
export function freeOversiktNames(taken: readonly string[]): OversiktSheetNames {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const names = Object.fromEntries(
      Object.entries(OVERSIKT_SHEETS).map(([key, name]) => [key, n === 1 ? name : `${name} ${n}`]),
    ) as OversiktSheetNames;
    if (Object.values(names).every((name) => !used.has(name.toLowerCase()))) return names;
  }
}
