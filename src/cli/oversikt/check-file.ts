import { buildMeldingDocument } from '../../domain/melding';
import type { FieldKey } from '../../domain/model';
import { OVERSIKT_SHEETS, type FileResult } from '../../domain/oversikt/model';
import { summarizeFile } from '../../domain/oversikt/summarize';
import type { Profile } from '../../domain/profile';
import { checkWorkbook } from '../../table/check';
import { openWorkbookFile } from '../../xlsx/open';

/** What every check of a run shares; plain data, so it can be handed to a worker thread. */
export interface CheckSettings {
  profile: Profile;
  today: string;
  sheet?: string;
  map?: Record<string, string>;
}

/**
 * One workbook read and checked exactly as `validate` does (open the file, then checkWorkbook),
 * then summed up through the melding model. The only place the overview touches the reader:
 * it relies on nothing but the results' `ok`/`message`/`grid` and CheckResult's shape.
 */
export async function checkFile(path: string, shown: string, settings: CheckSettings): Promise<FileResult> {
  const opened = await openWorkbookFile(path);
  if (!opened.ok) return { ok: false, file: shown, message: opened.message };
  const { profile, today } = settings;
  const result = checkWorkbook(opened.grid, {
    profile,
    today,
    sheet: settings.sheet,
    map: settings.map as Partial<Record<FieldKey, string>>,
  });
  if (!result.ok) return { ok: false, file: shown, message: result.message };
  const doc = buildMeldingDocument({ table: result.table, partnership: result.partnership, profile, findings: result.findings, today });
  return { ok: true, checked: summarizeFile(shown, doc, result.findings) };
}

/** Whether `path` is an overview this command wrote, which a new run may replace. */
export async function isOversiktWorkbook(path: string): Promise<boolean> {
  const opened = await openWorkbookFile(path);
  return opened.ok && opened.grid.sheets.map((s) => s.name).join('|') === Object.values(OVERSIKT_SHEETS).join('|');
}
