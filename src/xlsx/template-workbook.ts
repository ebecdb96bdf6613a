/**
 * The workbook template (sheet/template) as .xlsx, with exceljs: `behovsmelding mal`. A new workbook
 * of its own, never a user's. No Node APIs.
 */
import ExcelJS from 'exceljs';
import type { CellValidation, TemplateSheet, TemplateSpec } from '../sheet/template/spec';
import { parseAddress } from '../table/grid';
import { toExcelStyle } from './melding-workbook';

export async function writeTemplateWorkbook(spec: TemplateSpec, created: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Behovsmelding';
  workbook.created = created;
  workbook.modified = created;
  for (const sheet of spec.sheets) addSheet(workbook, sheet, spec);
  workbook.views = [{ activeTab: spec.sheets.findIndex((s) => s.name === spec.activeSheet) } as ExcelJS.WorkbookView];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: TemplateSheet, spec: TemplateSpec): void {
  const ws = workbook.addWorksheet(sheet.name, sheet.veryHidden ? { state: 'veryHidden' } : {});
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const area of sheet.areas) {
    const style = toExcelStyle(area.style);
    // Areas and valued cells never overlap (a header row above, labels beside), so each style is set whole.
    forEachCell(ws, area.range, (cell) => (cell.style = style));
  }
  if (sheet.table) addTable(ws, sheet);
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.address);
    cell.value = c.value;
    cell.style = toExcelStyle(spec.styles[c.style]);
  }
  // exceljs 4.4 has Worksheet.dataValidations but its typings do not declare it.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) validations.add(v.range, dataValidation(v));
  if (sheet.freezeRows > 0) ws.views = [{ state: 'frozen', ySplit: sheet.freezeRows, xSplit: 0, topLeftCell: `A${sheet.freezeRows + 1}` }];
}

/** The table's header row holds the column names; exceljs writes them, the header cells keep the sheet's style. */
function addTable(ws: ExcelJS.Worksheet, sheet: TemplateSheet): void {
  const table = sheet.table!;
  const headerCells = sheet.cells.filter((c) => /^[A-Z]+1$/.test(c.address));
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: table.range.split(':')[0]!,
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: headerCells.map((c) => ({ name: String(c.value), filterButton: true })),
    rows: [headerCells.map(() => null)],
  });
}

function dataValidation(v: CellValidation): ExcelJS.DataValidation {
  const messages = {
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    ...(v.error ? { showErrorMessage: true, errorStyle: v.error.style, errorTitle: v.error.title, error: v.error.message } : {}),
  };
  const rule = v.rule;
  switch (rule.kind) {
    case 'any':
      return { type: 'any', formulae: [], ...messages } as unknown as ExcelJS.DataValidation;
    case 'list':
      return { type: 'list', allowBlank: true, formulae: [`"${rule.values.join(',')}"`], ...messages };
    case 'wholeNumber':
      return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [rule.min], ...messages };
    case 'date':
      return { type: 'date', operator: 'between', allowBlank: true, formulae: [isoDate(rule.from), isoDate(rule.to)], ...messages };
    case 'custom':
      return { type: 'custom', allowBlank: true, formulae: [rule.formula], ...messages };
  }
}

const isoDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

function forEachCell(ws: ExcelJS.Worksheet, range: string, visit: (cell: ExcelJS.Cell) => void): void {
  const [from, to = from] = range.split(':') as [string, string?];
  const a = parseAddress(from)!;
  const b = parseAddress(to)!;
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) visit(ws.getCell(r + 1, c + 1));
}
