import { resolve } from 'node:path';
import { catalogueVocabulary, literalsIn, literalsOf, readsNorwegian, type Literal } from './literals';

const ROOT = resolve(__dirname, '../..');
const vocabulary = catalogueVocabulary(ROOT);

/**
 * Where Norwegian may stand in src/ outside the catalogues, and why. A folder or file (every text
 * in it), or one text of a file.
 */
const EXCEPTIONS: Array<{ file: string | RegExp; text?: string; why: string }> = [
  { file: /^src\/i18n\//, why: 'the catalogues themselves' },
  { file: /^src\/domain\/profiles\//, why: 'profile data: round names, sources and their quotes, in the language of the source' },
  { file: /^src\/domain\/norway\//, why: 'place names' },
  { file: 'src/domain/fields.ts', why: 'header spellings the reader accepts, in both standards' },
  { file: /^src\/table\/parse\//, why: 'spellings the parsers accept ("ja", "høst", " og ")' },
  { file: 'src/domain/sheet-names.ts', text: 'Kompetanseløftet', why: 'the name of a programme, short in a sheet name' },
  {
    file: 'src/domain/uncomputed.ts',
    why: 'a marker the reader puts in a formula cell without a value and the rules read back; never shown',
  },
  {
    file: 'src/table/normalize.ts',
    text: 'ugyldig dato',
    why: 'a Date object no workbook holds (an invalid date from a reader), quoted as found',
  },
  {
    file: 'src/excel/self-check.ts',
    why: "Sjekk oppsettet's probe values: written to its own temporary sheet, read back and compared, and deleted before the check ends; the user reads its report, which is in the catalogue",
  },
  {
    file: 'src/domain/oversikt/model.ts',
    text: 'Felles tiltak',
    why: "the overview's sheet names, by which a new run knows its own earlier workbook",
  },
];

type Exception = (typeof EXCEPTIONS)[number];
const covers = (e: Exception, l: Literal) =>
  (typeof e.file === 'string' ? e.file === l.file : e.file.test(l.file)) && (e.text === undefined || e.text === l.text);
const excepted = (l: Literal) => EXCEPTIONS.some((e) => covers(e, l));

describe('Norwegian text outside the catalogues', () => {
  const found = literalsIn(ROOT, 'src', vocabulary);

  it('stands nowhere but where the exceptions say', () => {
    const stray = found.filter((l) => !excepted(l)).map((l) => `${l.file}:${l.line}: ${l.text}`);
    expect(stray).toEqual([]);
  });

  it('has no exception that no longer excepts anything', () => {
    const unused = EXCEPTIONS.filter((e) => !found.some((l) => covers(e, l)));
    expect(unused.map((e) => String(e.file))).toEqual([]);
  });
});

describe('telling Norwegian text from code', () => {
  it('finds sentences, labels and JSX text, in both standards', () => {
    const source = [
      "const a = 'Fant ingen kolonne for tilskudd.';",
      'const b = `Fann ${n} kolonnar i arket`;',
      "const c = 'Ukjent ordning';",
      'const d = <Field label="Profil">Lag behovsmelding</Field>;',
      "const e = { title: 'Eksporter' };",
      "const f = 'Søker …';",
    ].join('\n');
    expect(literalsOf('x.tsx', source, vocabulary).map((l) => l.text)).toEqual([
      'Fant ingen kolonne for tilskudd.',
      'Fann … kolonnar i arket',
      'Ukjent ordning',
      'Profil',
      'Lag behovsmelding',
      'Eksporter',
      'Søker …',
    ]);
  });

  it('leaves keys, identifiers, codes, module names and English alone', () => {
    const source = [
      "import { x } from './tiltak';",
      "const status: 'komplett' | 'utkast' = 'komplett';",
      "const keys = ['tilskuddEier', 'eiere', 'items/name,items/formula', 'TableStyleMedium2'];",
      "throw new Error('The port is not ready for this call');",
      'const xml = \'<c:ser><c:idx val="0"/></c:ser>\';',
      "pane.querySelector('#partnerskap-skjema input, #partnerskap-skjema button')?.focus();",
    ].join('\n');
    expect(literalsOf('x.ts', source, vocabulary)).toEqual([]);
    expect(readsNorwegian('Side &P av &N', vocabulary)).toBe(true);
  });
});
