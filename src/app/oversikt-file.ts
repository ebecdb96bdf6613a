import type { FieldKey } from '../domain/model';
import type { FileResult } from '../domain/oversikt/model';
import { summarizeWorkbook } from '../domain/oversikt/summarize';
import type { Profile } from '../domain/profile';
import { PROFILES } from '../domain/profiles';
import type { Texts } from '../i18n';
import { checkWorkbook, checkWorkbookChoosing } from '../table/check';
import { openWorkbookBytes, type OpenResult } from '../xlsx/open-bytes';

/** What every file of an overview is checked with; plain data, so it can go to a worker (thread or Web Worker). */
export interface OverviewSettings {
  /** The profile given; null: each file is checked with the profile it fits (the overview then chooses one for all). */
  profile: Profile | null;
  today: string;
  sheet?: string;
  map?: Record<string, string>;
}

/**
 * One opened workbook checked as `validate` checks it (table/check) and summed up for the overview
 * (domain/oversikt/summarize): the step the command line's worker threads and the pane's Web
 * Worker share, whichever way they opened the file. `profileId` names a built-in profile to check
 * with instead of the settings' (the second pass, once the profile for all files is chosen).
 * Never throws: a file that breaks the check is a row with its sentence, not the end of the run.
 */
export function checkOpenedWorkbook(
  opened: OpenResult,
  shown: string,
  settings: OverviewSettings,
  texts: Texts,
  profileId?: string,
): FileResult {
  if (!opened.ok) return { ok: false, file: shown, status: 'unusable', message: opened.message };
  try {
    const profile = profileId ? (PROFILES.find((p) => p.id === profileId) ?? null) : settings.profile;
    const options = { today: settings.today, texts, sheet: settings.sheet, map: settings.map as Partial<Record<FieldKey, string>> };
    const result = profile
      ? checkWorkbook(opened.grid, { ...options, profile })
      : checkWorkbookChoosing(opened.grid, { ...options, profiles: PROFILES });
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

/** A picked file's bytes, opened by the same reader as the command line's (without Node's zlib), then checked as above. */
export function checkWorkbookBytes(
  bytes: Uint8Array,
  shown: string,
  settings: OverviewSettings,
  texts: Texts,
  profileId?: string,
): FileResult {
  const name = shown.split(/[\\/]/).pop() ?? shown;
  return checkOpenedWorkbook(openWorkbookBytes(bytes, name, texts), shown, settings, texts, profileId);
}
