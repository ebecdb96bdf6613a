import type { Texts } from '../i18n';
import { Reporter, type RuleContext } from './context';
import { groupByPartnershipAndScheme, groupMeldinger } from './grouping';
import type { Finding, PartnershipFacts, TiltakTable } from './model';
import type { Profile } from './profile';
import { checkAmounts, checkCoordinator, checkOwnShare } from './rules/amounts';
import { checkContent, checkCriteria } from './rules/content';
import { checkDuplicates, checkMeasureCount } from './rules/measures';
import { checkGeography, checkPartnership } from './rules/partnership';
import { checkPartnershipValues } from './rules/partnership-values';
import { checkPeriods } from './rules/periods';
import { checkTargetGroupScope } from './rules/scope';
import { checkDeadline, checkProfileStatus, checkSupplementary } from './rules/round';
import { checkCellValues, checkColumns, checkNoMeasures } from './rules/structure';

export interface ValidationInput {
  table: TiltakTable;
  partnership: PartnershipFacts | null;
  profile: Profile;
  /** ISO date (YYYY-MM-DD); passed in so the result depends on nothing else. */
  today: string;
  /** The catalogue of the language the messages are written in: the front end chose it. */
  texts: Texts;
}

/** Every rule family, in the order their findings are listed. None can hide another's findings. */
const RULE_FAMILIES: ReadonlyArray<(ctx: RuleContext) => void> = [
  checkColumns,
  checkCellValues,
  checkContent,
  checkTargetGroupScope,
  checkAmounts,
  checkCoordinator,
  checkPeriods,
  checkCriteria,
  checkMeasureCount,
  checkDuplicates,
  checkGeography,
  checkSupplementary,
  checkOwnShare,
  checkPartnership,
  checkPartnershipValues,
  checkDeadline,
  checkProfileStatus,
];

/**
 * A table without tiltak (a new template) has no melding to check yet: only its columns, the
 * round's deadline and the fact that it is empty are said, not every fact a melding will need.
 */
const EMPTY_TABLE_FAMILIES: ReadonlyArray<(ctx: RuleContext) => void> = [checkColumns, checkNoMeasures, checkDeadline];

/** All findings for a table: a pure function of its input. */
export function validate(input: ValidationInput): Finding[] {
  const report = new Reporter(input.table.sheet, input.profile);
  const schemeGroups = groupByPartnershipAndScheme(input.table.rows, input.profile);
  const meldinger = input.profile.groupBy === 'partnerskap+ordning' ? schemeGroups : groupMeldinger(input.table.rows, input.profile);
  const ctx: RuleContext = { ...input, meldinger, schemeGroups, report };
  for (const family of input.table.rows.length === 0 ? EMPTY_TABLE_FAMILIES : RULE_FAMILIES) family(ctx);
  return sortFindings(report.findings);
}

/** Row findings by row, then findings about a melding or a sheet; Array.prototype.sort is stable, so order within a row holds. */
function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
}

export interface Summary {
  rows: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: readonly Finding[], table: TiltakTable): Summary {
  const summary = { rows: table.rows.length, errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}
