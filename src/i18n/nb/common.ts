import { formatsFor } from '../format';

const f = formatsFor('nb');

/** Bokmål. Words many areas share: counts with their plural, ja/nei, severities. */
export const common = {
  yes: 'ja',
  no: 'nei',
  files: (n: number) => `${f.number(n)} ${f.plural(n, { one: 'fil', other: 'filer' })}`,
  tiltak: (n: number) => `${f.number(n)} tiltak`,
  errors: (n: number) => `${f.number(n)} feil`,
  warnings: (n: number) => `${f.number(n)} ${f.plural(n, { one: 'advarsel', other: 'advarsler' })}`,
  infos: (n: number) => `${f.number(n)} ${f.plural(n, { one: 'råd', other: 'råd' })}`,
  /** A profile's status, as the profile's data spells it (`status`). */
  profileStatus: { fastsatt: 'fastsatt', foreløpig: 'foreløpig' },
};
