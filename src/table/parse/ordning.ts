import type { FieldValue, Ordning } from '../../domain/model';
import type { CellValue } from '../grid';
import { words } from '../normalize';
import { exactlyOne, keywordOf, type Keyword } from './keywords';
import { parseCell } from './value';

const ORDNING_WORDS: readonly Keyword<Ordning>[] = [
  { value: 'regional', prefixes: ['rekom', 'regional'] },
  { value: 'desentralisert', prefixes: ['dekom', 'desentral'] },
  { value: 'kompetanseloftet', prefixes: ['kompetanseloft', 'spesialped', 'inkluderende'] },
];

const ORDNING_NAMES: Record<Ordning, string> = {
  regional: 'regional',
  desentralisert: 'desentralisert',
  kompetanseloftet: 'kompetanseløftet',
};

/** The grant scheme, from its official name or a common short form (Rekom, Dekom, spesialpedagogikk). */
export function parseOrdning(value: CellValue): FieldValue<Ordning> {
  return parseCell(value, (_v, text) => {
    const found: Ordning[] = [];
    for (const word of words(text)) {
      const ordning = keywordOf(word, ORDNING_WORDS);
      if (ordning) found.push(ordning);
    }
    return exactlyOne(found, ORDNING_NAMES);
  });
}
