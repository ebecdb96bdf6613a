/**
 * Worksheet names for the meldinger, the same for every writer (the pane's Excel sheets, the
 * CLI's and the pane's .xlsx, the JSON): Excel's rules (≤ 31 characters, none of []:*?/\, not
 * starting or ending with ', unique ignoring case), and each name says what its melding holds.
 */
import type { Texts } from '../i18n';
import type { Ordning } from './model';

/** The words sheet names are made of: "Melding", and a nameless partnership's stand-in. */
type Words = Pick<Texts['domain']['document'], 'sheet' | 'sheetPartnership'>;

/** What a melding's name is made from. */
export interface SheetNameSource {
  /** The grouping key: "row:7" for a melding per tiltak. */
  key: string;
  partnerskap: string;
  ordning: Ordning | null;
  ordningNavn: string;
  /** The first tiltak's title (names a melding per tiltak). */
  tittel: string;
}

/**
 * The short names the 2024 schemes go by (Rekom, Dekom: names of the programmes, the same in
 * both languages), so a partnership's name fits in 31 characters; other ordninger go by their name.
 */
const SHORT: Partial<Record<Ordning, string>> = { regional: 'Rekom', desentralisert: 'Dekom', kompetanseloftet: 'Kompetanseløftet' };

const MAX = 31;
/** Characters kept from a long name's end, where numbers and places that tell partnerships apart sit. */
const TAIL = 9;

/**
 * One name per melding, unique among them. A melding per tiltak: "Melding 3 Lesing". One
 * partnership: "Melding Regional ordning". Several partnerships in one table: the partnership
 * first, then the scheme ("Nord-Østerdal 99 – Dekom"), since "Melding Regional ordning
 * Partnerskap Nord-…" would lose the partnership at 31 characters.
 */
export function meldingSheetNames(meldinger: readonly SheetNameSource[], words: Words): string[] {
  const used = new Set<string>();
  const partnerships = new Set(meldinger.map((m) => m.partnerskap.toLowerCase())).size;
  const perTiltak = meldinger.some((m) => m.key.startsWith('row:'));
  if (perTiltak || partnerships <= 1)
    return meldinger.map((m, i) =>
      uniqueSheetName(
        m.key.startsWith('row:') ? `${words.sheet} ${i + 1} ${m.tittel}` : `${words.sheet} ${m.ordningNavn}`,
        used,
        words.sheet,
      ),
    );
  const names = meldinger.map((m) => clean(m.partnerskap));
  const shared = sharedWords(names);
  return meldinger.map((m, i) => {
    const suffix = ` – ${(m.ordning && SHORT[m.ordning]) || m.ordningNavn}`;
    const name = names[i]!.split(' ').slice(shared).join(' ') || words.sheetPartnership;
    return uniqueSheetName(fit(name, MAX - suffix.length) + suffix, used, words.sheet);
  });
}

/**
 * `wanted` cleaned to Excel's rules and made unique against `used` (lower case) with " (2)", " (3)" …;
 * the name taken is added to `used`. `fallback` stands in for a name nothing of is left after cleaning.
 */
export function uniqueSheetName(wanted: string, used: Set<string>, fallback = ''): string {
  const cleaned = clean(wanted).replace(/^'+|'+$/g, '');
  let name = cut(cleaned, MAX).trim() || fallback;
  for (let n = 2; used.has(name.toLowerCase()) || name.toLowerCase() === RESERVED; n++) {
    const suffix = ` (${n})`;
    name = (cut(cleaned, MAX - suffix.length).trim() || fallback) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

/** Excel keeps this name for itself (the change history). */
const RESERVED = 'history';

/** At most `length` UTF-16 units, never half a character. */
function cut(text: string, length: number): string {
  return text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? length - 1 : length);
}

/**
 * Excel's forbidden characters, and what a workbook cannot carry in a sheet name: characters XML
 * does not allow (controls, U+FFFE, U+FFFF, half surrogates), and `_xHHHH_`, which Excel would
 * read as the escape of another character.
 */
function clean(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are what it removes
      .replace(/[\0-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ')
      .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Leading words every name shares ("Kompetansenettverk"), as long as each name keeps two words or a number. */
function sharedWords(names: readonly string[]): number {
  const words = names.map((n) => n.split(' '));
  const shortest = Math.min(...words.map((w) => w.length));
  let n = 0;
  while (n < shortest - 2 && words.every((w) => w[n]!.toLowerCase() === words[0]![n]!.toLowerCase())) n++;
  return n;
}

/** A name cut to `room` characters in the middle: "Nord-Østerdal…gionen 12". */
function fit(name: string, room: number): string {
  if (name.length <= room) return name;
  return `${name.slice(0, room - TAIL - 1).trim()}…${name.slice(-TAIL).trim()}`;
}
