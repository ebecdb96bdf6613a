import type { Texts } from '../i18n';
import type { FieldKey, Finding, PartnershipFacts, TiltakTable } from '../domain/model';
import type { Profile } from '../domain/profile';
import { PROFILE_CARRIER_SHEET, readCarrierRows, type CarriedProfile } from '../domain/profile-carrier';
import { chooseProfile, resolveStored, type ProfileChoice, type StoredProfileRef } from '../domain/profile-choice';
import { summarize, validate, type Summary } from '../domain/validate';
import type { WorkbookGrid } from './grid';
import { findHeader } from './headers';
import { cellText } from './normalize';
import { readPartnership, readTiltakTable } from './read';
import { tableVocabulary } from './vocabulary';

export interface CheckOptions {
  profile: Profile;
  /** ISO date (YYYY-MM-DD). */
  today: string;
  /** The language of every message: the front end chose it. */
  texts: Texts;
  sheet?: string;
  /** Field → header text or column letter, chosen by the user. */
  map?: Partial<Record<FieldKey, string>>;
}

export type CheckResult =
  | { ok: true; table: TiltakTable; partnership: PartnershipFacts | null; findings: Finding[]; summary: Summary }
  | { ok: false; message: string };

/** Workbook values → table → findings: the one path the CLI, the pane and the ribbon command share. */
export function checkWorkbook(grid: WorkbookGrid, options: CheckOptions): CheckResult {
  const { texts, profile, today } = options;
  const read = readTiltakTable(grid, { texts, sheet: options.sheet, map: options.map, vocabulary: tableVocabulary(profile) });
  if (!read.ok) return read;
  const partnership = readPartnership(grid);
  const findings = validate({ table: read.table, partnership, profile, today, texts });
  return { ok: true, table: read.table, partnership, findings, summary: summarize(findings, read.table) };
}

export interface ChoosingOptions extends Omit<CheckOptions, 'profile'> {
  profiles: readonly Profile[];
  stored?: StoredProfileRef | null;
}

/**
 * Choose the profile that fits the workbook (domain/profile-choice), then check with it. The
 * Ordning column is read with the newest round's vocabulary; only its texts decide the choice.
 */
export function checkWorkbookChoosing(grid: WorkbookGrid, options: ChoosingOptions): CheckResult & { choice: ProfileChoice } {
  const { profiles, stored: chosen, ...rest } = options;
  // The pane's own choice (document settings) wins over the profile a template carries.
  const stored = chosen ?? profileCarriedBy(grid)?.stored ?? null;
  // A stored profile that cannot be used (a broken file) falls back to the table's vocabulary.
  const storedUsable = stored ? resolveStored(stored, profiles, rest.texts).ok : false;
  const choice = chooseProfile({ profiles, stored, ordningTexts: storedUsable ? [] : ordningTexts(grid, rest), texts: rest.texts });
  return { ...checkWorkbook(grid, { ...rest, profile: choice.profile }), choice };
}

/** The distinct texts of the Ordning column under the header row the table layer finds (cells only, no parsing). */
function ordningTexts(grid: WorkbookGrid, options: Omit<CheckOptions, 'profile'>): string[] {
  const sheets = grid.sheets.filter((s) => !s.generated && (options.sheet === undefined || s.name === options.sheet));
  const header = findHeader(sheets, options.map);
  const col = header?.assignment.get('ordning');
  if (!header || col === undefined) return [];
  const { sheet } = header;
  const texts = new Set<string>();
  for (let r = header.row + 1 - sheet.origin.row; r < sheet.cells.length; r++) {
    const text = cellText(sheet.cells[r]?.[col - sheet.origin.col] ?? null).trim();
    if (text !== '') texts.add(text);
  }
  return [...texts];
}

/** The profile and language a template carries on its hidden sheet (domain/profile-carrier), if any. */
export function profileCarriedBy(grid: WorkbookGrid): CarriedProfile | null {
  const sheet = grid.sheets.find((s) => s.name === PROFILE_CARRIER_SHEET);
  if (!sheet || sheet.origin.row !== 0 || sheet.origin.col !== 0) return null;
  return readCarrierRows(sheet.cells);
}
