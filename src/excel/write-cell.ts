import type { CellWrite } from '../port/workbook-port';

/**
 * One value into one cell: `values` only, so the cell keeps its number format, font and fill
 * (a one-click fix must never change formats). Excel clears its undo stack after an add-in
 * writes; the README says so.
 */
export async function writeCellValue(context: Excel.RequestContext, sheet: string, address: string, value: CellWrite): Promise<void> {
  context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
  await context.sync();
}
