import type { MeldingDocument } from '../domain/melding';
import { uniqueSheetName } from '../domain/sheet-names';

/**
 * How a generated sheet is recognised: a workbook-level defined name
 * `Behovsmelding_generert_<n>` that refers to the sheet's A1.
 *
 * Why a name and not a marker cell: both exceljs (workbook.definedNames) and Office.js
 * (workbook.names, ExcelApi 1.1/1.4) read and write workbook-level names; the reference
 * follows the sheet when the user renames it; a copy the user makes of a generated sheet does
 * not carry a workbook-level name (Excel gives copies sheet-scoped names at most, which are
 * ignored here), so the copy is the user's and is never removed; and no cell of the sheet is
 * spent on it, so nothing can be overwritten or cleared by accident. A name whose sheet is
 * gone (#REF!) is stale and is removed along with the others.
 */
export const GENERATED_MARKER = {
  prefix: 'Behovsmelding_generert_',
  /** Name for the n-th generated sheet (0-based n). */
  name(index: number): string {
    return `${GENERATED_MARKER.prefix}${index + 1}`;
  },
  isName(name: string): boolean {
    return /^Behovsmelding_generert_\d+$/i.test(name);
  },
  /** Reference the name holds, e.g. `'Melding Regional ordning'!$A$1`. */
  reference(sheetName: string): string {
    return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
  },
  /** The sheet a marker reference points at; null unless it is a sheet's A1. Accepts a leading `=`. */
  sheetOf(reference: string): string | null {
    const m = /^=?(?:'((?:[^']|'')+)'|([^'!\s#=][^'!\s]*))!\$?A\$?1$/.exec(reference.trim());
    if (!m) return null;
    return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  },
};

/** Names of the sheets that the defined names mark as generated (original spelling). */
export function generatedSheetNames(names: readonly { name: string; reference: string }[]): string[] {
  const sheets = names.filter((n) => GENERATED_MARKER.isName(n.name)).map((n) => GENERATED_MARKER.sheetOf(n.reference));
  return [...new Set(sheets.filter((s): s is string => s !== null))];
}

/**
 * The sheet names every writer gives the meldinger (the pane's Excel sheets, the .xlsx of the pane
 * and the CLI), given the sheets that stay in the workbook: a melding's own name (the domain's,
 * see domain/sheet-names.ts) when free, otherwise the next free "Name (2)". A user's sheet of the
 * same name, in any case, is never replaced.
 */
export function freeSheetNames(doc: MeldingDocument, remainingSheets: readonly string[] = []): string[] {
  const used = new Set(remainingSheets.map((s) => s.toLowerCase()));
  return doc.meldinger.map((m) => uniqueSheetName(m.sheetName, used));
}
