import { addressBatches, compactAreas } from './address';
import { isSupported } from './requirements';

/**
 * Gå til: the finding's sheet, and its cells selected. Several areas at once need
 * RangeAreas.select (ExcelApi 1.18, not in Office 2021 or 2024) in the client too: the npm
 * client a development build loads has none, even on Microsoft 365. Elsewhere the first cell.
 * Cells are joined into areas (D3:D40), and one address stays far below the ~8 000 characters
 * Excel accepts (office-js #5198): a finding of thousands of cells selects the first areas.
 */
export async function selectCells(context: Excel.RequestContext, sheet: string, cells: readonly string[]): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  const [areas] = addressBatches(compactAreas(cells), Number.POSITIVE_INFINITY);
  if (cells.length > 1 && areas && canSelectAreas()) ws.getRanges(areas).select();
  else if (cells[0]) ws.getRange(cells[0]).select();
  await context.sync();
}

function canSelectAreas(): boolean {
  const proto = Excel.RangeAreas?.prototype as { select?: unknown } | undefined;
  return isSupported('selectAreas') && typeof proto?.select === 'function';
}
