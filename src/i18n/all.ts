import { formatsFor } from './format';
import { nb } from './index';
import type { Language } from './language';
import { nnCatalogue } from './nn';
import type { Texts } from './texts';

const nn: Texts = { ...nnCatalogue, language: 'nn', format: formatsFor('nn') };

/** Both catalogues at once, for Node (command line, workers, tests), where download size does not matter. */
export function textsFor(language: Language): Texts {
  return language === 'nn' ? nn : nb;
}
