import { nameKey } from '../format';
import { KOMMUNER_2024 } from './kommuner-2024';

/**
 * Place names → counties (fylkesnummer as on 1 January 2024), from the municipality list: an
 * owner such as "Oslo kommune v/ Utdanningsetaten" or a "Sted" cell reading "Drammen,
 * Lillestrøm" is placed by the list, never by loose matching of words.
 */

/** Counties of earlier divisions that people still write, by the counties they became. */
const FORMER_COUNTIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Viken', ['31', '32', '33']],
  ['Vestfold og Telemark', ['39', '40']],
  ['Troms og Finnmark', ['55', '56']],
  ['Hedmark', ['34']],
  ['Oppland', ['34']],
  ['Hordaland', ['46']],
  ['Sogn og Fjordane', ['46']],
  ['Aust-Agder', ['42']],
  ['Vest-Agder', ['42']],
  ['Sør-Trøndelag', ['50']],
  ['Nord-Trøndelag', ['50']],
];

interface Index {
  /** Name key → counties the name may denote (Herøy and Våler lie in two). */
  places: Map<string, string[]>;
  countyNames: Map<string, string>;
}

let index: Index | undefined;

function add(places: Map<string, string[]>, name: string, counties: readonly string[]): void {
  const key = nameKey(name);
  const known = places.get(key) ?? [];
  for (const c of counties) if (!known.includes(c)) known.push(c);
  places.set(key, known);
}

function built(): Index {
  if (index) return index;
  const places = new Map<string, string[]>();
  const countyNames = new Map<string, string>();
  for (const [, name, countyNr, county, otherNames] of KOMMUNER_2024) {
    countyNames.set(countyNr, county);
    add(places, county, [countyNr]);
    add(places, name, [countyNr]);
    for (const other of otherNames) add(places, other, [countyNr]);
  }
  for (const [name, counties] of FORMER_COUNTIES) add(places, name, counties);
  return (index = { places, countyNames });
}

/** "32" → "Akershus". */
export function countyName(countyNr: string): string {
  return built().countyNames.get(countyNr) ?? countyNr;
}

/** The counties a municipality or county name denotes; undefined when the name is not a place in the list. */
export function countiesOf(place: string): readonly string[] | undefined {
  return built().places.get(nameKey(place));
}

/** Words that say what kind of body a name is, not where it is. */
const BODY_WORDS = /\s+(?:fylkeskommune|kommune|fylke)$/i;

/**
 * The counties of an owner: "Oslo kommune v/ Utdanningsetaten" → Oslo, "Akershus
 * fylkeskommune" → Akershus. Undefined for an owner the list cannot place (a private owner).
 */
export function ownerCounties(owner: string): readonly string[] | undefined {
  const name = owner
    .split(/\s+v\/|\bv\/|,|\(/)[0]!
    .trim()
    .replace(BODY_WORDS, '');
  return countiesOf(name);
}

/**
 * Place names in a cell: comma, semicolon, slash or line break separate them; "og" only where it
 * does not belong to a name ("Møre og Romsdal", "Vestfold og Telemark").
 */
export function splitPlaces(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[,;/\n]/)) {
    const item = part.trim();
    if (item === '') continue;
    if (countiesOf(item) !== undefined || !/\s(?:og|&)\s/i.test(item)) out.push(item);
    else for (const sub of item.split(/\s+(?:og|&)\s+/i)) if (sub.trim()) out.push(sub.trim());
  }
  return out;
}
