/**
 * What Excel holds against a workbook when it opens it ("We found a problem with some content …
 * Do you want us to try to recover?"), as far as the writers here could get it wrong, checked on
 * the package itself:
 *
 * - every XML part is well-formed, with only characters XML allows (libxml2, through xmllint-wasm);
 * - sheet names: 1–31 characters, none of []:*?/\, no apostrophe first or last, unique ignoring
 *   case, not "History";
 * - defined names (print areas, print titles, the generated-sheet marks) are lists of references
 *   to sheets of the workbook, a quoted sheet name with its apostrophes doubled;
 * - no string literal in a formula is longer than 255 characters;
 * - text holds `_xHHHH_` only as an escape that is needed (a character XML cannot carry, or
 *   `_x005F_` for an underscore), so no user text turns into another character when Excel reads it;
 * - headers and footers hold 255 characters at most;
 * - data validations: an inline list of 255 characters at most, input and error titles of 32,
 *   an input message of 255 and an error message of 224.
 *
 * Returns the problems found, each a sentence naming the part; an empty list when there are none.
 */
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (xml: string) =>
  xml.replace(ENTITY, (_, dec?: string, hex?: string, name?: string) =>
    name ? NAMED[name]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
  );

/** Characters that need an `_xHHHH_` escape: what XML cannot carry or keep (CR), and what exceljs would drop. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const NEEDS_ESCAPE = /^[\0-\x08\x0B-\x1F\x7F\uD800-\uDFFF\uFFFE\uFFFF]$/;

export async function workbookProblems(xlsx: Uint8Array): Promise<string[]> {
  const files = unzipSync(xlsx);
  const problems: string[] = [];
  const parts = Object.entries(files).filter(([path]) => /\.(xml|rels)$/.test(path));
  for (const [path, bytes] of parts) {
    const result = await validateXML({ xml: [{ fileName: path, contents: strFromU8(bytes) }], normalization: 'format' });
    if (!result.valid) problems.push(`${path} is not well-formed XML: ${result.errors[0]?.message ?? ''}`);
  }
  const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => decode(m[1]!));
  problems.push(...sheetNameProblems(sheets));
  for (const m of workbook.matchAll(/<definedName\b[^>]*\bname="([^"]*)"[^>]*>([^<]*)<\/definedName>/g)) {
    const problem = referenceProblem(decode(m[2]!), sheets);
    if (problem) problems.push(`defined name ${m[1]}: ${problem}`);
  }
  for (const [path, bytes] of parts.filter(([p]) => p.startsWith('xl/worksheets/'))) {
    const xml = strFromU8(bytes);
    for (const f of xml.matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)) {
      for (const literal of decode(f[1]!).match(/"(?:[^"]|"")*"/g) ?? []) {
        const length = literal.slice(1, -1).replace(/""/g, '"').length;
        if (length > 255) problems.push(`${path}: a string in a formula has ${length} characters (at most 255)`);
      }
    }
    for (const hf of xml.matchAll(/<(odd|even|first)(Header|Footer)>([^<]*)</g)) {
      const length = decode(hf[3]!).length;
      if (length > 255) problems.push(`${path}: ${hf[1]}${hf[2]} has ${length} characters (at most 255)`);
    }
    for (const dv of xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
      problems.push(...validationProblems(dv[1]!, dv[2]!).map((p) => `${path}: ${p}`));
    }
  }
  for (const [path, bytes] of parts.filter(([p]) => p === 'xl/sharedStrings.xml' || p.startsWith('xl/worksheets/'))) {
    for (const t of strFromU8(bytes).matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)) {
      for (const escape of decode(t[1]!).matchAll(/_x([0-9A-Fa-f]{4})_/g)) {
        const char = String.fromCharCode(parseInt(escape[1]!, 16));
        if (char !== '_' && !NEEDS_ESCAPE.test(char)) problems.push(`${path}: Excel reads «${escape[0]}» in a text as «${char}»`);
      }
    }
  }
  return problems;
}

/** Office's limits on a data validation's texts, after decoding (MS-OI29500 2.1.613, on ECMA-376 18.3.1.32). */
const VALIDATION_LIMITS: Record<string, number> = { promptTitle: 32, errorTitle: 32, prompt: 255, error: 224 };

/** What Excel refuses in one data validation: an inline list past 255 characters, titles and messages past its limits. */
function validationProblems(attributes: string, body: string): string[] {
  const problems: string[] = [];
  const sqref = /\bsqref="([^"]*)"/.exec(attributes)?.[1] ?? '?';
  for (const [, name, value] of attributes.matchAll(/\b(\w+)="([^"]*)"/g)) {
    const limit = VALIDATION_LIMITS[name!];
    const length = decode(value!).length;
    if (limit !== undefined && length > limit)
      problems.push(`the validation of ${sqref}: its ${name} has ${length} characters (at most ${limit})`);
  }
  const formula = decode(/<formula1>([^<]*)<\/formula1>/.exec(body)?.[1] ?? '');
  const length = /^".*"$/s.test(formula) ? formula.length - 2 : 0;
  if (length > 255) problems.push(`the validation of ${sqref} has an inline list of ${length} characters (at most 255)`);
  return problems;
}

function sheetNameProblems(names: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const why =
      name.length === 0 || name.length > 31
        ? `has ${name.length} characters (1–31)`
        : /[[\]:*?/\\]/.test(name)
          ? 'has a character Excel does not allow in sheet names'
          : /^'|'$/.test(name)
            ? 'starts or ends with an apostrophe'
            : seen.has(name.toLowerCase())
              ? 'is taken (ignoring case)'
              : name.toLowerCase() === 'history'
                ? 'is reserved by Excel'
                : /_x[0-9A-Fa-f]{4}_/.test(name)
                  ? 'holds an escape Excel reads as another character'
                  : null;
    if (why) problems.push(`sheet name «${name}» ${why}`);
    seen.add(name.toLowerCase());
  }
  return problems;
}

const RANGE = /^(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?\d+:\$?\d+|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})$/;

/** Why a defined name's text is not a list of references to sheets of the workbook; null when it is. */
function referenceProblem(text: string, sheets: readonly string[]): string | null {
  let rest = text;
  while (rest.length > 0) {
    const m = /^(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!([^,]+)(?:,|$)/.exec(rest);
    if (!m) return `«${text}» is not a list of references (are apostrophes in sheet names doubled?)`;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
    if (!sheets.includes(sheet)) return `«${text}» refers to sheet «${sheet}», which does not exist`;
    if (!RANGE.test(m[3]!)) return `«${text}» has an invalid range «${m[3]}»`;
    rest = rest.slice(m[0].length);
  }
  return null;
}
