import { RULE_CATALOGUE, type RuleId } from './catalogue';
import type { FieldKey, FieldValue, Finding, PartnershipFacts, PartnershipKey, TiltakRow, TiltakTable } from './model';
import type { Profile } from './profile';
import type { MeldingGroup } from './grouping';

/** What every rule family sees: the input of validate() plus the findings it adds to. */
export interface RuleContext {
  table: TiltakTable;
  partnership: PartnershipFacts | null;
  profile: Profile;
  /** ISO date (YYYY-MM-DD). */
  today: string;
  meldinger: MeldingGroup[];
  /** Rows by partnerskap + ordning (the five-tiltak limit counts these, whatever the profile groups by). */
  schemeGroups: MeldingGroup[];
  report: Reporter;
}

export interface FindingPlace {
  cells: readonly (string | undefined)[];
  row?: number;
  field?: FieldKey | PartnershipKey;
  sheet?: string;
}

/** Collects findings; the severity comes from the catalogue, never from the caller. */
export class Reporter {
  readonly findings: Finding[] = [];

  constructor(private readonly defaultSheet: string) {}

  add(rule: RuleId, place: FindingPlace, message: string, hint?: string): void {
    const finding: Finding = {
      rule,
      severity: RULE_CATALOGUE[rule].severity,
      sheet: place.sheet ?? this.defaultSheet,
      cells: [...new Set(place.cells.filter((c): c is string => c !== undefined))],
      message,
    };
    if (place.row !== undefined) finding.row = place.row;
    if (place.field !== undefined) finding.field = place.field;
    if (hint !== undefined) finding.hint = hint;
    this.findings.push(finding);
  }

  /** A finding about one field of one tiltak row. */
  onRow(rule: RuleId, row: TiltakRow, field: FieldKey, message: string, hint?: string): void {
    this.add(rule, { cells: [row.cells[field]], row: row.row, field }, message, hint);
  }
}

export function isMapped(table: TiltakTable, field: FieldKey): boolean {
  return table.mapping[field] !== undefined;
}

export function okValue<T>(value: FieldValue<T>): T | undefined {
  return value.kind === 'ok' ? value.value : undefined;
}

/** A readable amount, 0 when empty; undefined when unreadable or an error value. */
export function amountOrZero(value: FieldValue<number>): number | undefined {
  if (value.kind === 'empty') return 0;
  return value.kind === 'ok' ? value.value : undefined;
}

/** "rad 7" style reference used in messages. */
export function rowLabel(row: TiltakRow): string {
  const title = okValue(row.values.tittel);
  return title ? `«${title}» (rad ${row.row})` : `tiltaket i rad ${row.row}`;
}

/** Scheme names as they read in a sentence. */
export const SCHEME_NAMES = {
  regional: 'regional ordning',
  desentralisert: 'desentralisert ordning',
  kompetanseloftet: 'kompetanseløftet',
} as const;

/** "meldingen for Vest-Viken, desentralisert ordning" or "meldingen for «Tiltak» (rad 7)". */
export function meldingLabel(melding: MeldingGroup): string {
  if (melding.key.startsWith('row:')) return `meldingen for ${rowLabel(melding.rows[0]!)}`;
  const scheme = melding.ordning ? SCHEME_NAMES[melding.ordning] : 'ukjent ordning';
  return melding.partnerskap ? `meldingen for ${melding.partnerskap}, ${scheme}` : `meldingen for ${scheme}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
