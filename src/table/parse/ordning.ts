import { BASELINE_VOCABULARY } from './baseline';
import type { FieldValue, Ordning } from '../../domain/model';
import type { Profile } from '../../domain/profile';
import { keywordsOf, valuesNamed } from '../../domain/spelling';
import type { CellValue } from '../grid';
import { exactlyOne } from './keywords';
import { parseCell } from './value';

type Ordninger = Profile['vocabulary']['ordninger'];

/** The grant scheme, from the profile's names and spellings (Rekom, Dekom, spesialpedagogikk, …). */
export function ordningParser(ordninger: Ordninger): (value: CellValue) => FieldValue<Ordning> {
  const keywords = keywordsOf(ordninger.map((o) => ({ value: o.key, spellings: o.spellings, exact: o.exact })));
  const labels = new Map(ordninger.map((o) => [o.key, o.label]));
  const nameOf = (key: string) => labels.get(key) ?? key;
  return (value) => parseCell(value, (_v, text) => exactlyOne(valuesNamed(text, keywords), nameOf));
}

/** The baseline vocabulary's ordninger, for callers without a profile. */
export const parseOrdning = ordningParser(BASELINE_VOCABULARY.ordninger);
