import type { ProfileChoice } from '../domain/profile-choice';
import { openWorkbookFile } from '../xlsx/open';
import { checkWorkbook, checkWorkbookChoosing, type CheckOptions, type CheckResult, type ChoosingOptions } from '../table/check';

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
  const opened = await openWorkbookFile(path);
  if (!opened.ok) return { ok: false, message: opened.message, line: opened.message };
  const result = 'profiles' in options ? checkWorkbookChoosing(opened.grid, options) : checkWorkbook(opened.grid, options);
  if (!result.ok) {
    const choice = 'choice' in result ? (result.choice as ProfileChoice) : undefined;
    return { ok: false, message: result.message, line: `${shown}: ${result.message}`, ...(choice ? { choice } : {}) };
  }
  return result;
}
