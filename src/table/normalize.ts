import type { CellValue } from './grid';
import { isCellError } from './grid';
import { isoOfDate } from './calendar';

const ASCII_KEY = /^[a-z0-9]*$/;
const NOT_KEY_CHAR = /[^a-z0-9]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NORWEGIAN = /[æø]/g;
const NORWEGIAN_FOLD: Record<string, string> = { æ: 'ae', ø: 'o' };

/**
 * Lowercase, Norwegian letters folded (æ→ae, ø→o, å→a), other accents stripped: the form in
 * which headers, labels and keywords are compared.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // NFD splits å into a + ring and é into e + accent; æ and ø do not decompose.
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(NORWEGIAN, (ch) => NORWEGIAN_FOLD[ch]!);
}

/** Header/label key: folded text with every character but a–z and 0–9 removed. */
export function normalizeKey(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_KEY.test(lower)) return lower;
  return foldText(lower).replace(NOT_KEY_CHAR, '');
}

/** Folded words (runs of letters and digits), for keyword matching: `Fase 2: Planlegging` → fase, 2, planlegging. */
export function words(text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  for (const word of folded.split(NOT_KEY_CHAR)) if (word !== '') out.push(word);
  return out;
}

/** A cell as the text a user would read, for messages and text fields. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  if (value instanceof Date) return dateText(value);
  if (isCellError(value)) return value.error;
  return '';
}

/** Numbers without binary noise: 0.1 + 0.2 reads as 0.3, as Excel shows it. */
function numberText(n: number): string {
  return Number.isInteger(n) || !Number.isFinite(n) ? String(n) : String(Number(n.toPrecision(15)));
}

function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? 'ugyldig dato' : isoOfDate(d);
}
