import { checkOpenedWorkbook, type OverviewSettings } from '../../app/oversikt-file';
import { OVERSIKT_SHEETS, type FileResult } from '../../domain/oversikt/model';
import { textsFor } from '../../i18n/all';
import type { Language } from '../../i18n/language';
import { openWorkbookFile } from '../../xlsx/open';

/** What every check of a run shares, and its language; plain data, so it can be handed to a worker thread. */
export interface CheckSettings extends OverviewSettings {
  language: Language;
}

/**
 * One workbook read from disk (the reader's sentences for a missing or unreadable file) and
 * checked as every overview checks it (app/oversikt-file.ts).
 */
export async function checkFile(path: string, shown: string, settings: CheckSettings, profileId?: string): Promise<FileResult> {
  const texts = textsFor(settings.language);
  return checkOpenedWorkbook(await openWorkbookFile(path, texts), shown, settings, texts, profileId);
}

/** Whether `path` is an overview this command wrote, which a new run may replace. */
export async function isOversiktWorkbook(path: string): Promise<boolean> {
  const opened = await openWorkbookFile(path);
  return opened.ok && opened.grid.sheets.map((s) => s.name).join('|') === Object.values(OVERSIKT_SHEETS).join('|');
}
