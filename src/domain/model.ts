/** The vocabulary of RULES.md as types. Pure data: no Office, no DOM, no Node. */

/** Key of one of the profile's ordninger (e.g. `desentralisert`, `kollektiv`). */
export type Ordning = string;

/** Key of one of the profile's faser (e.g. `planlegging`). */
export type Fase = string;

export type Severity = 'error' | 'warning' | 'info';

/** A span of calendar days, both ends inclusive, as ISO dates (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

/** Raw cell content as the table layer saw it (string form, for messages). */
export type Raw = string;

/**
 * One field of one row after parsing. Parsing never guesses: what cannot be read exactly
 * is `invalid` and keeps the raw text, so a rule can say what was found.
 */
export type FieldValue<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; value: T; raw: Raw }
  | { kind: 'invalid'; raw: Raw; reason: InvalidReason; detail?: string }
  | { kind: 'error'; code: string };

export type InvalidReason =
  /** not readable as the expected kind (amount, period, number, ja/nei) */
  | 'unreadable'
  /** readable in more than one way, e.g. `1.500` vs `1,500` */
  | 'ambiguous'
  /** names more than one allowed value where only one may stand; detail lists them */
  | 'multiple'
  /** text outside the allowed values (ordning, fase, målgruppe); detail lists the stray items */
  | 'not-allowed';

/** Value types of the tiltak fields. */
export interface TiltakValues {
  nr: string;
  tittel: string;
  partnerskap: string;
  ordning: Ordning;
  fase: Fase;
  beskrivelse: string;
  ansvar: string;
  eiere: string[];
  uh: string[];
  malgruppe: string[];
  enheter: string[];
  fylke: string;
  tilskuddEier: number;
  tilskuddUh: number;
  koordinator: number;
  koordinatorBegrunnelse: string;
  start: Period;
  slutt: Period;
  forankring: string;
  kollektiv: string;
  laererutdanning: string;
  supplerende: boolean;
  egenandel: number;
  deltakere: number;
}

export type FieldKey = keyof TiltakValues;

export type TiltakFields = { [K in FieldKey]: FieldValue<TiltakValues[K]> };

/** One tiltak: one row of the user's table. */
export interface TiltakRow {
  /** Worksheet row, 1-based, as Excel shows it. */
  row: number;
  /** A1 address of each mapped field's cell (the top-left cell of a merged area). */
  cells: Partial<Record<FieldKey, string>>;
  /**
   * `cells[field]` alone: a row of a read table answers without building every address of the
   * row (rules name one or two cells of thousands of rows; context.ts `cellOf`).
   */
  cellOf?(field: FieldKey): string | undefined;
  values: TiltakFields;
}

/** Where a field was found: column letter and the header text as written. */
export interface ColumnRef {
  column: string;
  header: string;
}

/** The tiltak table as the table layer found it. */
export interface TiltakTable {
  sheet: string;
  /** Worksheet row of the header, 1-based. */
  headerRow: number;
  mapping: Partial<Record<FieldKey, ColumnRef>>;
  /** A1 address in the header row where a missing column could be added. */
  freeHeaderCell: string;
  rows: TiltakRow[];
}

/** Values on the `Partnerskap` sheet. */
export interface PartnershipValues {
  partnerskap: string;
  eiere: string[];
  uh: string[];
  organisasjonsnummer: string[];
  kontaktperson: string;
  epost: string;
  telefon: string;
  skriftligAvtale: boolean;
  avtaledato: Period;
  avtaleHvem: string;
  avtaleHva: string;
  avtaleNar: string;
  ansatteInvolvert: boolean;
}

export type PartnershipKey = keyof PartnershipValues;

export interface PartnershipFacts {
  sheet: string;
  /** A1 address of each label's value cell (column B of its row). */
  cells: Partial<Record<PartnershipKey, string>>;
  values: { [K in PartnershipKey]: FieldValue<PartnershipValues[K]> };
}

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  cells: string[];
  /** Worksheet row of the tiltak; absent for findings about a melding or a sheet. */
  row?: number;
  field?: FieldKey | PartnershipKey;
  message: string;
  /** How to fix it, in one Norwegian sentence (an extension of the contract). */
  hint?: string;
  /** Where the rule comes from: the profile's citation for it (always set by validate). */
  source?: FindingSource;
}

export interface FindingSource {
  title: string;
  quote: string;
}
