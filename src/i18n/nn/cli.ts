import type { Catalogue } from '../texts';

/** Nynorsk. The command line: help, progress, what was written, errors. */
export const cli: Catalogue['cli'] = {
  languageUnknown: (p) => `${p.option} må vere nb (bokmål) eller nn (nynorsk), ikkje «${p.value}».`,
};
