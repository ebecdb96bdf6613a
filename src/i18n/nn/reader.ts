import { formatsFor } from '../format';
import type { Catalogue } from '../texts';

const f = formatsFor('nn');

/** Where in a file: « i arket «Tiltak»» or « i delen xl/styles.xml», or nothing. */
const at = (where?: { sheet?: string; part?: string }) =>
  where?.sheet !== undefined ? ` i arket «${where.sheet}»` : where?.part !== undefined ? ` i delen ${where.part}` : '';

const megabytes = (bytes: number) => `${f.number(Math.round(bytes / (1 << 20)))} MB`;

const resave = 'opne ho i Excel og lagre ho på nytt, eller be avsendaren om ein ny kopi';

/** Nynorsk. Reading files (xlsx, xlsm, ods, csv): why a file cannot be used, one sentence that says what to do. */
export const reader: Catalogue['reader'] = {
  notFound: (p) => `Fann ikkje fila «${p.path}».`,
  isFolder: (p) => `«${p.path}» er ei mappe, ikkje ei Excel-fil.`,
  noAccess: (p) => `Har ikkje tilgang til å lese «${p.path}».`,
  unreadable: (p) => `Kunne ikkje lese «${p.path}» (${p.code ?? 'ukjend feil'}).`,
  encrypted: (p) => `«${p.name}» er passordverna: fjern passordet i Excel (Fil → Info → Beskytt arbeidsbok) og prøv igjen.`,
  oldXls: (p) =>
    `«${p.name}» er i det gamle .xls-formatet: opne ho i Excel eller LibreOffice, vel Fil → Lagre som → «Excel-arbeidsbok (.xlsx)» og prøv igjen med den nye fila.`,
  notExcel: (p) => `«${p.name}» er ikkje ei Excel-fil: bruk ei arbeidsbok lagra som .xlsx (eller .xlsm, .ods, .csv).`,
  noSheets: (p) => `«${p.name}» er ikkje ei Excel-arbeidsbok: fann ingen ark i fila.`,
  noWorksheets: (p) => `«${p.name}» er ikkje ei Excel-arbeidsbok: fann ingen rekneark i fila.`,
  damaged: (p) => {
    const detail =
      p.afterRow !== undefined && p.where?.sheet !== undefined
        ? ` (arket «${p.where.sheet}» sluttar brått ${p.afterRow > 0 ? `etter rad ${f.number(p.afterRow)}` : 'før første rad'})`
        : at(p.where) !== ''
          ? ` (${at(p.where).trim()})`
          : '';
    return `«${p.name}» ser ut til å vere skadd${detail} og kan ikkje lesast: ${resave}.`;
  },
  doctype: (p) =>
    `«${p.name}» har ein dokumenttypedefinisjon (DOCTYPE)${at(p.where)}, noko ei Excel-fil aldri har, og blir ikkje lesen av omsyn til tryggleiken: ${resave}.`,
  tooManyEntries: (p) =>
    `«${p.name}» består av ${f.number(p.count)} delar, fleire enn dei ${f.number(p.max)} ei arbeidsbok kan ha her, og blir ikkje lesen: ${resave}.`,
  tooLarge: (p) =>
    `«${p.name}» pakkar seg ut til meir enn ${megabytes(p.max)}, langt meir enn ei behovsmelding treng, og blir ikkje lesen: flytt tiltaka til ei ny arbeidsbok og prøv igjen.`,
  tooManyCells: (p) =>
    `«${p.name}» har meir enn ${f.number(p.max)} utfylte celler${at(p.where)}, fleire enn det blir lese frå éi fil: flytt tiltaka til ei eiga arbeidsbok og prøv igjen.`,
  outOfRange: (p) => {
    const place = p.column !== undefined ? `kolonne ${f.number(p.column)}` : `rad ${f.number(p.row ?? 0)}`;
    return `«${p.name}» har ei celle utanfor grensene til Excel${at(p.where)} (${place}; Excel har ${f.number(1_048_576)} rader og ${f.number(16_384)} kolonnar) og blir ikkje lesen: ${resave}.`;
  },
  textTooLong: (p) =>
    `«${p.name}» har ei celle${p.cell !== undefined ? ` (${p.cell})` : ''}${at(p.where)} med meir tekst enn dei ${f.number(p.max)} teikna ei Excel-celle kan halde: kort ned teksten og prøv igjen.`,
  unsupported: (p) =>
    `«${p.name}» er lagra med ei komprimering eller kryptering som ikkje kan lesast${at(p.where)}: lagre ho på nytt i Excel utan passord og prøv igjen.`,
  mixedEncoding: (p) =>
    p.utf8
      ? `«${p.name}» er lagra som UTF-8, men linje ${f.number(p.line)} har teikn i ei anna teiknkoding (som Windows-1252) som ville blitt lesne feil: lagre fila på nytt som «CSV UTF-8» i Excel og prøv igjen.`
      : `«${p.name}» er lagra som Windows-1252, men linje ${f.number(p.line)} har teikn i UTF-8 som ville blitt lesne feil: lagre fila på nytt som «CSV UTF-8» i Excel og prøv igjen.`,
  tooSlow: (p) => `«${p.name}» vart ikkje ferdig lesen og sjekka på ${f.number(p.seconds)} sekund og er hoppa over: ${resave}.`,
  tooMuchMemory: (p) => `«${p.name}» trong meir enn ${megabytes(p.max)} minne for å lesast og er hoppa over: ${resave}.`,
};
