import type { FieldValue } from '../../domain/model';
import type { CellValue } from '../grid';
import { splitList } from './list';
import { NOTHING, parseCell, type Present } from './value';

const INNER_SPACE = /\s+/g;

/**
 * Organisation numbers as typed (`974 760 673; 964338531`), inner spaces removed. Whether
 * each is nine digits with a valid MOD11 check digit is the domain's rule to say.
 */
export function parseOrgnr(value: CellValue): FieldValue<string[]> {
  return parseCell(value, (v: Present, text) => {
    if (typeof v === 'number' && Number.isInteger(v)) return [String(v)];
    const items = splitList(text).map((item) => item.replace(INNER_SPACE, ''));
    return items.length > 0 ? items : NOTHING;
  });
}
