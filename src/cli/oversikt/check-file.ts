import type { FieldKey } from '../../domain/model';
import { OVERSIKT_SHEETS, type FileResult } from '../../domain/oversikt/model';
import { summarizeWorkbook } from '../../domain/oversikt/summarize';
import type { Profile } from '../../domain/profile';
import { PROFILES } from '../../domain/profiles';
import { textsFor } from '../../i18n/all';
import type { Language } from '../../i18n/language';
import { openWorkbookFile } from '../../xlsx/open';
import { checkFile as checkOneFile } from '../check-file';

/** What every check of a run shares; plain data, so it can be handed to a worker thread. */
export interface CheckSettings {
  /** The profile given; null: each file is checked with the profile that fits it (the command then chooses one for all). */
  profile: Profile | null;
  today: string;
  sheet?: string;
  map?: Record<string, string>;
  language: Language;
}

/**
 * One workbook read and checked exactly as `validate` does (the shared checkFile), then summed up
 * through the melding model. `profileId` names a built-in profile to check with instead of the
 * settings' (the second pass, once the profile for all files is chosen). Never throws: a file
 * that breaks the reader is a row with its sentence, not the end of the run.
 */
export async function checkFile(path: string, shown: string, settings: CheckSettings, profileId?: string): Promise<FileResult> {
  const texts = textsFor(settings.language);
  try {
    const profile = profileId ? PROFILES.find((p) => p.id === profileId)! : settings.profile;
    const options = { today: settings.today, texts, sheet: settings.sheet, map: settings.map as Partial<Record<FieldKey, string>> };
    const result = await checkOneFile(path, shown, profile ? { ...options, profile } : { ...options, profiles: PROFILES });
    return summarizeWorkbook(shown, result, profile, settings.today, texts);
  } catch (e) {
    return {
      ok: false,
      file: shown,
      status: 'unusable',
      message: texts.oversikt.file.failed({ message: e instanceof Error ? e.message : String(e) }),
    };
  }
}

/** Whether `path` is an overview this command wrote, which a new run may replace. */
export async function isOversiktWorkbook(path: string): Promise<boolean> {
  const opened = await openWorkbookFile(path);
  return opened.ok && opened.grid.sheets.map((s) => s.name).join('|') === Object.values(OVERSIKT_SHEETS).join('|');
}
