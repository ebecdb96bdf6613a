import type { Texts } from '../../i18n/texts';

/** Extensions checked: the workbooks CONTRACT.md names, whether or not the reader supports them (it says so for .xls). */
const WORKBOOK = /\.(xlsx|xlsm|ods|xls|csv)$/i;
/** Binary Excel workbooks: no reader for them, so they get their sentence without being opened. */
const XLSB = /\.xlsb$/i;
/** Excel's lock files (~$name.xlsx) sit beside every open workbook; they are not workbooks. */
const LOCK_FILE = /^~\$/;

/**
 * Why a file met among the owners' workbooks is not opened, from its name alone (the command
 * line's folders and the pane's picked files alike): Excel's lock file, a binary .xlsb, not a
 * workbook at all. Undefined for a file to check.
 */
export function skipReason(name: string, texts: Texts): string | undefined {
  const t = texts.oversikt.file;
  if (LOCK_FILE.test(name)) return t.lockFile;
  if (XLSB.test(name)) return t.xlsb;
  if (!WORKBOOK.test(name)) return t.notWorkbook;
  return undefined;
}
