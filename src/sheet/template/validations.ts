/**
 * What Excel lets into a cell of the template, and what it says about it, for each kind of field:
 * shared by the template's sheets and by "Legg til utvalgslister" on a user's own table.
 */
import { PROMPT_LIMITS, type CellValidation, type ValidationRule } from './spec';

/** Rows of a new template that get formats and validation ahead of typing. */
export const TEMPLATE_ROWS = 500;

/** The span a date is read in (table/parse/period: bare years 1990–2100). */
const FIRST_DAY = '1990-01-01';
const LAST_DAY = '2100-12-31';

/** A text cut to Excel's limit, with an ellipsis where it was cut. */
export function fit(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

/**
 * An inline list (`"a,b,c"` in the file): Excel takes at most 255 characters and no comma inside
 * a value. A list that does not fit is left to the input message and to Valider.
 */
export function inlineList(values: readonly string[]): ValidationRule | null {
  if (values.some((v) => v.includes(',') || v.includes('"')) || values.join(',').length > 255) return null;
  return { kind: 'list', values };
}

/** `LEN(…)` counts of words the way Valider counts them (runs between spaces or line breaks). */
export function minWordsFormula(cell: string, minWords: number): string {
  const text = `TRIM(SUBSTITUTE(${cell},CHAR(10)," "))`;
  return `LEN(${text})-LEN(SUBSTITUTE(${text}," ",""))+1>=${minWords}`;
}

/**
 * The domain's e-mail check (rules/partnership-values): one @ with text before it, no spaces, and
 * a domain of dot-separated parts, none empty.
 */
export function emailFormula(cell: string): string {
  const at = `FIND("@",${cell})`;
  const domain = `MID(${cell},${at}+1,LEN(${cell}))`;
  return (
    `AND(ISERROR(FIND(" ",${cell})),LEN(${cell})-LEN(SUBSTITUTE(${cell},"@",""))=1,${at}>1,` +
    `ISNUMBER(FIND(".",${domain})),LEFT(${domain},1)<>".",RIGHT(${cell},1)<>".",ISERROR(FIND("..",${domain})))`
  );
}

/**
 * Organisation numbers: 9 digits each, several separated by comma or space (the check digit is
 * Valider's). Each character is tested on its own, so no locale's number parsing is involved;
 * ROW($1:$99) gives the positions (up to eleven numbers).
 */
export function orgnrFormula(cell: string): string {
  const digits = `SUBSTITUTE(SUBSTITUTE(${cell}," ",""),",","")`;
  return `AND(MOD(LEN(${digits}),9)=0,SUMPRODUCT(--ISNUMBER(-MID(${digits},ROW($1:$99),1)))=LEN(${digits}))`;
}

/** A validation with its texts cut to Excel's limits. */
export function validation(
  range: string,
  rule: ValidationRule,
  title: string,
  prompt: string,
  error?: CellValidation['error'],
): CellValidation {
  return {
    range,
    rule,
    prompt: { title: fit(title, PROMPT_LIMITS.title), message: fit(prompt, PROMPT_LIMITS.message) },
    ...(error && rule.kind !== 'any'
      ? { error: { style: error.style, title: fit(error.title, PROMPT_LIMITS.title), message: fit(error.message, PROMPT_LIMITS.message) } }
      : {}),
  };
}

/** Excel refuses a value that breaks an error rule of the round, and asks about one that breaks a warning. */
export function alertStyle(severity: 'error' | 'warning' | 'info' | undefined): 'stop' | 'warning' {
  return severity === 'error' ? 'stop' : 'warning';
}

export const DATE_SPAN = { from: FIRST_DAY, to: LAST_DAY } as const;
