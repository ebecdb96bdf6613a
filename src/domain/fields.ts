import type { FieldKey, PartnershipKey } from './model';

/** How a cell's text becomes a value; the table layer has one parser per kind. */
export type FieldKind = 'text' | 'list' | 'amount' | 'period' | 'ordning' | 'fase' | 'yesno' | 'integer' | 'targetGroups' | 'orgnr';

export interface FieldSpec<K extends string> {
  key: K;
  /** Name shown to users (bokmål). */
  label: string;
  kind: FieldKind;
  /** Header texts that name this field; matched after normalisation (see table/normalize). */
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
  { key: 'nr', label: 'Nr', kind: 'text', required: false, synonyms: ['Nr', 'Tiltaksnr', 'Tiltaksnummer', 'ID', 'Løpenr'] },
  { key: 'tittel', label: 'Tiltak', kind: 'text', required: true, synonyms: ['Tiltak', 'Navn på tiltak', 'Tittel', 'Tiltaksnavn', 'Navn'] },
  { key: 'partnerskap', label: 'Partnerskap', kind: 'text', required: false, synonyms: ['Partnerskap', 'Nettverk', 'Kompetansenettverk'] },
  { key: 'ordning', label: 'Ordning', kind: 'ordning', required: true, synonyms: ['Ordning', 'Tilskuddsordning', 'Kompetanseordning'] },
  { key: 'fase', label: 'Fase', kind: 'fase', required: true, synonyms: ['Fase'] },
  {
    key: 'beskrivelse',
    label: 'Beskrivelse',
    kind: 'text',
    required: false,
    synonyms: ['Beskrivelse', 'Hva skal gjøres', 'Beskrivelse av tiltaket', 'Innhold'],
  },
  {
    key: 'ansvar',
    label: 'Hvem gjør hva',
    kind: 'text',
    required: true,
    synonyms: ['Hvem gjør hva', 'Ansvar', 'Roller', 'Ansvar og roller', 'Hvem skal gjøre hva'],
  },
  {
    key: 'eiere',
    label: 'Eiere',
    kind: 'list',
    required: true,
    synonyms: ['Eier', 'Eiere', 'Kommune', 'Kommuner', 'Barnehageeier', 'Skoleeier'],
  },
  {
    key: 'uh',
    label: 'UH',
    kind: 'list',
    required: true,
    synonyms: ['UH', 'UH-partner', 'Universitet/høgskole', 'UH-institusjon', 'Universitet', 'Høgskole'],
  },
  { key: 'malgruppe', label: 'Målgruppe', kind: 'targetGroups', required: false, synonyms: ['Målgruppe', 'Målgrupper'] },
  {
    key: 'enheter',
    label: 'Enheter',
    kind: 'list',
    required: false,
    synonyms: ['Enheter', 'Barnehager/skoler', 'Virksomheter', 'Barnehager', 'Skoler'],
  },
  { key: 'fylke', label: 'Fylke', kind: 'text', required: false, synonyms: ['Fylke', 'Sted'] },
  {
    key: 'tilskuddEier',
    label: 'Tilskudd eier',
    kind: 'amount',
    required: true,
    synonyms: ['Tilskudd eier', 'Midler eier', 'Kostnad eier', 'Tilskudd til eier', 'Eiers midler', 'Sum eier'],
  },
  {
    key: 'tilskuddUh',
    label: 'Tilskudd UH',
    kind: 'amount',
    required: true,
    synonyms: ['Tilskudd UH', 'Midler UH', 'Kostnad UH', 'Tilskudd til UH', 'UHs midler', 'Sum UH'],
  },
  {
    key: 'koordinator',
    label: 'Koordinator',
    kind: 'amount',
    required: false,
    synonyms: ['Koordinator', 'Midler til koordinator', 'Koordinatormidler'],
  },
  {
    key: 'koordinatorBegrunnelse',
    label: 'Begrunnelse koordinator',
    kind: 'text',
    required: false,
    synonyms: ['Begrunnelse koordinator', 'Begrunnelse for koordinator', 'Koordinator begrunnelse'],
  },
  { key: 'start', label: 'Start', kind: 'period', required: true, synonyms: ['Start', 'Oppstart', 'Fra', 'Startdato', 'Periode fra'] },
  { key: 'slutt', label: 'Slutt', kind: 'period', required: true, synonyms: ['Slutt', 'Avslutning', 'Til', 'Sluttdato', 'Periode til'] },
  {
    key: 'forankring',
    label: 'Forankring',
    kind: 'text',
    required: true,
    synonyms: ['Forankring', 'Involvering', 'Forankring og involvering'],
  },
  {
    key: 'kollektiv',
    label: 'Kollektive prosesser',
    kind: 'text',
    required: true,
    synonyms: ['Kollektive prosesser', 'Kollektiv', 'Kollektive læringsprosesser'],
  },
  {
    key: 'laererutdanning',
    label: 'Styrker lærerutdanningen',
    kind: 'text',
    required: true,
    synonyms: ['Lærerutdanning', 'Styrker lærerutdanningen', 'Styrking av lærerutdanningen'],
  },
  {
    key: 'supplerende',
    label: 'Supplerende',
    kind: 'yesno',
    required: false,
    synonyms: ['Supplerende', 'Videreføring', 'Supplerende tilskudd'],
  },
  { key: 'egenandel', label: 'Egenandel', kind: 'amount', required: false, synonyms: ['Egenandel', 'Eiers egenandel'] },
  { key: 'deltakere', label: 'Antall deltakere', kind: 'integer', required: false, synonyms: ['Antall deltakere', 'Deltakere'] },
];

export const PARTNERSHIP_SHEET = 'Partnerskap';

/** Labels of the `Partnerskap` sheet (CONTRACT.md), column A; values in column B. */
export const PARTNERSHIP_FIELDS: readonly FieldSpec<PartnershipKey>[] = [
  { key: 'partnerskap', label: 'Partnerskap', kind: 'text', synonyms: ['Partnerskap', 'Navn på partnerskap', 'Nettverk'] },
  { key: 'eiere', label: 'Eiere', kind: 'list', synonyms: ['Eiere', 'Eier'] },
  { key: 'uh', label: 'UH', kind: 'list', synonyms: ['UH', 'UH-partner', 'Universitet/høgskole'] },
  { key: 'organisasjonsnummer', label: 'Organisasjonsnummer', kind: 'orgnr', synonyms: ['Organisasjonsnummer', 'Org.nr', 'Orgnr'] },
  { key: 'kontaktperson', label: 'Kontaktperson', kind: 'text', synonyms: ['Kontaktperson', 'Kontakt'] },
  { key: 'epost', label: 'E-post', kind: 'text', synonyms: ['E-post', 'Epost', 'E-mail'] },
  { key: 'telefon', label: 'Telefon', kind: 'text', synonyms: ['Telefon', 'Tlf', 'Mobil'] },
  { key: 'skriftligAvtale', label: 'Skriftlig avtale', kind: 'yesno', synonyms: ['Skriftlig avtale', 'Avtale inngått'] },
  { key: 'avtaledato', label: 'Avtaledato', kind: 'period', synonyms: ['Avtaledato', 'Dato for avtale'] },
  { key: 'avtaleHvem', label: 'Avtale – hvem', kind: 'text', synonyms: ['Avtale – hvem', 'Avtale hvem'] },
  { key: 'avtaleHva', label: 'Avtale – hva', kind: 'text', synonyms: ['Avtale – hva', 'Avtale hva'] },
  { key: 'avtaleNar', label: 'Avtale – når', kind: 'text', synonyms: ['Avtale – når', 'Avtale når'] },
  {
    key: 'ansatteInvolvert',
    label: 'Ansatte og tillitsvalgte involvert',
    kind: 'yesno',
    synonyms: ['Ansatte og tillitsvalgte involvert', 'Ansatte og tillitsvalgte'],
  },
];

export function tiltakField(key: FieldKey): TiltakFieldSpec {
  return TILTAK_FIELDS.find((f) => f.key === key)!;
}
