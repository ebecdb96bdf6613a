import type { Texts } from '../i18n';
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
  /** The language the findings are written in (the front end chose it). */
  texts: Texts;
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
    this.add(rule, { cells: [cellOf(row, field)], row: row.row, field }, message, hint);
  }
}

/** The given cells without gaps or repeats, in order; small lists (most findings) without a Set. */
function distinctCells(cells: readonly (string | undefined)[]): string[] {
  if (cells.length > 8) return [...new Set(cells.filter((c): c is string => c !== undefined))];
  const out: string[] = [];
  for (const c of cells) if (c !== undefined && !out.includes(c)) out.push(c);
  return out;
}

/** The address of one field's cell of a row: `row.cells[field]`, without building the others where the row can. */
export function cellOf(row: TiltakRow, field: FieldKey): string | undefined {
  return row.cellOf ? row.cellOf(field) : row.cells[field];
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

/** A tiltak as messages name it: "«Lesing i alle fag» (rad 7)", or by its row alone. */
export function rowLabel(texts: Texts, row: TiltakRow): string {
  return texts.domain.tiltak({ title: okValue(row.values.tittel), row: row.row });
}

/** An ordning as it reads in a sentence ("desentralisert ordning"), from the profile. */
export function schemeName(profile: Profile, ordning: string): string {
  return profile.vocabulary.ordninger.find((o) => o.key === ordning)?.name ?? ordning;
}

/** An ordning in a sentence, or "ukjent ordning" when the rows' ordning cannot be read. */
export function schemeLabel(texts: Texts, profile: Profile, ordning: string | undefined): string {
  return ordning === undefined ? texts.domain.unknownScheme : schemeName(profile, ordning);
}

/** "meldingen for Vest-Viken, desentralisert ordning" or "meldingen for «Tiltak» (rad 7)". */
export function meldingLabel(texts: Texts, melding: MeldingGroup, profile: Profile): string {
  if (melding.key.startsWith('row:')) return texts.domain.melding({ tiltak: rowLabel(texts, melding.rows[0]!) });
  const partnership = melding.partnerskap || undefined;
  // With a single ordning every melding is of it: naming it says nothing.
  const scheme = profile.vocabulary.ordninger.length === 1 ? undefined : schemeLabel(texts, profile, melding.ordning);
  return texts.domain.melding({ partnership, scheme });
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
