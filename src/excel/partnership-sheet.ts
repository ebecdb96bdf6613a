import { PARTNERSHIP_SHEET } from '../domain/fields';
import { nb, type Texts } from '../i18n';

/** Add the Partnerskap sheet: labels in A, values in B, all written as text (never formulas). Returns its id. */
export async function createPartnershipSheet(
  context: Excel.RequestContext,
  values: ReadonlyArray<readonly [label: string, value: string]>,
  texts: Texts = nb,
): Promise<string> {
  const existing = context.workbook.worksheets.getItemOrNullObject(PARTNERSHIP_SHEET);
  await context.sync();
  if (!existing.isNullObject) throw new Error(texts.excel.partnershipSheetExists({ sheet: PARTNERSHIP_SHEET }));
  const sheet = context.workbook.worksheets.add(PARTNERSHIP_SHEET).load('id');
  const range = sheet.getRangeByIndexes(0, 0, values.length, 2);
  range.numberFormat = values.map(() => ['@', '@']);
  range.values = values.map(([label, value]) => [label, value]);
  sheet.getRangeByIndexes(0, 0, values.length, 1).format.font.bold = true;
  sheet.getRange('A:A').format.columnWidth = 220;
  sheet.getRange('B:B').format.columnWidth = 360;
  await context.sync();
  return sheet.id;
}
