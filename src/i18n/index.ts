import { formatsFor } from './format';
import type { Language } from './language';
import { nbCatalogue } from './nb';
import type { Texts } from './texts';

export type { Texts, Catalogue } from './texts';
export { chooseLanguage, parseLanguage, LANGUAGES, LOCALE, type Language } from './language';

/** Bokmål, always at hand: the default, and the language of the pane's first screen. */
export const nb: Texts = { ...nbCatalogue, language: 'nb', format: formatsFor('nb') };

/**
 * The texts of a language. Nynorsk loads on demand, so the pane's first download carries one
 * catalogue; the command line may import `./all` instead and get both at once.
 */
export async function loadTexts(language: Language): Promise<Texts> {
  if (language === 'nb') return nb;
  const { nnCatalogue } = await import(/* webpackChunkName: "nn" */ './nn');
  return { ...nnCatalogue, language: 'nn', format: formatsFor('nn') };
}
