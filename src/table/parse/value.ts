import type { FieldValue, InvalidReason } from '../../domain/model';
import { isCellError, type CellError, type CellValue } from '../grid';
import { cellText } from '../normalize';

/** Why a cell could not be read; the frame turns it into an `invalid` FieldValue with the raw text. */
export class Invalid {
  constructor(
    readonly reason: InvalidReason,
    readonly detail?: string,
  ) {}
}

export const unreadable = new Invalid('unreadable');
export const ambiguous = new Invalid('ambiguous');

/** Shared by every blank cell: it carries nothing that could be changed. */
export const EMPTY: FieldValue<never> = Object.freeze({ kind: 'empty' });

/** A reader's answer for text that holds nothing (a list of only separators). */
export const NOTHING = Symbol('nothing');

/** What a kind's reader sees: a cell that is neither blank nor an Excel error. */
export type Present = Exclude<CellValue, null | CellError>;

/**
 * Shared frame of every parser: error values and blanks are handled once, then the kind's
 * own reader sees the value and its trimmed text and says what it holds or why not.
 */
export function parseCell<T>(value: CellValue, read: (value: Present, text: string) => T | Invalid | typeof NOTHING): FieldValue<T> {
  if (value === null) return EMPTY;
  if (isCellError(value)) return { kind: 'error', code: value.error };
  const text = cellText(value).trim();
  if (text === '') return EMPTY;
  const result = read(value, text);
  if (result === NOTHING) return EMPTY;
  if (result instanceof Invalid) {
    return result.detail === undefined
      ? { kind: 'invalid', raw: text, reason: result.reason }
      : { kind: 'invalid', raw: text, reason: result.reason, detail: result.detail };
  }
  return { kind: 'ok', value: result, raw: text };
}
