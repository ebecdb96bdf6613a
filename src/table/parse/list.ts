import type { FieldValue } from '../../domain/model';
import type { CellValue } from '../grid';
import { NOTHING, parseCell } from './value';

const SEPARATORS = /[,;\r\n]|\s+(?:og|&)\s+/i;

/** Items separated by comma, semicolon, line break, the word "og" or "&"; trimmed, blanks dropped. */
export function splitList(text: string): string[] {
  const items: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const item = part.trim();
    if (item !== '') items.push(item);
  }
  return items;
}

function readList(_value: unknown, text: string): string[] | typeof NOTHING {
  const items = splitList(text);
  return items.length > 0 ? items : NOTHING;
}

/** A list of names: owners, UH, units. */
export function parseList(value: CellValue): FieldValue<string[]> {
  return parseCell(value, readList);
}
