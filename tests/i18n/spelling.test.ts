import { nb, type Texts } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { catalogueEntries, render, type Entry } from './catalogue-entries';
import { PROJECT_WORDS } from './project-words';
import { speller, wordsOf } from './spelling';

/**
 * Every entry of both catalogues, rendered in every form its parameters allow, is spelled right
 * for its written standard: dictionary-nb for bokmål, dictionary-nn for nynorsk, plus the
 * project's short word list. Reading the catalogue's types and the two dictionaries takes a while.
 */
const CATALOGUES: Array<[string, Texts, 'nb' | 'nn']> = [
  ['bokmål', nb, 'nb'],
  ['nynorsk', textsFor('nn'), 'nn'],
];

let entries: Entry[];
beforeAll(() => {
  entries = catalogueEntries();
}, 180_000);

describe.each(CATALOGUES)('the %s catalogue', (_name, texts, language) => {
  let rendered: string[];
  beforeAll(() => {
    rendered = entries.flatMap((e) => render(texts, e));
  });

  it('renders every entry, functions with every form of their parameters, as finished text', () => {
    expect(entries.length).toBeGreaterThan(300);
    expect(entries.filter((e) => e.samples !== null).length).toBeGreaterThan(150);
    for (const text of rendered) {
      expect(typeof text).toBe('string');
      expect(text).not.toMatch(/\bNaN\b|\bundefined\b|\[object |\$\{/);
    }
  });

  it('is spelled as the dictionary and the project word list say', () => {
    const result = speller(language)(rendered);
    expect(result.checked).toBeGreaterThan(5000);
    // Each unknown word with a text it stands in, so that a failure says where to look.
    expect(Object.fromEntries(result.unknown)).toEqual({});
  }, 180_000);
});

describe('the spell-check itself', () => {
  it('refuses a bokmål word in nynorsk, a misspelling in bokmål, and accepts compounds of known words', () => {
    const nn = speller('nn');
    expect([...nn(['Tabellen har ikke noen tiltak.']).unknown.keys()]).toEqual(['ikke', 'noen']);
    expect(nn(['Koordinatormidlane i overskriftsrada.']).unknown.size).toBe(0);
    expect([...speller('nb')(['Fant ingen kolonnne for tilskudd.']).unknown.keys()]).toEqual(['kolonnne']);
  }, 180_000);

  it('leaves out names in «», addresses, options, cell addresses and sample words', () => {
    expect(wordsOf('Legg til «Hvem gjør hva» i B7 med --sprak nn, se brreg.no eller kari@kommune.no; Qqxa.')).toEqual([
      'Legg',
      'til',
      'med',
      'nn',
      'se',
      'eller',
    ]);
  });

  it('keeps the project list to names and words the dictionaries lack', () => {
    const all = [...PROJECT_WORDS.both, ...PROJECT_WORDS.nb, ...PROJECT_WORDS.nn];
    expect(all.length).toBeLessThan(50);
    expect(new Set(all.map((w) => w.toLowerCase())).size).toBe(all.length);
  });
});
