import type { FieldValue } from '../../domain/model';
import type { CellValue } from '../grid';
import { normalizeKey } from '../normalize';
import { parseCell, unreadable, type Present } from './value';

const YES = new Set(['ja', 'yes', 'x', 'sant', 'true', '1']);
const NO = new Set(['nei', 'no', 'usant', 'false', '0']);

/** ja/nei in the forms people and Excel write it; anything else is unreadable, never a guess. */
export function parseYesNo(value: CellValue): FieldValue<boolean> {
  return parseCell(value, (v: Present, text) => {
    if (typeof v === 'boolean') return v;
    const key = normalizeKey(text);
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
    return unreadable;
  });
}
