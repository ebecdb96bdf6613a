import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import type { Language } from '../../src/i18n';
import { SAMPLE } from './catalogue-entries';
import { PROJECT_WORDS } from './project-words';

/** The Hunspell dictionary of a written standard, from npm (dictionary-nb, dictionary-nn), read with nspell. */
function dictionary(language: Language) {
  const folder = dirname(require.resolve(`dictionary-${language}`));
  return nspell(readFileSync(join(folder, 'index.aff')), readFileSync(join(folder, 'index.dic')));
}

/**
 * What is not checked: names in «» (columns, sheets, values, quoted sources, Excel's menus: each
 * catalogue name is an entry of its own and is checked there), addresses, options, file names,
 * Excel's header codes, cell addresses and date patterns.
 */
const NOT_PROSE = [
  /«[^»]*»/g,
  /https?:\/\/\S+/g,
  /\S+@\S+/g,
  /\b[\w-]+\.(no|com|org|net)\b/g,
  /--[a-z][\w-]*/g,
  /\S+\.(xlsx|xlsm|ods|csv|json|pdf|xls|xlsb|html)\b/gi,
  /&[A-Z]/g,
  /\b[A-Z]{1,3}\d+\b/g,
  /dd\.mm\.åååå|ÅÅÅÅ-MM-DD/gi,
];

/** The words of a text, without those of the sample parameters. */
export function wordsOf(text: string): string[] {
  let prose = text;
  for (const pattern of NOT_PROSE) prose = prose.replace(pattern, ' ');
  return prose
    .split(/[^\p{L}\p{M}'-]+/u)
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter((w) => w.length > 1 && !w.toLowerCase().includes(SAMPLE.toLowerCase()));
}

export interface SpellResult {
  /** Words checked, with repeats. */
  checked: number;
  /** Words accepted only through the project's list. */
  fromProjectList: Set<string>;
  /** Words neither the dictionary nor the project's list knows, with a text they stand in. */
  unknown: Map<string, string>;
}

/**
 * A speller for one written standard. Hunspell's Norwegian dictionaries build compounds with a
 * COMPOUNDFLAG, which nspell does not implement ("koordinatormidler" is unknown to it), so a word
 * is also accepted as two or three known words joined, with the linking s or e of Norwegian
 * compounds ("overskrift·s·rad"). This accepts a few misspellings a full Hunspell would refuse;
 * what it refuses, Hunspell refuses too.
 */
export function speller(language: Language) {
  const dict = dictionary(language);
  const project = new Set([...PROJECT_WORDS.both, ...PROJECT_WORDS[language]].map((w) => w.toLowerCase()));
  const inDictionary = (w: string) => dict.correct(w) || dict.correct(w.toLowerCase());
  const compound = (w: string, depth: number): boolean => {
    if (depth > 2) return false;
    for (let i = w.length - 3; i >= 3; i--) {
      const head = w.slice(0, i);
      const tail = w.slice(i);
      const headKnown = dict.correct(head) || ((head.endsWith('s') || head.endsWith('e')) && dict.correct(head.slice(0, -1)));
      if (headKnown && (dict.correct(tail) || compound(tail, depth + 1))) return true;
    }
    return false;
  };
  const known = (w: string) => inDictionary(w) || compound(w.toLowerCase(), 0);
  return (texts: readonly string[]): SpellResult => {
    const result: SpellResult = { checked: 0, fromProjectList: new Set(), unknown: new Map() };
    for (const text of texts) {
      for (const word of wordsOf(text)) {
        result.checked++;
        // "UH-partner", "E-post", "Excel-fil": the whole, else each part.
        const parts = word.split('-').filter((p) => p.length > 1);
        if (known(word) || (parts.length > 1 && parts.every(known))) continue;
        const listed = (w: string) => project.has(w.toLowerCase());
        if (listed(word) || (parts.length > 1 && parts.every((p) => known(p) || listed(p)))) {
          result.fromProjectList.add(word.toLowerCase());
          continue;
        }
        if (!result.unknown.has(word)) result.unknown.set(word, text);
      }
    }
    return result;
  };
}
