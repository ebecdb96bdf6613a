import type { Formats } from './format';
import type { Language } from './language';
import type { nbCatalogue } from './nb';

/**
 * The shape of a catalogue: one area per part of the program, each a record of texts keyed by a
 * stable id (findings by rule id). A text is a string, or a function of typed parameters that
 * returns one. Bokmål defines the shape; nynorsk is typed against it.
 */
export type Catalogue = Widen<typeof nbCatalogue>;

/** Texts as strings: a bokmål entry that happens to return one of two literals still types nynorsk's as `string`. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** A catalogue with its language and the formats of that language: what every front end hands down. */
export interface Texts extends Catalogue {
  language: Language;
  format: Formats;
}
