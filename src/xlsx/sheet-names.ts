import type { MeldingDocument } from '../domain/melding';
import { uniqueSheetName } from '../domain/melding';
import { freeSheetNames } from '../sheet/melding-sheet';
import type { Ordning } from '../domain/model';

/** The short names the schemes go by (Rekom, Dekom), so a partnership's name fits in 31 characters. */
const SHORT: Record<Ordning, string> = { regional: 'Rekom', desentralisert: 'Dekom', kompetanseloftet: 'Kompetanseløftet' };

/**
 * Sheet names for the meldinger in a workbook of their own. When one table holds several
 * partnerships, the domain's name ("Melding Regional ordning Partnerskap Nord-…") loses the
 * partnership at Excel's 31 characters and ends as "… (99)"; here each name starts with its
 * partnership and ends with the scheme: "Partnerskap Nord – Rekom". Names stay unique ignoring
 * case and free of []:*?/\ (uniqueSheetName).
 */
export function meldingSheetNames(doc: MeldingDocument): string[] {
  const partnerships = new Set(doc.meldinger.map((m) => m.partnerskap.navn));
  const perTiltak = doc.meldinger.some((m) => m.key.startsWith('row:'));
  if (partnerships.size <= 1 || perTiltak) return freeSheetNames(doc, []);
  const clean = (name: string) =>
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const names = doc.meldinger.map((m) => clean(m.partnerskap.navn));
  const shared = sharedWords(names);
  const used = new Set<string>();
  return doc.meldinger.map((m, i) => {
    const suffix = ` – ${m.ordning ? SHORT[m.ordning] : 'ukjent ordning'}`;
    const name = names[i]!.split(' ').slice(shared).join(' ') || 'Partnerskap';
    return uniqueSheetName(fit(name, MAX - suffix.length) + suffix, used);
  });
}

const MAX = 31;
/** Characters kept from a long name's end, where numbers and places that tell partnerships apart sit. */
const TAIL = 9;

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
