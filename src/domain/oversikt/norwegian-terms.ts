import { StemmerNo, StopwordsNo } from '@nlpjs/lang-no';

/** One word of a text as the similarity measure sees it: its stem, and the word as written. */
export interface Term {
  stem: string;
  word: string;
}

const stemmer = new StemmerNo();
const stopwords = new StopwordsNo();

/**
 * Words every tiltak text uses whatever it is about (the melding's own vocabulary), on top of
 * the library's general Norwegian stop words; they would pair tiltak that share only the form.
 */
const MELDING_WORDS = new Set([
  'tiltak',
  'tiltaket',
  'tiltakene',
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
]);

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Snowball's Norwegian stemmer keeps the verbal noun ("lesing", "vurdering") apart from the
 * verb ("lese" → "les", "vurdere" → "vurder"); tiltak texts name the same activity both ways,
 * so a trailing "ing" is cut as well when a stem of three letters or more remains.
 */
function stem(word: string): string {
  const snowball = stemmer.stemWord(word);
  return snowball.length >= 6 && snowball.endsWith('ing') ? snowball.slice(0, -3) : snowball;
}

/** The content words of a Norwegian text, lower-cased and stemmed; stop words and numbers dropped. */
export function norwegianTerms(text: string): Term[] {
  const terms: Term[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (word.length < 2 || /^\p{N}+$/u.test(word) || stopwords.isStopword(word) || MELDING_WORDS.has(word)) continue;
    terms.push({ stem: stem(word), word });
  }
  return terms;
}
