import { PROFILE_CARRIER_SHEET, readCarrierRows } from '../domain/profile-carrier';

/**
 * The language a template carries on its very hidden profile sheet (domain/profile-carrier), or
 * null: a template made with `mal --sprak nn` opens its pane in nynorsk until the user chooses.
 * One sheet's used range, read only when the document settings hold no language.
 */
export async function carriedLanguage(context: Excel.RequestContext): Promise<string | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(PROFILE_CARRIER_SHEET);
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
  await context.sync();
  if (used.isNullObject || used.rowIndex !== 0 || used.columnIndex !== 0) return null;
  return readCarrierRows(used.values)?.language ?? null;
}
