import type { CellValue } from './grid';
import { isCellError } from './grid';

/** Header/label key: lowercase, Norwegian letters folded, accents and everything but a–z0–9 removed. */
export function normalizeKey(text: string): string {
  return foldLetters(text).replace(/[^a-z0-9]/g, '');
}

/** Lowercase words (letters and digits), Norwegian letters folded, for keyword matching. */
export function words(text: string): string[] {
  return foldLetters(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A cell as the text a user would read, for messages and text fields. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  return '';
}
