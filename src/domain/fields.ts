import type { FieldKey, PartnershipKey } from './model';

/** How a cell's text becomes a value; the table layer has one parser per kind. */
export type FieldKind = 'text' | 'list' | 'amount' | 'period' | 'ordning' | 'fase' | 'yesno' | 'integer' | 'targetGroups' | 'orgnr';

export interface FieldSpec<K extends string> {
  key: K;
  kind: FieldKind;
  /**
   * Header texts that name this field, matched after normalisation (see table/normalize): bokmål
   * and nynorsk spellings, the labels of both catalogues (`domain.fields`) among them. The names
   * users see come from the catalogue.
   */
  synonyms: readonly string[];
}

export interface TiltakFieldSpec extends FieldSpec<FieldKey> {
  /**
   * A missing column is a `header-missing` error. `beskrivelse` is required by fase and
   * `koordinatorBegrunnelse` by rule, so their rules speak when they are missing; of the
   * two amounts one column is enough.
   */
  required: boolean;
}

/** The fields of a tiltak row (RULES.md), in the order a melding shows them. */
export const TILTAK_FIELDS: readonly TiltakFieldSpec[] = [
  { key: 'nr', kind: 'text', required: false, synonyms: ['Nr', 'Tiltaksnr', 'Tiltaksnummer', 'ID', 'Løpenr'] },
  {
    key: 'tittel',
    kind: 'text',
    required: true,
    synonyms: ['Tiltak', 'Navn på tiltak', 'Tittel', 'Tiltaksnavn', 'Navn', 'Namn på tiltak', 'Tiltaksnamn', 'Namn'],
  },
  { key: 'partnerskap', kind: 'text', required: false, synonyms: ['Partnerskap', 'Nettverk', 'Kompetansenettverk', 'Partnarskap'] },
  { key: 'ordning', kind: 'ordning', required: true, synonyms: ['Ordning', 'Tilskuddsordning', 'Kompetanseordning', 'Tilskotsordning'] },
  { key: 'fase', kind: 'fase', required: true, synonyms: ['Fase'] },
  {
    key: 'beskrivelse',
    kind: 'text',
    required: false,
    synonyms: [
      'Beskrivelse',
      'Hva skal gjøres',
      'Beskrivelse av tiltaket',
      'Innhold',
      'Skildring',
      'Beskriving',
      'Kva skal gjerast',
      'Skildring av tiltaket',
      'Innhald',
    ],
  },
  {
    key: 'ansvar',
    kind: 'text',
    required: true,
    synonyms: ['Hvem gjør hva', 'Ansvar', 'Roller', 'Ansvar og roller', 'Hvem skal gjøre hva', 'Kven gjer kva', 'Kven skal gjere kva'],
  },
  {
    key: 'eiere',
    kind: 'list',
    required: true,
    synonyms: [
      'Eier',
      'Eiere',
      'Kommune',
      'Kommuner',
      'Barnehageeier',
      'Skoleeier',
      'Eigar',
      'Eigarar',
      'Kommunar',
      'Barnehageeigar',
      'Skuleeigar',
    ],
  },
  {
    key: 'uh',
    kind: 'list',
    required: true,
    synonyms: ['UH', 'UH-partner', 'Universitet/høgskole', 'UH-institusjon', 'Universitet', 'Høgskole', 'Universitet/høgskule', 'Høgskule'],
  },
  { key: 'malgruppe', kind: 'targetGroups', required: false, synonyms: ['Målgruppe', 'Målgrupper'] },
  {
    key: 'enheter',
    kind: 'list',
    required: false,
    synonyms: [
      'Enheter',
      'Barnehager/skoler',
      'Virksomheter',
      'Barnehager',
      'Skoler',
      'Einingar',
      'Barnehagar/skular',
      'Verksemder',
      'Barnehagar',
      'Skular',
    ],
  },
  { key: 'fylke', kind: 'text', required: false, synonyms: ['Fylke', 'Sted'] },
  {
    key: 'tilskuddEier',
    kind: 'amount',
    required: true,
    synonyms: [
      'Tilskudd eier',
      'Midler eier',
      'Kostnad eier',
      'Tilskudd til eier',
      'Eiers midler',
      'Sum eier',
      'Tilskot eigar',
      'Midlar eigar',
      'Kostnad eigar',
      'Tilskot til eigar',
      'Sum eigar',
    ],
  },
  {
    key: 'tilskuddUh',
    kind: 'amount',
    required: true,
    synonyms: [
      'Tilskudd UH',
      'Midler UH',
      'Kostnad UH',
      'Tilskudd til UH',
      'UHs midler',
      'Sum UH',
      'Tilskot UH',
      'Midlar UH',
      'Tilskot til UH',
    ],
  },
  {
    key: 'koordinator',
    kind: 'amount',
    required: false,
    synonyms: ['Koordinator', 'Midler til koordinator', 'Koordinatormidler', 'Midlar til koordinator', 'Koordinatormidlar'],
  },
  {
    key: 'koordinatorBegrunnelse',
    kind: 'text',
    required: false,
    synonyms: [
      'Begrunnelse koordinator',
      'Begrunnelse for koordinator',
      'Koordinator begrunnelse',
      'Grunngiving koordinator',
      'Grunngiving for koordinator',
    ],
  },
  {
    key: 'start',
    kind: 'period',
    required: true,
    synonyms: ['Start', 'Oppstart', 'Fra', 'Startdato', 'Periode fra', 'Frå', 'Periode frå'],
  },
  { key: 'slutt', kind: 'period', required: true, synonyms: ['Slutt', 'Avslutning', 'Til', 'Sluttdato', 'Periode til'] },
  {
    key: 'forankring',
    kind: 'text',
    required: true,
    synonyms: ['Forankring', 'Involvering', 'Forankring og involvering'],
  },
  {
    key: 'kollektiv',
    kind: 'text',
    required: true,
    synonyms: ['Kollektive prosesser', 'Kollektiv', 'Kollektive læringsprosesser', 'Kollektive prosessar', 'Kollektive læringsprosessar'],
  },
  {
    key: 'laererutdanning',
    kind: 'text',
    required: true,
    synonyms: [
      'Lærerutdanning',
      'Styrker lærerutdanningen',
      'Styrking av lærerutdanningen',
      'Lærarutdanning',
      'Styrkjer lærarutdanninga',
      'Styrking av lærarutdanninga',
    ],
  },
  {
    key: 'supplerende',
    kind: 'yesno',
    required: false,
    synonyms: ['Supplerende', 'Videreføring', 'Supplerende tilskudd', 'Supplerande', 'Vidareføring', 'Supplerande tilskot'],
  },
  { key: 'egenandel', kind: 'amount', required: false, synonyms: ['Egenandel', 'Eiers egenandel', 'Eigenandel'] },
  {
    key: 'deltakere',
    kind: 'integer',
    required: false,
    synonyms: ['Antall deltakere', 'Deltakere', 'Talet på deltakarar', 'Tal på deltakarar', 'Deltakarar'],
  },
];

export const PARTNERSHIP_SHEET = 'Partnerskap';

/** Labels of the `Partnerskap` sheet (CONTRACT.md), column A; values in column B. */
export const PARTNERSHIP_FIELDS: readonly FieldSpec<PartnershipKey>[] = [
  { key: 'partnerskap', kind: 'text', synonyms: ['Partnerskap', 'Navn på partnerskap', 'Nettverk', 'Partnarskap', 'Namn på partnarskap'] },
  { key: 'eiere', kind: 'list', synonyms: ['Eiere', 'Eier', 'Eigarar', 'Eigar'] },
  { key: 'uh', kind: 'list', synonyms: ['UH', 'UH-partner', 'Universitet/høgskole', 'Universitet/høgskule'] },
  { key: 'organisasjonsnummer', kind: 'orgnr', synonyms: ['Organisasjonsnummer', 'Org.nr', 'Orgnr'] },
  { key: 'kontaktperson', kind: 'text', synonyms: ['Kontaktperson', 'Kontakt'] },
  { key: 'epost', kind: 'text', synonyms: ['E-post', 'Epost', 'E-mail'] },
  { key: 'telefon', kind: 'text', synonyms: ['Telefon', 'Tlf', 'Mobil'] },
  { key: 'skriftligAvtale', kind: 'yesno', synonyms: ['Skriftlig avtale', 'Avtale inngått', 'Skriftleg avtale'] },
  { key: 'avtaledato', kind: 'period', synonyms: ['Avtaledato', 'Dato for avtale'] },
  { key: 'avtaleHvem', kind: 'text', synonyms: ['Avtale – hvem', 'Avtale hvem', 'Avtale – kven', 'Avtale kven'] },
  { key: 'avtaleHva', kind: 'text', synonyms: ['Avtale – hva', 'Avtale hva', 'Avtale – kva', 'Avtale kva'] },
  { key: 'avtaleNar', kind: 'text', synonyms: ['Avtale – når', 'Avtale når'] },
  {
    key: 'ansatteInvolvert',
    kind: 'yesno',
    synonyms: [
      'Ansatte og tillitsvalgte involvert',
      'Ansatte og tillitsvalgte',
      'Tilsette og tillitsvalde involverte',
      'Tilsette og tillitsvalde',
    ],
  },
];

export function tiltakField(key: FieldKey): TiltakFieldSpec {
  return TILTAK_FIELDS.find((f) => f.key === key)!;
}
