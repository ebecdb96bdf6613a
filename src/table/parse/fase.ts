import type { Fase, FieldValue } from '../../domain/model';
import { FASER } from '../../domain/model';
import type { CellValue } from '../grid';
import { words } from '../normalize';
import { exactlyOne, keywordOf, type Keyword } from './keywords';
import { parseCell } from './value';

const FASE_WORDS: readonly Keyword<Fase>[] = [
  { value: 'vurdering', prefixes: ['vurdering', 'kartlegg', 'behov'] },
  { value: 'planlegging', prefixes: ['planlegg'], exact: ['utvikling'] },
  { value: 'gjennomforing', prefixes: ['gjennomf'] },
];

const FASE_NAMES: Record<Fase, string> = {
  vurdering: 'vurdering',
  planlegging: 'planlegging',
  gjennomforing: 'gjennomføring',
};

const PHASE_NUMBER = /^(?:fase)?([123])$/;
const JOINERS = new Set(['og', 'eller']);

/**
 * The phase, from its official name, a common short form or its number (`2`, `Fase 2`,
 * `fase 2 og 3`). A digit counts only after the word "fase" or in a cell of nothing but
 * phase numbers, so `gjennomføring i 2 år` names one phase.
 */
export function parseFase(value: CellValue): FieldValue<Fase> {
  return parseCell(value, (_v, text) => {
    const ws = words(text);
    const onlyNumbers = ws.every((w) => PHASE_NUMBER.test(w) || JOINERS.has(w) || w === 'fase');
    const found: Fase[] = [];
    let lastNumber = -10;
    ws.forEach((word, i) => {
      const numbered = PHASE_NUMBER.exec(word);
      if (!numbered) {
        const fase = keywordOf(word, FASE_WORDS);
        if (fase) found.push(fase);
        return;
      }
      const prev = ws[i - 1];
      const afterFase = word.startsWith('fase') || prev === 'fase';
      const chained = lastNumber === i - 1 || (lastNumber === i - 2 && prev !== undefined && JOINERS.has(prev));
      if (onlyNumbers || afterFase || chained) {
        found.push(FASER[Number(numbered[1]) - 1]!);
        lastNumber = i;
      }
    });
    return exactlyOne(found, FASE_NAMES);
  });
}
