import type { RuleId } from './catalogue';
import type {
  FieldKey,
  FieldValue,
  Finding,
  PartnershipFacts,
  PartnershipKey,
  Severity,
  TiltakRow,
  TiltakTable,
  FindingSource,
} from './model';
import { ruleSetting, type Profile } from './profile';
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

interface Setting {
  enabled: boolean;
  severity: Severity;
  source: FindingSource;
}

/**
 * Collects findings. Whether a rule runs, its severity and its source come from the profile
 * (RULES.md: per rule on/off, severity, source); a rule the profile does not list runs as the
 * catalogue says, with the profile's default source. Every finding of one rule shares one
 * source object, so provenance costs nothing per finding.
 */
export class Reporter {
  readonly findings: Finding[] = [];
  private readonly settings = new Map<RuleId, Setting>();

  constructor(
    private readonly defaultSheet: string,
    private readonly profile: Profile,
  ) {}

  private setting(rule: RuleId): Setting {
    let s = this.settings.get(rule);
    if (s === undefined) {
      const r = ruleSetting(this.profile, rule);
      s = { enabled: r.enabled, severity: r.severity, source: { title: r.source.title, quote: r.source.quote } };
      this.settings.set(rule, s);
    }
    return s;
  }

  /** Whether the profile runs this rule: families skip work (and messages) for rules that are off. */
  runs(rule: RuleId): boolean {
    return this.setting(rule).enabled;
  }

  add(rule: RuleId, place: FindingPlace, message: string, hint?: string): void {
    const setting = this.setting(rule);
    if (!setting.enabled) return;
    const finding: Finding = {
      rule,
      severity: setting.severity,
      sheet: place.sheet ?? this.defaultSheet,
      cells: distinctCells(place.cells),
      message,
    };
    if (place.row !== undefined) finding.row = place.row;
    if (place.field !== undefined) finding.field = place.field;
    if (hint !== undefined) finding.hint = hint;
    finding.source = setting.source;
    this.findings.push(finding);
  }

  /** A finding about one field of one tiltak row. */
  onRow(rule: RuleId, row: TiltakRow, field: FieldKey, message: string, hint?: string): void {
    this.add(rule, { cells: [row.cells[field]], row: row.row, field }, message, hint);
  }
}

/** The given cells without gaps or repeats, in order; small lists (most findings) without a Set. */
function distinctCells(cells: readonly (string | undefined)[]): string[] {
  if (cells.length > 8) return [...new Set(cells.filter((c): c is string => c !== undefined))];
  const out: string[] = [];
  for (const c of cells) if (c !== undefined && !out.includes(c)) out.push(c);
  return out;
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

/** An ordning as it reads in a sentence ("desentralisert ordning"), from the profile. */
export function schemeName(profile: Profile, ordning: string | undefined): string {
  if (ordning === undefined) return 'ukjent ordning';
  return profile.vocabulary.ordninger.find((o) => o.key === ordning)?.name ?? ordning;
}

/** "meldingen for Vest-Viken, desentralisert ordning" or "meldingen for «Tiltak» (rad 7)". */
export function meldingLabel(melding: MeldingGroup, profile: Profile): string {
  if (melding.key.startsWith('row:')) return `meldingen for ${rowLabel(melding.rows[0]!)}`;
  const scheme = schemeName(profile, melding.ordning);
  if (profile.vocabulary.ordninger.length === 1) return melding.partnerskap ? `meldingen for ${melding.partnerskap}` : 'meldingen';
  return melding.partnerskap ? `meldingen for ${melding.partnerskap}, ${scheme}` : `meldingen for ${scheme}`;
}

/** "regional, desentralisert eller kompetanseløftet". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
