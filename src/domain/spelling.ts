import { foldText } from './format';

/**
 * How a profile's spellings are matched against what users write. Pure, so that both the
 * table layer (reading a cell) and the profile choice (does this table speak a round's
 * vocabulary?) read a cell the same way.
 */

/** Folded words (runs of letters and digits): `Fase 2: Planlegging` → fase, 2, planlegging. */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  for (const word of foldText(text).split(/[^a-z0-9]+/g)) if (word !== '') out.push(word);
  return out;
}

/** The words (folded) that name one allowed value. */
export interface Keyword<T> {
  value: T;
  /** A word starting with one of these names the value. */
  prefixes: readonly string[];
  /** Words that must match whole: `utvikling` is a phase, `kompetanseutvikling` is not. */
  exact: readonly string[];
}

export function keywordOf<T>(word: string, keywords: readonly Keyword<T>[]): T | undefined {
  for (const k of keywords) {
    if (k.exact.includes(word)) return k.value;
    for (const p of k.prefixes) if (word.startsWith(p)) return k.value;
  }
  return undefined;
}

/** Keywords from a profile's spellings (written as users write them; folded here). */
export function keywordsOf<T>(entries: ReadonlyArray<{ value: T; spellings: readonly string[]; exact?: readonly string[] }>): Keyword<T>[] {
  return entries.map((e) => ({ value: e.value, prefixes: e.spellings.map(foldText), exact: (e.exact ?? []).map(foldText) }));
}

/** Every value a text names, in the order written (repeats kept). */
export function valuesNamed<T>(text: string, keywords: readonly Keyword<T>[]): T[] {
  const found: T[] = [];
  for (const word of foldedWords(text)) {
    const value = keywordOf(word, keywords);
    if (value !== undefined) found.push(value);
  }
  return found;
}
