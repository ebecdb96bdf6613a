import { formatsFor } from '../format';

const f = formatsFor('nb');

/** Where in a file: « i arket «Tiltak»» or « i delen xl/styles.xml», or nothing. */
const at = (where?: { sheet?: string; part?: string }) =>
  where?.sheet !== undefined ? ` i arket «${where.sheet}»` : where?.part !== undefined ? ` i delen ${where.part}` : '';

const megabytes = (bytes: number) => `${f.number(Math.round(bytes / (1 << 20)))} MB`;

const resave = 'åpne den i Excel og lagre den på nytt, eller be avsenderen om en ny kopi';

/** Bokmål. Reading files (xlsx, xlsm, ods, csv): why a file cannot be used, one sentence that says what to do. */
export const reader = {
  notFound: (p: { path: string }) => `Fant ikke filen «${p.path}».`,
  isFolder: (p: { path: string }) => `«${p.path}» er en mappe, ikke en Excel-fil.`,
  noAccess: (p: { path: string }) => `Har ikke tilgang til å lese «${p.path}».`,
  unreadable: (p: { path: string; code?: string }) => `Kunne ikke lese «${p.path}» (${p.code ?? 'ukjent feil'}).`,
  encrypted: (p: { name: string }) =>
    `«${p.name}» er passordbeskyttet: fjern passordet i Excel (Fil → Info → Beskytt arbeidsbok) og prøv igjen.`,
  oldXls: (p: { name: string }) =>
    `«${p.name}» er i det gamle .xls-formatet: åpne den i Excel eller LibreOffice, velg Fil → Lagre som → «Excel-arbeidsbok (.xlsx)» og prøv igjen med den nye filen.`,
  notExcel: (p: { name: string }) => `«${p.name}» er ikke en Excel-fil: bruk en arbeidsbok lagret som .xlsx (eller .xlsm, .ods, .csv).`,
  noSheets: (p: { name: string }) => `«${p.name}» er ikke en Excel-arbeidsbok: fant ingen ark i filen.`,
  noWorksheets: (p: { name: string }) => `«${p.name}» er ikke en Excel-arbeidsbok: fant ingen regneark i filen.`,
  damaged: (p: { name: string; where?: { sheet?: string; part?: string }; afterRow?: number }) => {
    const detail =
      p.afterRow !== undefined && p.where?.sheet !== undefined
        ? ` (arket «${p.where.sheet}» slutter brått ${p.afterRow > 0 ? `etter rad ${f.number(p.afterRow)}` : 'før første rad'})`
        : at(p.where) !== ''
          ? ` (${at(p.where).trim()})`
          : '';
    return `«${p.name}» ser ut til å være skadet${detail} og kan ikke leses: ${resave}.`;
  },
  doctype: (p: { name: string; where?: { sheet?: string; part?: string } }) =>
    `«${p.name}» har en dokumenttypedefinisjon (DOCTYPE)${at(p.where)}, noe en Excel-fil aldri har, og leses ikke av sikkerhetshensyn: ${resave}.`,
  tooManyEntries: (p: { name: string; count: number; max: number }) =>
    `«${p.name}» består av ${f.number(p.count)} deler, mer enn de ${f.number(p.max)} en arbeidsbok kan ha her, og leses ikke: ${resave}.`,
  tooLarge: (p: { name: string; max: number }) =>
    `«${p.name}» pakker seg ut til mer enn ${megabytes(p.max)}, langt mer enn en behovsmelding trenger, og leses ikke: flytt tiltakene til en ny arbeidsbok og prøv igjen.`,
  tooManyCells: (p: { name: string; max: number; where?: { sheet?: string; part?: string } }) =>
    `«${p.name}» har mer enn ${f.number(p.max)} utfylte celler${at(p.where)}, flere enn det leses fra én fil: flytt tiltakene til en egen arbeidsbok og prøv igjen.`,
  outOfRange: (p: { name: string; where?: { sheet?: string; part?: string }; row?: number; column?: number }) => {
    const place = p.column !== undefined ? `kolonne ${f.number(p.column)}` : `rad ${f.number(p.row ?? 0)}`;
    return `«${p.name}» har en celle utenfor Excels grenser${at(p.where)} (${place}; Excel har ${f.number(1_048_576)} rader og ${f.number(16_384)} kolonner) og leses ikke: ${resave}.`;
  },
  textTooLong: (p: { name: string; where?: { sheet?: string; part?: string }; cell?: string; max: number }) =>
    `«${p.name}» har en celle${p.cell !== undefined ? ` (${p.cell})` : ''}${at(p.where)} med mer tekst enn de ${f.number(p.max)} tegnene en Excel-celle kan holde: kort ned teksten og prøv igjen.`,
  unsupported: (p: { name: string; where?: { sheet?: string; part?: string } }) =>
    `«${p.name}» er lagret med en komprimering eller kryptering som ikke kan leses${at(p.where)}: lagre den på nytt i Excel uten passord og prøv igjen.`,
  mixedEncoding: (p: { name: string; line: number; utf8: boolean }) =>
    p.utf8
      ? `«${p.name}» er lagret som UTF-8, men linje ${f.number(p.line)} har tegn i en annen tegnkoding (som Windows-1252) som ville blitt lest feil: lagre filen på nytt som «CSV UTF-8» i Excel og prøv igjen.`
      : `«${p.name}» er lagret som Windows-1252, men linje ${f.number(p.line)} har tegn i UTF-8 som ville blitt lest feil: lagre filen på nytt som «CSV UTF-8» i Excel og prøv igjen.`,
  /** `oversikt`: a file whose check ran past its time or memory. */
  tooSlow: (p: { name: string; seconds: number }) =>
    `«${p.name}» ble ikke ferdig lest og sjekket på ${f.number(p.seconds)} sekunder og er hoppet over: ${resave}.`,
  tooMuchMemory: (p: { name: string; max: number }) =>
    `«${p.name}» trengte mer enn ${megabytes(p.max)} minne for å leses og er hoppet over: ${resave}.`,
};
