import { StemmerNo, StopwordsNo } from '@nlpjs/lang-no';

/** One word of a text as the similarity measure sees it: its stem, and the word as written. */
export interface Term {
  stem: string;
  word: string;
}

const stemmer = new StemmerNo();
const stopwords = new StopwordsNo();

/**
 * Words every tiltak text in these grant rounds uses whatever it is about (the scheme's own
 * vocabulary: competence development, staff, cooperation, doing work), on top of the library's
 * general Norwegian stop words. Left in, they pair tiltak that share only the form of a melding.
 * Matched by stem, so every inflection is covered.
 */
const MELDING_WORDS = [
  'tiltak',
  'gjennom',
  'arbeid',
  'arbeide',
  'jobbe',
  'gjøre',
  'gjennomføre',
  'gjennomføring',
  'knyttet',
  'hele',
  'ulike',
  'egen',
  'eget',
  'egne',
  'blant',
  'annet',
  'rundt',
  'kompetanse',
  'kompetanseutvikling',
  'kompetanseheving',
  'utvikling',
  'utvikle',
  'ansatte',
  'samarbeid',
  'samarbeide',
  'skolebasert',
  'barnehagebasert',
  'styrke',
];

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Snowball's Norwegian stemmer keeps the verbal noun ("lesing", "vurdering") apart from the
 * verb ("lese" → "les", "vurdere" → "vurder"); tiltak texts name the same activity both ways,
 * so a trailing "ing" is cut as well when a stem of three letters or more remains.
 */
function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    const snowball = stemmer.stemWord(word);
    stemmed = snowball.length >= 6 && snowball.endsWith('ing') ? snowball.slice(0, -3) : snowball;
    stems.set(word, stemmed);
  }
  return stemmed;
}
/** Stems by word: a run sees the same few thousand words again and again. */
const stems = new Map<string, string>();

const MELDING_STEMS = new Set(MELDING_WORDS.map(stem));

/** The content words of a Norwegian text, lower-cased and stemmed; stop words and numbers dropped. */
export function norwegianTerms(text: string): Term[] {
  const terms: Term[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (word.length < 2 || /^\p{N}+$/u.test(word) || stopwords.isStopword(word)) continue;
    const stemmed = stem(word);
    if (!MELDING_STEMS.has(stemmed)) terms.push({ stem: stemmed, word });
  }
  return terms;
}

/** The shortest part of a compound looked for, in letters ("lese", "miljø"). */
const MIN_PART = 4;

/**
 * The known stems a compound word is made of: its longest known first part and its longest
 * known last part ("underveisvurdering" → "underveis", "vurder" when both stand alone in some
 * text). Norwegian writes one idea as one word, so "leseopplæring" and "opplæring i lesing"
 * share nothing until the compound is split. `known` is the stems found as words of their own.
 */
export function compoundParts(word: string, known: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  const usable = (part: string) => {
    const stemmed = stem(part);
    return stemmed.length >= 3 && known.has(stemmed) && !MELDING_STEMS.has(stemmed) ? stemmed : undefined;
  };
  for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
    const first = usable(word.slice(0, i));
    if (first) {
      parts.push(first);
      break;
    }
  }
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const last = usable(word.slice(i));
    if (last) {
      parts.push(last);
      break;
    }
  }
  return parts;
}
