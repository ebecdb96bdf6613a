import type { FieldValue } from '../../domain/model';
import type { CellValue } from '../grid';
import { parseCell, unreadable, type Present } from './value';

/** Digits, optionally grouped by any kind of space (NBSP and thin space are in \s): 25, 1200, 1 200. */
const WHOLE = /^(?:\d+|\d{1,3}(?:\s\d{3})+)$/;
const SPACES = /\s/g;

/** A whole, non-negative count such as the number of participants. */
export function parseInteger(value: CellValue): FieldValue<number> {
  return parseCell(value, (v: Present, text) => {
    // `+ 0` turns -0 into 0.
    if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v + 0 : unreadable;
    if (typeof v !== 'string' || !WHOLE.test(text)) return unreadable;
    const n = Number(text.replace(SPACES, ''));
    return Number.isSafeInteger(n) ? n : unreadable;
  });
}
