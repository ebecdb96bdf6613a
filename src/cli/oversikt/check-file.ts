import { buildMeldingDocument } from '../../domain/melding';
import type { FieldKey } from '../../domain/model';
import { OVERSIKT_SHEETS, type FileResult } from '../../domain/oversikt/model';
import { summarizeFile } from '../../domain/oversikt/summarize';
import type { Profile } from '../../domain/profile';
import type { Language } from '../../i18n';
import { textsFor } from '../../i18n/all';
import { checkFile as checkOneFile } from '../check-file';
import { openWorkbookFile } from '../../xlsx/open';

/** What every check of a run shares; plain data, so it can be handed to a worker thread. */
export interface CheckSettings {
  profile: Profile;
  today: string;
  /** The language of the run (texts are functions, which a worker cannot be handed). */
  language: Language;
  sheet?: string;
  map?: Record<string, string>;
}

/**
 * One workbook read and checked exactly as `validate` does (the shared checkFile), then summed
 * up through the melding model.
 */
export async function checkFile(path: string, shown: string, settings: CheckSettings): Promise<FileResult> {
  const { profile, today } = settings;
  const texts = textsFor(settings.language);
  const map = settings.map as Partial<Record<FieldKey, string>>;
  const result = await checkOneFile(path, shown, { profile, today, texts, sheet: settings.sheet, map });
  if (!result.ok) return { ok: false, file: shown, message: result.message };
  const { table, partnership, findings } = result;
  const doc = buildMeldingDocument({ table, partnership, profile, findings, today, texts });
  return { ok: true, checked: summarizeFile(shown, doc, result.findings) };
}

/** Whether `path` is an overview this command wrote, which a new run may replace. */
export async function isOversiktWorkbook(path: string): Promise<boolean> {
  const opened = await openWorkbookFile(path);
  return opened.ok && opened.grid.sheets.map((s) => s.name).join('|') === Object.values(OVERSIKT_SHEETS).join('|');
}
