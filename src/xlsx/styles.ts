import { attribute, elements, startTags } from './xml';

/**
 * Which cell styles show a number as a date. A date in .xlsx is a number (days since 1900 or
 * 1904) whose style's number format is a date format: one of the built-in ids, or a custom
 * format code with day, month, year or time tokens outside quotes, escapes and `[…]` sections
 * (`[$-414]d. mmmm yyyy` is a date, `# ##0 "kr"` and `[Red]0` are not).
 */
export function dateStyles(stylesXml: string | undefined): ReadonlySet<number> {
  const out = new Set<number>();
  if (stylesXml === undefined) return out;
  const custom = new Map<number, string>();
  for (const tag of startTags(stylesXml, 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'));
    custom.set(id, attribute(tag, 'formatCode') ?? '');
  }
  const cellXfs = elements(stylesXml, 'cellXfs')[0]?.body ?? '';
  startTags(cellXfs, 'xf').forEach((tag, index) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id)) out.add(index);
  });
  return out;
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, and the East Asian 27–36, 50–58). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/_.|\*./g, '');
  // Only the first section (positive numbers) decides, as Excel shows a date from it.
  return /[dmyhs]/i.test(bare.split(';')[0]!) && !/^general$/i.test(bare.trim());
}
