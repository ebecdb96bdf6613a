import type { OverviewFile } from '../app/oversikt-output';
import type { OverviewWritten } from '../port/workbook-port';
import type { ChartSpec } from '../sheet/oversikt-charts';
import { toBase64 } from './delivery';
import { isSupported } from './requirements';
import type { ExcelRun } from './run';

/**
 * Excel on the web takes at most 5 MB in one request; base64 of the file is the bulk of it, and
 * the rest of the request stays far below the margin left here.
 */
export const WEB_REQUEST_LIMIT = 4_500_000;

/**
 * The overview into Excel: as a new workbook where Excel opens one (Excel.createWorkbook, ExcelApi
 * 1.8; its charts come in the file), else as new sheets at the end of this workbook
 * (insertWorksheetsFromBase64, ExcelApi 1.13) with the charts drawn by Office.js (ExcelApi 1.1),
 * since Excel inserts a file's sheets without their charts. The user's own sheets are never
 * touched: the inserted sheets get names the workbook does not have.
 */
export async function writeOverview(run: ExcelRun, file: OverviewFile): Promise<OverviewWritten> {
  const online = String(Office.context.platform) === 'OfficeOnline';
  const fits = (base64: string) => !online || base64.length <= WEB_REQUEST_LIMIT;
  const base64 = toBase64(file.bytes);
  if (isSupported('createWorkbook') && fits(base64)) {
    try {
      await Excel.createWorkbook(base64);
      return { where: 'workbook' };
    } catch {
      // Refused (the extension-hardening policy, office-js #3568): into this workbook instead.
    }
  }
  if (!isSupported('insertSheets')) return { where: 'none', reason: 'unsupported' };
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const made = await file.insertable(sheets.items.map((s) => s.name));
    const inserted = toBase64(made.bytes);
    if (!fits(inserted)) return { where: 'none', reason: 'tooLarge' } as const;
    const ids = context.workbook.insertWorksheetsFromBase64(inserted, { positionType: Excel.WorksheetPositionType.end });
    await context.sync();
    const oversikt = sheets.getItem(made.oversiktSheet);
    for (const spec of file.charts) drawChart(oversikt, spec);
    oversikt.activate();
    const added = ids.value.map((id) => sheets.getItem(id).load('name'));
    await context.sync();
    return { where: 'sheets', sheets: added.map((s) => s.name) } as const;
  });
}

/** One chart of the overview, drawn from its rectangle of cells, placed over the rows left for it. */
function drawChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const type = spec.kind === 'barStacked' ? Excel.ChartType.barStacked : Excel.ChartType.barClustered;
  const chart = sheet.charts.add(type, sheet.getRange(spec.source), Excel.ChartSeriesBy.columns);
  chart.name = spec.title;
  chart.title.text = spec.title;
  chart.setPosition(spec.from, spec.to);
  chart.legend.position = Excel.ChartLegendPosition.bottom;
  chart.axes.valueAxis.numberFormat = spec.numberFormat;
  // Bars top to bottom in the table's order, as the workbook's own charts have them.
  chart.axes.categoryAxis.reversePlotOrder = true;
  spec.colours.forEach((colour, i) => chart.series.getItemAt(i).format.fill.setSolidColor(`#${colour}`));
}
