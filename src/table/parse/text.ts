import type { FieldValue } from '../../domain/model';
import type { CellValue } from '../grid';
import { EMPTY, parseCell } from './value';

const keepText = (_value: unknown, text: string) => text;

/** Free text, trimmed; numbers and dates as the text they show. */
export function parseText(value: CellValue): FieldValue<string> {
  // Most cells of a table are text: skip the general frame for them.
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? EMPTY : { kind: 'ok', value: text, raw: text };
  }
  return parseCell(value, keepText);
}
