import { formatsFor } from '../format';

const f = formatsFor('nb');

/** What a profile value should have been, as a reader of a profile file understands it. */
/** `parameters › maxTiltakPerPartnershipAndScheme`, `vocabulary › faser › nr. 2`: keys, and places in lists counted from 1. */
const jsonPath = (path: readonly (string | number)[]) => path.map((k) => (typeof k === 'number' ? `nr. ${k + 1}` : k)).join(' › ');

const KINDS = {
  string: 'tekst',
  number: 'et tall',
  int: 'et helt tall',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et objekt',
  null: 'null',
  undefined: 'ingenting',
  other: 'noe annet',
};

/**
 * Bokmål. Other texts the domain builds: labels of fields, tiltak and meldinger, the melding
 * document, profile choice and profile errors.
 */
export const domain = {
  /** Column names of the tiltak fields (RULES.md), as findings, the melding and the pane name them. */
  fields: {
    nr: 'Nr.',
    tittel: 'Tiltak',
    partnerskap: 'Partnerskap',
    ordning: 'Ordning',
    fase: 'Fase',
    beskrivelse: 'Beskrivelse',
    ansvar: 'Hvem gjør hva',
    eiere: 'Eiere',
    uh: 'UH',
    malgruppe: 'Målgruppe',
    enheter: 'Enheter',
    fylke: 'Fylke',
    tilskuddEier: 'Tilskudd eier',
    tilskuddUh: 'Tilskudd UH',
    koordinator: 'Koordinator',
    koordinatorBegrunnelse: 'Begrunnelse koordinator',
    start: 'Start',
    slutt: 'Slutt',
    forankring: 'Forankring',
    kollektiv: 'Kollektive prosesser',
    laererutdanning: 'Styrker lærerutdanningen',
    supplerende: 'Supplerende',
    egenandel: 'Egenandel',
    deltakere: 'Antall deltakere',
  },
  /** Labels of the Partnerskap sheet, column A (CONTRACT.md). */
  partnershipFields: {
    partnerskap: 'Partnerskap',
    eiere: 'Eiere',
    uh: 'UH',
    organisasjonsnummer: 'Organisasjonsnummer',
    kontaktperson: 'Kontaktperson',
    epost: 'E-post',
    telefon: 'Telefon',
    skriftligAvtale: 'Skriftlig avtale',
    avtaledato: 'Avtaledato',
    avtaleHvem: 'Avtale – hvem',
    avtaleHva: 'Avtale – hva',
    avtaleNar: 'Avtale – når',
    ansatteInvolvert: 'Ansatte og tillitsvalgte involvert',
  },
  /** A tiltak in a sentence: "«Lesing i alle fag» (rad 7)", or "tiltaket i rad 7" without a title. */
  tiltak: (p: { title?: string; row: number }) => (p.title ? `«${p.title}» (rad ${p.row})` : `tiltaket i rad ${p.row}`),
  /** A melding in a sentence: by its tiltak (one per tiltak), its partnership, its ordning, or both. */
  melding: (p: { tiltak?: string; partnership?: string; scheme?: string }) => {
    if (p.tiltak) return `meldingen for ${p.tiltak}`;
    if (p.partnership && p.scheme) return `meldingen for ${p.partnership}, ${p.scheme}`;
    const which = p.partnership || p.scheme;
    return which ? `meldingen for ${which}` : 'meldingen';
  },
  unknownScheme: 'ukjent ordning',
  /** Where to write a partnership fact that is missing. */
  partnershipPlace: {
    noSheet: (p: { sheet: string; label: string }) => `Lag arket «${p.sheet}» (panelet kan gjøre det) og fyll inn «${p.label}».`,
    noLabel: (p: { sheet: string; label: string }) => `Skriv «${p.label}» i kolonne A på arket «${p.sheet}» og verdien i kolonne B.`,
    cell: (p: { sheet: string; label: string; cell: string }) => `Fyll inn «${p.label}» i ${p.cell} på arket «${p.sheet}».`,
  },
  /** The melding document's own words. */
  document: {
    title: (p: { parts: readonly string[] }) => ['Behovsmelding', ...p.parts].join(' – '),
    untitled: (p: { row: number }) => `tiltak i rad ${p.row}`,
    /** Worksheet names: "Melding 3 Lesing", "Melding Regional ordning", a fallback for a nameless partnership. */
    sheet: 'Melding',
    sheetPartnership: 'Partnerskap',
  },
  /** Why a profile was chosen, in one sentence or two. */
  profileChoice: {
    fromFile: 'Profilen er lastet fra fil og lagret i arbeidsboken.',
    chosen: 'Profilen er valgt for denne arbeidsboken.',
    gone: (p: { id: string }) => `Den lagrede profilen «${p.id}» finnes ikke lenger.`,
    /** Put before the reason another profile was chosen; `message` says what is wrong with the stored one. */
    storedUnusable: (p: { message: string }) => `Profilen som er lagret i arbeidsboken, kan ikke brukes. ${p.message} `,
    named: (p: { schemes: readonly string[] }) => `Ordning-kolonnen nevner ${f.list(p.schemes)}, som hører til denne runden.`,
    noOrdning: 'Tabellen har ingen ordning som peker ut en runde, så den nyeste runden er valgt.',
    unknownOrdning: 'Ordningene i tabellen hører ikke til noen kjent runde, så den nyeste runden er valgt.',
  },
  /** A profile file that cannot be used: the path of the first bad value and what is wrong with it. */
  profileError: {
    /**
     * `path` are the keys down to the bad value (a number is a place in a list, from 0). Written
     * with spaces between the keys, so that a narrow pane breaks the line between two keys, never
     * inside one.
     */
    invalid: (p: { path: readonly (string | number)[]; problem: string }) =>
      `Profilen er ikke gyldig: ${p.path.length ? `«${jsonPath(p.path)}» – ` : ''}${p.problem}.`,
    notJson: 'Profilen er ikke gyldig JSON.',
    /** `received` absent: the value is of the right sort but not the right kind (2.5 for a whole number). */
    type: (p: { expected: keyof typeof KINDS; received?: keyof typeof KINDS }) => {
      if (p.received === 'undefined') return `mangler, skal være ${KINDS[p.expected]}`;
      return p.received ? `skal være ${KINDS[p.expected]}, ikke ${KINDS[p.received]}` : `skal være ${KINDS[p.expected]}`;
    },
    oneOf: (p: { values: readonly string[] }) => `skal være ${f.list(p.values, 'or')}`,
    emptyText: 'kan ikke være tom',
    tooShort: (p: { min: number }) => `skal ha minst ${f.number(p.min)} ${f.plural(p.min, { one: 'element', other: 'elementer' })}`,
    tooSmall: (p: { min: number; inclusive: boolean }) => `skal være ${p.inclusive ? 'minst' : 'større enn'} ${f.number(p.min)}`,
    tooBig: (p: { max: number; inclusive: boolean }) => `skal være ${p.inclusive ? 'høyst' : 'mindre enn'} ${f.number(p.max)}`,
    unknownKeys: (p: { keys: readonly string[] }) =>
      `${p.keys.length === 1 ? 'ukjent nøkkel' : 'ukjente nøkler'} ${f.list(p.keys.map((k) => `«${k}»`))}`,
    isoDate: 'datoen skrives ÅÅÅÅ-MM-DD',
    key: 'bruk små bokstaver a–z, sifre og bindestrek',
    word: 'skriv ett ord, eller begynnelsen av et ord, uten mellomrom',
    countyNumber: 'fylkesnummeret skrives med to sifre',
    ownShareOrdning: (p: { ordninger: readonly string[] }) => `ordningen må være ${f.list(p.ordninger, 'or')}`,
    noAcceptedPartner: 'minst én partnertype må godtas',
    unconfirmedMissing: 'en foreløpig profil må si hva som ikke er bekreftet',
    other: 'har en verdi som ikke kan brukes',
  },
};
