import { Invalid } from './value';

/** The words (folded, see normalize.words) that name one allowed value. */
export interface Keyword<T> {
  value: T;
  /** A word starting with one of these names the value. */
  prefixes: readonly string[];
  /** Words that must match whole: `utvikling` is a phase, `kompetanseutvikling` is not. */
  exact?: readonly string[];
}

export function keywordOf<T>(word: string, keywords: readonly Keyword<T>[]): T | undefined {
  for (const k of keywords) {
    if (k.exact?.includes(word)) return k.value;
    for (const p of k.prefixes) if (word.startsWith(p)) return k.value;
  }
  return undefined;
}

/**
 * Exactly one named value, or why not: several distinct ones are `multiple` (detail names
 * them in the order written), none is `not-allowed`.
 */
export function exactlyOne<T extends string>(found: readonly T[], names: Record<T, string>): T | Invalid {
  const distinct = [...new Set(found)];
  if (distinct.length === 1) return distinct[0]!;
  if (distinct.length > 1) return new Invalid('multiple', distinct.map((v) => names[v]).join(', '));
  return new Invalid('not-allowed');
}
