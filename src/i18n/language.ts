/**
 * The two written standards of Norwegian. Every text a user sees comes from the catalogue of one of
 * them; code, identifiers, JSON keys and rule ids never change with the language.
 */
export type Language = 'nb' | 'nn';

export const LANGUAGES: readonly Language[] = ['nb', 'nn'];

/** The locale Intl formats numbers, dates, lists and plurals with. */
export const LOCALE: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO' };

const NYNORSK = new Set(['nn', 'nno', 'nynorsk']);
const BOKMAL = new Set(['nb', 'nob', 'no', 'bokmal', 'bokmål']);

/**
 * A language named the way a user or a program names it: `nn`, `nn-NO`, `nno`, `nynorsk` are
 * nynorsk; `nb`, `nb-NO`, `no`, `nob`, `bokmål` are bokmål. Anything else is undefined.
 */
export function parseLanguage(text: string | null | undefined): Language | undefined {
  if (!text) return undefined;
  const primary = text.trim().toLowerCase().replace('_', '-').split('-')[0] ?? '';
  if (NYNORSK.has(primary)) return 'nn';
  if (BOKMAL.has(primary)) return 'nb';
  return undefined;
}

/**
 * The pane's language: what the workbook stores (so a template carries it), else Office's display
 * language (`nn-NO` for a nynorsk Office), else bokmål.
 */
export function chooseLanguage(stored: string | null | undefined, displayLanguage: string | null | undefined): Language {
  return parseLanguage(stored) ?? (parseLanguage(displayLanguage) === 'nn' ? 'nn' : 'nb');
}
