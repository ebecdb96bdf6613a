import { BASELINE_VOCABULARY } from './baseline';
import type { Fase, FieldValue } from '../../domain/model';
import type { Profile } from '../../domain/profile';
import { foldedWords, keywordOf, keywordsOf } from '../../domain/spelling';
import type { CellValue } from '../grid';
import { exactlyOne } from './keywords';
import { parseCell } from './value';

type Faser = Profile['vocabulary']['faser'];

const PHASE_NUMBER = /^(?:fase)?([1-9])$/;
const JOINERS = new Set(['og', 'eller']);

/**
 * The phase, from the profile's names and spellings or its number (`2`, `Fase 2`, `fase 2 og
 * 3`: the phase at that place in the profile's list). A digit counts only after the word
 * "fase" or in a cell of nothing but phase numbers, so `gjennomføring i 2 år` names one phase.
 */
export function faseParser(faser: Faser): (value: CellValue) => FieldValue<Fase> {
  const keywords = keywordsOf(faser.map((f) => ({ value: f.key, spellings: f.spellings, exact: f.exact })));
  const labels = new Map(faser.map((f) => [f.key, f.label]));
  const nameOf = (key: string) => labels.get(key) ?? key;
  const numbered = (word: string) => {
    const m = PHASE_NUMBER.exec(word);
    return m && Number(m[1]) <= faser.length ? Number(m[1]) : undefined;
  };
  return (value) =>
    parseCell(value, (_v, text) => {
      const ws = foldedWords(text);
      const onlyNumbers = ws.every((w) => numbered(w) !== undefined || JOINERS.has(w) || w === 'fase');
      const found: Fase[] = [];
      let lastNumber = -10;
      ws.forEach((word, i) => {
        const n = numbered(word);
        if (n === undefined) {
          const fase = keywordOf(word, keywords);
          if (fase) found.push(fase);
          return;
        }
        const prev = ws[i - 1];
        const afterFase = word.startsWith('fase') || prev === 'fase';
        const chained = lastNumber === i - 1 || (lastNumber === i - 2 && prev !== undefined && JOINERS.has(prev));
        if (onlyNumbers || afterFase || chained) {
          found.push(faser[n - 1]!.key);
          lastNumber = i;
        }
      });
      return exactlyOne(found, nameOf);
    });
}

/** The baseline vocabulary's faser, for callers without a profile. */
export const parseFase = faseParser(BASELINE_VOCABULARY.faser);
