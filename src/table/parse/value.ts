import type { FieldValue, InvalidReason } from '../../domain/model';
import { isCellError, type CellValue } from '../grid';
import { cellText } from '../normalize';

/**
 * Shared frame of every parser: error values and blanks are handled once, then the kind's
 * own reader sees a non-empty value and says ok or why not.
 */
export function parseCell<T>(value: CellValue, read: (value: Exclude<CellValue, null>, text: string) => T | Invalid): FieldValue<T> {
  if (isCellError(value)) return { kind: 'error', code: value.error };
  const text = cellText(value).trim();
  if (value === null || text === '') return { kind: 'empty' };
  const result = read(value, text);
  if (result instanceof Invalid) {
    const invalid: FieldValue<T> = { kind: 'invalid', raw: text, reason: result.reason };
    if (result.detail !== undefined) invalid.detail = result.detail;
    return invalid;
  }
  return { kind: 'ok', value: result, raw: text };
}

export class Invalid {
  constructor(
    readonly reason: InvalidReason,
    readonly detail?: string,
  ) {}
}

export const unreadable = new Invalid('unreadable');
export const ambiguous = new Invalid('ambiguous');
