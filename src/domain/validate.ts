import { Reporter, type RuleContext } from './context';
import { groupByPartnershipAndScheme, groupMeldinger } from './grouping';
import type { Finding, PartnershipFacts, TiltakTable } from './model';
import type { Profile } from './profile';
import { checkAmounts, checkCoordinator, checkOwnShare } from './rules/amounts';
import { checkContent, checkCriteria } from './rules/content';
import { checkDuplicates, checkMeasureCount } from './rules/measures';
import { checkGeography, checkPartnership } from './rules/partnership';
import { checkPeriods } from './rules/periods';
import { checkDeadline, checkProfileStatus, checkSupplementary } from './rules/round';
import { checkCellValues, checkColumns } from './rules/structure';

export interface ValidationInput {
  table: TiltakTable;
  partnership: PartnershipFacts | null;
  profile: Profile;
  /** ISO date (YYYY-MM-DD); passed in so the result depends on nothing else. */
  today: string;
}

/** Every rule family, in the order their findings are listed. None can hide another's findings. */
const RULE_FAMILIES: ReadonlyArray<(ctx: RuleContext) => void> = [
  checkColumns,
  checkCellValues,
  checkContent,
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
  checkDeadline,
  checkProfileStatus,
];

/** All findings for a table: a pure function of its input. */
export function validate(input: ValidationInput): Finding[] {
  const report = new Reporter(input.table.sheet, input.profile);
  const schemeGroups = groupByPartnershipAndScheme(input.table.rows, input.profile);
  const meldinger = input.profile.groupBy === 'partnerskap+ordning' ? schemeGroups : groupMeldinger(input.table.rows, input.profile);
  const ctx: RuleContext = { ...input, meldinger, schemeGroups, report };
  for (const family of RULE_FAMILIES) family(ctx);
  return sortFindings(report.findings);
}

/** Row findings by row (stable within a row), then findings about a melding or a sheet. */
function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.row ?? Infinity) - (b.f.row ?? Infinity) || a.i - b.i)
    .map(({ f }) => f);
}

export interface Summary {
  rows: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: readonly Finding[], table: TiltakTable): Summary {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return { rows: table.rows.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
}
