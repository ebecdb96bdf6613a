import type { CellWrite } from '../port/workbook-port';

/**
 * One value into one cell: `values` only, so the cell keeps its number format, font and fill
 * (a one-click fix must never change formats). Before ExcelApi 1.20 Excel clears its undo list
 * when an add-in writes; the README says so. Returns the sheet's id (its change event is the
 * add-in's own, echoes.ts).
 */
export async function writeCellValue(context: Excel.RequestContext, sheet: string, address: string, value: CellWrite): Promise<string> {
  const ws = context.workbook.worksheets.getItem(sheet).load('id');
  ws.getRange(address).values = [[value]];
  await context.sync();
  return ws.id;
}
