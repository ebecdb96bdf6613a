import { checkGrid } from '../app/check';
import type { ProfileChoice } from '../domain/profile-choice';
import { openWorkbookFile } from '../xlsx/open';
import type { CheckOptions, CheckResult, ChoosingOptions } from '../table/check';

/** One file read and checked, or the one Norwegian sentence saying why it cannot be used. */
export type FileCheck =
  | (Extract<CheckResult, { ok: true }> & { ok: true; choice?: ProfileChoice })
  | {
      ok: false;
      /** The sentence alone (for JSON). */
      message: string;
      /** The same sentence for a terminal line: a message about the table is prefixed with the file. */
      line: string;
      /** The profile chosen, when one was chosen before the table turned out unusable. */
      choice?: ProfileChoice;
    };

/**
 * Read one workbook file (xlsx, xlsm, ods, csv) and check it: the step `validate`, `melding` and
 * `oversikt` share. Given profiles instead of one, the profile that fits is chosen (and returned).
 */
export async function checkFile(path: string, shown: string, options: CheckOptions | ChoosingOptions): Promise<FileCheck> {
  const opened = await openWorkbookFile(path, options.texts);
  if (!opened.ok) return { ok: false, message: opened.message, line: opened.message };
  const { sheet, map, today, texts } = options;
  const selection = 'profiles' in options ? { profiles: options.profiles, stored: options.stored } : options.profile;
  const {
    choice,
    profile: _profile,
    asOf: _asOf,
    map: _map,
    texts: _texts,
    ...result
  } = checkGrid(opened.grid, { selection, today, sheet, map, texts });
  if (!result.ok) return { ok: false, message: result.message, line: `${shown}: ${result.message}`, ...(choice ? { choice } : {}) };
  return { ...result, ...(choice ? { choice } : {}) };
}
