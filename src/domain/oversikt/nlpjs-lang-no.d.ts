/** The part of @nlpjs/lang-no (no types of its own) the overview uses. */
declare module '@nlpjs/lang-no' {
  /** Snowball's Norwegian (bokmål) stemmer. */
  export class StemmerNo {
    stemWord(word: string): string;
  }
  export class StopwordsNo {
    dictionary: Record<string, boolean>;
    isStopword(word: string): boolean;
  }
}
