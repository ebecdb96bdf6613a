import { formatsFor } from '../format';
import type { Catalogue } from '../texts';

const f = formatsFor('nn');

/** Nynorsk. Words many areas share: counts with their plural, ja/nei, severities. */
export const common: Catalogue['common'] = {
  yes: 'ja',
  no: 'nei',
  files: (n) => `${f.number(n)} ${f.plural(n, { one: 'fil', other: 'filer' })}`,
  tiltak: (n) => `${f.number(n)} tiltak`,
  errors: (n) => `${f.number(n)} ${f.plural(n, { one: 'feil', other: 'feil' })}`,
  warnings: (n) => `${f.number(n)} ${f.plural(n, { one: 'åtvaring', other: 'åtvaringar' })}`,
  infos: (n) => `${f.number(n)} ${f.plural(n, { one: 'råd', other: 'råd' })}`,
  profileStatus: { fastsatt: 'fastsett', foreløpig: 'førebels' },
};
