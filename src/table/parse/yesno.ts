import type { FieldValue } from '../../domain/model';
import type { CellValue } from '../grid';
import { normalizeKey, words } from '../normalize';
import { parseCell, unreadable, type Present } from './value';

const YES = new Set(['ja', 'yes', 'x', 'sant', 'true', '1']);
const NO = new Set(['nei', 'no', 'usant', 'false', '0']);
const YES_WORDS = new Set(['ja', 'yes']);
const NO_WORDS = new Set(['nei', 'no']);
/** Words that make a remark take back its answer: "Ja, delvis", "Ja, men ikke signert", "Nei, kanskje". */
const HEDGES = new Set(['delvis', 'kanskje', 'ikke', 'nesten', 'usikker', 'uklart', 'snart', 'planlagt', 'muligens']);

/**
 * ja/nei in the forms people and Excel write it, also followed by punctuation and a remark:
 * "Ja, signert 15.11.2023" is yes, "Nei – kommer i januar" no. A remark that names the other
 * answer ("ja/nei", "Ja eller nei") or hedges ("Ja, delvis") is unreadable: never a guess.
 */
export function parseYesNo(value: CellValue): FieldValue<boolean> {
  return parseCell(value, (v: Present, text) => {
    if (typeof v === 'boolean') return v;
    const key = normalizeKey(text);
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
    const [first, ...rest] = words(text);
    if (first === undefined || !/^\p{L}+\s*[,.:;!–-]/u.test(text)) return unreadable;
    const yes = YES_WORDS.has(first);
    if (!yes && !NO_WORDS.has(first)) return unreadable;
    const other = yes ? NO_WORDS : YES_WORDS;
    return rest.some((w) => other.has(w) || (yes && HEDGES.has(w)) || (!yes && w === 'kanskje')) ? unreadable : yes;
  });
}
