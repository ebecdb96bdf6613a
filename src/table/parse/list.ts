import { KOMMUNER_2024 } from '../../domain/norway/kommuner-2024';
import type { FieldValue } from '../../domain/model';
import type { CellValue } from '../grid';
import { NOTHING, parseCell } from './value';

const SEPARATORS = /[,;\r\n]|\s+(?:og|&)\s+/i;

/**
 * Names of Norwegian municipalities and counties (2024) with " og " in them: Møre og Romsdal,
 * Nore og Uvdal, Evje og Hornnes. Matched as whole words, so "Møre og Romsdal fylkeskommune"
 * stays one owner while "Lier og Drammen" is two.
 */
const JOINED = [...new Set(KOMMUNER_2024.flatMap(([, name, , county]) => [name, county]).filter((n) => /\s+og\s+/i.test(n)))];
const JOINED_NAME = new RegExp(`(?<![\\p{L}])(?:${JOINED.map((n) => n.replace(/\s+og\s+/gi, '\\s+og\\s+')).join('|')})(?![\\p{L}])`, 'giu');
/** Stands in for the space-og-space inside a protected name while the text is split. */
const KEEP = '\u0000';

/** Items separated by comma, semicolon, line break, the word "og" or "&"; trimmed, blanks dropped. */
export function splitList(text: string): string[] {
  const guarded = / og /i.test(text)
    ? text.replace(JOINED_NAME, (name) => name.replace(/\s+og\s+/gi, (og) => og.replace(/\s+/g, KEEP)))
    : text;
  const items: string[] = [];
  for (const part of guarded.split(SEPARATORS)) {
    const item = part.replaceAll(KEEP, ' ').trim();
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
