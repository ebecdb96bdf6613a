/**
 * A formula saved without its computed value (a file a program wrote and no spreadsheet opened
 * since): readers give such a cell the error code `=FORMULA (uten beregnet verdi)`, so that it is
 * never read as an empty cell or a zero, and the rules tell it apart from an Excel error value.
 */
export const UNCOMPUTED = ' (uten beregnet verdi)';

/** The formula (with its `=`) when `code` marks a formula without a computed value. */
export function uncomputedFormula(code: string): string | undefined {
  return code.startsWith('=') && code.endsWith(UNCOMPUTED) ? code.slice(0, -UNCOMPUTED.length) : undefined;
}
