/**
 * Text helpers of the domain that do not depend on the language: how a cell's text is quoted,
 * counted and compared. Numbers, money, shares and dates in a language go through the texts'
 * `format` (src/i18n/format.ts).
 */

/** A finding's source as one line: `Title: «quote»` (quotes are quotes, in the source's language). */
export function formatSource(source: { title: string; quote: string }): string {
  return `${source.title}: «${source.quote}»`;
}

/** "2024-08-01" → "1.8.2024", as both written standards write a date. */
function dayMonthYear(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/**
 * A cell's text as a message quotes it: a date cell reads as an ISO date in the table layer,
 * and users see Norwegian dates (31.12.2024), never ISO.
 */
export function shownText(raw: string): string {
  return raw.includes('-') ? raw.replace(ISO_DATE, (iso) => dayMonthYear(iso)) : raw;
}

/** ASCII letters and digits, and beyond ASCII (æøå, accents) all but dashes, quotes and «». */
function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code !== 0xab && code !== 0xbb && !(code >= 0x2000 && code <= 0x206f);
}

/** Words (space-separated runs with a letter or digit) in `text`, counting no further than `limit`. */
export function wordCount(text: string, limit = Infinity): number {
  let count = 0;
  let inWord = false;
  let wordHasLetter = false;
  for (let i = 0; i <= text.length && count < limit; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code <= 32 || code === 0xa0) {
      if (inWord && wordHasLetter) count++;
      inWord = false;
      wordHasLetter = false;
    } else {
      inWord = true;
      if (isLetterOrDigit(code)) wordHasLetter = true;
    }
  }
  return count;
}

const ASCII_KEY = /^[a-z0-9]*$/;
const NOT_KEY_CHAR = /[^a-z0-9]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NORWEGIAN = /[æø]/g;
const NORWEGIAN_FOLD: Record<string, string> = { æ: 'ae', ø: 'o' };

/**
 * Lowercase, Norwegian letters folded (æ→ae, ø→o, å→a), other accents stripped: the form in
 * which names, headers, labels and keywords are compared.
 */
export function foldText(text: string): string {
  // NFD splits å into a + ring and é into e + accent; æ and ø do not decompose.
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(NORWEGIAN, (ch) => NORWEGIAN_FOLD[ch]!);
}

/** Case-, accent- and punctuation-insensitive key: folded text with all but a–z and 0–9 removed. */
export function nameKey(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_KEY.test(lower)) return lower;
  // Plain ASCII ("Tiltak 12") needs no Unicode folding: one replace instead of four passes.
  return (PRINTABLE_ASCII.test(lower) ? lower : foldText(lower)).replace(NOT_KEY_CHAR, '');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
