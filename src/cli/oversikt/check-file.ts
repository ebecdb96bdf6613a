import { buildMeldingDocument } from '../../domain/melding';
import type { FieldKey } from '../../domain/model';
import { OVERSIKT_SHEETS, type FileResult } from '../../domain/oversikt/model';
import { summarizeFile } from '../../domain/oversikt/summarize';
import type { Profile } from '../../domain/profile';
import { checkFile as checkOneFile } from '../check-file';
import { openWorkbookFile } from '../../xlsx/open';

/** What every check of a run shares; plain data, so it can be handed to a worker thread. */
export interface CheckSettings {
  profile: Profile;
  today: string;
  sheet?: string;
  map?: Record<string, string>;
}

/**
 * One workbook read and checked exactly as `validate` does (the shared checkFile), then summed
 * up through the melding model.
 */
export async function checkFile(path: string, shown: string, settings: CheckSettings): Promise<FileResult> {
  const { profile, today } = settings;
  const map = settings.map as Partial<Record<FieldKey, string>>;
  const result = await checkOneFile(path, shown, { profile, today, sheet: settings.sheet, map });
  if (!result.ok) return { ok: false, file: shown, message: result.message };
  const doc = buildMeldingDocument({ table: result.table, partnership: result.partnership, profile, findings: result.findings, today });
  return { ok: true, checked: summarizeFile(shown, doc, result.findings) };
}

/** Whether `path` is an overview this command wrote, which a new run may replace. */
export async function isOversiktWorkbook(path: string): Promise<boolean> {
  const opened = await openWorkbookFile(path);
  return opened.ok && opened.grid.sheets.map((s) => s.name).join('|') === Object.values(OVERSIKT_SHEETS).join('|');
}
