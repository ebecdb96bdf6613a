import { LOCALE, type Language } from './language';

/**
 * Numbers, money, shares, dates, lists and plurals as a Norwegian reader expects them, through Intl
 * with the language's locale. Intl puts no-break spaces in "150 000" and "30 %"; messages use plain
 * spaces, as the contract's examples do, so that a script can match them.
 */
export interface Formats {
  /** 1234567.5 → "1 234 567,5"; at most two decimals; negative with a real minus sign. */
  number(n: number): string;
  /** 150000 → "150 000 kr"; 150000.5 → "150 000,50 kr" (øre with two digits). */
  nok(n: number): string;
  /** 0.3412 → "34,12 %", 0.3 → "30 %". */
  percent(share: number): string;
  /** "2024-12-31" → "31.12.2024", "2024-08-01" → "1.8.2024". */
  date(iso: string): string;
  /** ["a", "b", "c"] → "a, b og c" (`and`) or "a, b eller c" (`or`). */
  list(items: readonly string[], kind?: 'and' | 'or'): string;
  /** The form for `n`: `one` for 1, `other` otherwise (Intl's plural rules for the locale). */
  plural(n: number, forms: { one: string; other: string }): string;
  /** "meldingen for …" → "Meldingen for …": a phrase that starts a sentence. */
  capitalize(text: string): string;
}

const SPACES = /[\u00a0\u202f]/g;

export function formatsFor(language: Language): Formats {
  const locale = LOCALE[language];
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const ore = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const and = new Intl.ListFormat(locale, { type: 'conjunction' });
  const or = new Intl.ListFormat(locale, { type: 'disjunction' });
  const plurals = new Intl.PluralRules(locale);
  const number = (n: number) => numbers.format(n).replace(SPACES, ' ');
  return {
    number,
    nok: (n) => `${Number.isInteger(Math.round(n * 100) / 100) ? number(n) : ore.format(n).replace(SPACES, ' ')} kr`,
    percent: (share) => `${number(Math.round(share * 10000) / 100)} %`,
    date: (iso) => {
      const [y, m, d] = iso.split('-');
      return `${Number(d)}.${Number(m)}.${y}`;
    },
    list: (items, kind = 'and') => (kind === 'and' ? and : or).format(items),
    plural: (n, forms) => (plurals.select(n) === 'one' ? forms.one : forms.other),
    capitalize: (text) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1),
  };
}
