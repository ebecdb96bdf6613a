/**
 * "Lag mal" in Excel: the workbook template (sheet/template) written into the open workbook through
 * Office.js, the same description the command line renders with exceljs. Data validation is
 * ExcelApi 1.8, frozen panes 1.7, tables, sheet visibility and formats 1.1: all within the
 * manifest's minimum (1.9). One sync: the whole template is about 100 KB of requests, far below the
 * 5 MB Excel on the web accepts.
 */
import type { CellValidation, TemplateSheet, TemplateSpec, ValidationRule } from '../sheet/template/spec';
import { parseAddress } from '../table/grid';
import { styleRange } from './sheet-writer';

/** Excel column width unit → points (as sheet-writer.ts). */
const POINTS_PER_CHAR = 5.6;

/**
 * Adds the template's sheets to the workbook and returns their ids; a sheet of the same name must
 * not exist (the pane writes it only into an empty workbook).
 */
export async function writeTemplate(context: Excel.RequestContext, spec: TemplateSpec): Promise<string[]> {
  const added = spec.sheets.map((sheet) => {
    const ws = context.workbook.worksheets.add(sheet.name);
    writeSheet(ws, sheet, spec);
    return ws.load('id');
  });
  context.workbook.worksheets.getItem(spec.activeSheet).activate();
  await context.sync();
  return added.map((ws) => ws.id);
}

function writeSheet(ws: Excel.Worksheet, sheet: TemplateSheet, spec: TemplateSpec): void {
  const cells = sheet.cells.map((c) => ({ ...c, at: parseAddress(c.address)! }));
  const rows = Math.max(...cells.map((c) => c.at.row + 1));
  const cols = Math.max(...cells.map((c) => c.at.col + 1));
  // Strings as text (a leading apostrophe): an org.nr label or a JSON piece never turns into a number.
  const matrix: Array<Array<string | number>> = Array.from({ length: rows }, () => Array<string | number>(cols).fill(''));
  for (const c of cells) matrix[c.at.row]![c.at.col] = typeof c.value === 'string' ? `'${c.value}` : c.value;
  ws.getRangeByIndexes(0, 0, rows, cols).formulas = matrix;
  for (const c of cells) styleRange(ws.getRange(c.address), 1, 1, spec.styles[c.style]);
  for (const area of sheet.areas) {
    const [from, to = from] = area.range.split(':') as [string, string?];
    const a = parseAddress(from)!;
    const b = parseAddress(to)!;
    const rowCount = b.row - a.row + 1;
    const colCount = b.col - a.col + 1;
    styleRange(ws.getRangeByIndexes(a.row, a.col, rowCount, colCount), rowCount, colCount, area.style);
  }
  sheet.columnWidths.forEach((width, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = width * POINTS_PER_CHAR;
  });
  if (sheet.table) {
    const table = ws.tables.add(sheet.table.range, true);
    table.name = sheet.table.name;
    table.style = sheet.table.style;
  }
  for (const v of sheet.validations) applyValidation(ws.getRange(v.range), v);
  if (sheet.freezeRows > 0) ws.freezePanes.freezeRows(sheet.freezeRows);
  if (sheet.veryHidden) ws.visibility = 'VeryHidden';
}

/**
 * The rule first, then the input message and the alert: Excel refuses a rule set after a prompt
 * on an overlapping range (office-js #2594). A rule of `any` sets only the input message.
 */
export function applyValidation(range: Excel.Range, v: CellValidation): void {
  const dv = range.dataValidation;
  if (v.rule.kind !== 'any') {
    dv.ignoreBlanks = true;
    dv.rule = officeRule(v.rule);
  }
  dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  if (v.error) {
    dv.errorAlert = {
      showAlert: true,
      style: v.error.style === 'stop' ? 'Stop' : 'Warning',
      title: v.error.title,
      message: v.error.message,
    };
  }
}

function officeRule(rule: Exclude<ValidationRule, { kind: 'any' }>): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'wholeNumber':
      return { wholeNumber: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } };
    case 'date':
      return { date: { formula1: rule.from, formula2: rule.to, operator: 'Between' } };
    case 'custom':
      return { custom: { formula: `=${rule.formula}` } };
  }
}
