import type { FieldKey, Finding, PartnershipFacts, TiltakTable } from '../domain/model';
import type { Profile } from '../domain/profile';
import { summarize, validate, type Summary } from '../domain/validate';
import type { WorkbookGrid } from './grid';
import { readPartnership, readTiltakTable } from './read';

export interface CheckOptions {
  profile: Profile;
  /** ISO date (YYYY-MM-DD). */
  today: string;
  sheet?: string;
  /** Field → header text or column letter, chosen by the user. */
  map?: Partial<Record<FieldKey, string>>;
}

export type CheckResult =
  | { ok: true; table: TiltakTable; partnership: PartnershipFacts | null; findings: Finding[]; summary: Summary }
  | { ok: false; message: string };

/** Workbook values → table → findings: the one path the CLI, the pane and the ribbon command share. */
export function checkWorkbook(grid: WorkbookGrid, options: CheckOptions): CheckResult {
  const read = readTiltakTable(grid, { sheet: options.sheet, map: options.map });
  if (!read.ok) return read;
  const partnership = readPartnership(grid);
  const findings = validate({ table: read.table, partnership, profile: options.profile, today: options.today });
  return { ok: true, table: read.table, partnership, findings, summary: summarize(findings, read.table) };
}
