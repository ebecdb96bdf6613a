import { formatsFor } from '../format';
import type { Catalogue } from '../texts';

const f = formatsFor('nn');

/** `parameters › maxTiltakPerPartnershipAndScheme`, `vocabulary › faser › nr. 2`: keys, and places in lists counted from 1. */
const jsonPath = (path: readonly (string | number)[]) => path.map((k) => (typeof k === 'number' ? `nr. ${k + 1}` : k)).join(' › ');

const KINDS = {
  string: 'tekst',
  number: 'eit tal',
  int: 'eit heilt tal',
  boolean: 'true eller false',
  array: 'ei liste',
  object: 'eit objekt',
  null: 'null',
  undefined: 'ingenting',
  other: 'noko anna',
};

/**
 * Nynorsk. Other texts the domain builds: labels of fields, tiltak and meldingar, the melding
 * document, profile choice and profile errors.
 */
export const domain: Catalogue['domain'] = {
  fields: {
    nr: 'Nr.',
    tittel: 'Tiltak',
    partnerskap: 'Partnarskap',
    ordning: 'Ordning',
    fase: 'Fase',
    beskrivelse: 'Skildring',
    ansvar: 'Kven gjer kva',
    eiere: 'Eigarar',
    uh: 'UH',
    malgruppe: 'Målgruppe',
    enheter: 'Einingar',
    fylke: 'Fylke',
    tilskuddEier: 'Tilskot eigar',
    tilskuddUh: 'Tilskot UH',
    koordinator: 'Koordinator',
    koordinatorBegrunnelse: 'Grunngiving koordinator',
    start: 'Start',
    slutt: 'Slutt',
    forankring: 'Forankring',
    kollektiv: 'Kollektive prosessar',
    laererutdanning: 'Styrkjer lærarutdanninga',
    supplerende: 'Supplerande',
    egenandel: 'Eigenandel',
    deltakere: 'Talet på deltakarar',
  },
  partnershipFields: {
    partnerskap: 'Partnarskap',
    eiere: 'Eigarar',
    uh: 'UH',
    organisasjonsnummer: 'Organisasjonsnummer',
    kontaktperson: 'Kontaktperson',
    epost: 'E-post',
    telefon: 'Telefon',
    skriftligAvtale: 'Skriftleg avtale',
    avtaledato: 'Avtaledato',
    avtaleHvem: 'Avtale – kven',
    avtaleHva: 'Avtale – kva',
    avtaleNar: 'Avtale – når',
    ansatteInvolvert: 'Tilsette og tillitsvalde involverte',
  },
  tiltak: (p) => (p.title ? `«${p.title}» (rad ${p.row})` : `tiltaket i rad ${p.row}`),
  melding: (p) => {
    if (p.tiltak) return `meldinga for ${p.tiltak}`;
    if (p.partnership && p.scheme) return `meldinga for ${p.partnership}, ${p.scheme}`;
    const which = p.partnership || p.scheme;
    return which ? `meldinga for ${which}` : 'meldinga';
  },
  unknownScheme: 'ukjend ordning',
  partnershipPlace: {
    noSheet: (p) => `Lag arket «${p.sheet}» (panelet kan gjere det) og fyll inn «${p.label}».`,
    noLabel: (p) => `Skriv «${p.label}» i kolonne A på arket «${p.sheet}» og verdien i kolonne B.`,
    cell: (p) => `Fyll inn «${p.label}» i ${p.cell} på arket «${p.sheet}».`,
  },
  document: {
    title: (p) => ['Behovsmelding', ...p.parts].join(' – '),
    untitled: (p) => `tiltak i rad ${p.row}`,
    sheet: 'Melding',
    sheetPartnership: 'Partnarskap',
  },
  profileChoice: {
    fromFile: 'Profilen er lasta frå fil og lagra i arbeidsboka.',
    chosen: 'Profilen er vald for denne arbeidsboka.',
    gone: (p) => `Den lagra profilen «${p.id}» finst ikkje lenger.`,
    storedUnusable: (p) => `Profilen som er lagra i arbeidsboka, kan ikkje brukast. ${p.message} `,
    named: (p) => `Ordning-kolonnen nemner ${f.list(p.schemes)}, som høyrer til denne runden.`,
    noOrdning: 'Tabellen har inga ordning som peikar ut ein runde, så den nyaste runden er vald.',
    unknownOrdning: 'Ordningane i tabellen høyrer ikkje til nokon kjend runde, så den nyaste runden er vald.',
  },
  profileError: {
    invalid: (p) => `Profilen er ikkje gyldig: ${p.path.length ? `«${jsonPath(p.path)}» – ` : ''}${p.problem}.`,
    notJson: 'Profilen er ikkje gyldig JSON.',
    type: (p) => {
      if (p.received === 'undefined') return `manglar, skal vere ${KINDS[p.expected]}`;
      return p.received ? `skal vere ${KINDS[p.expected]}, ikkje ${KINDS[p.received]}` : `skal vere ${KINDS[p.expected]}`;
    },
    oneOf: (p) => `skal vere ${f.list(p.values, 'or')}`,
    emptyText: 'kan ikkje vere tom',
    tooShort: (p) => `skal ha minst ${f.number(p.min)} ${f.plural(p.min, { one: 'element', other: 'element' })}`,
    tooSmall: (p) => `skal vere ${p.inclusive ? 'minst' : 'større enn'} ${f.number(p.min)}`,
    tooBig: (p) => `skal vere ${p.inclusive ? 'høgst' : 'mindre enn'} ${f.number(p.max)}`,
    unknownKeys: (p) => `${p.keys.length === 1 ? 'ukjend nøkkel' : 'ukjende nøklar'} ${f.list(p.keys.map((k) => `«${k}»`))}`,
    isoDate: 'datoen skal skrivast ÅÅÅÅ-MM-DD',
    key: 'bruk små bokstavar a–z, siffer og bindestrek',
    word: 'skriv eitt ord, eller byrjinga av eit ord, utan mellomrom',
    countyNumber: 'fylkesnummeret skal skrivast med to siffer',
    ownShareOrdning: (p) => `ordninga må vere ${f.list(p.ordninger, 'or')}`,
    noAcceptedPartner: 'minst éin partnartype må godtakast',
    unconfirmedMissing: 'ein førebels profil må seie kva som ikkje er stadfesta',
    other: 'har ein verdi som ikkje kan brukast',
  },
};
