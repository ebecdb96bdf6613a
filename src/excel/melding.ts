import type { MeldingDocument } from '../domain/melding';
import {
  freeSheetNames,
  GENERATED_MARKER,
  generatedSheetNames,
  looksLikeFormula,
  meldingSheetSpec,
  type CellStyle,
  type SheetSpec,
} from '../domain/melding-sheet';
import type { ExcelRun } from './port';

/** Excel column width unit → points (Calibri 11: one character ≈ 7 px ≈ 5.25 pt, plus padding). */
const POINTS_PER_CHAR = 5.6;

/**
 * Write one sheet per melding into the open workbook: remove only the sheets the add-in
 * generated before (marked by workbook names), then add the new ones. Two syncs for the whole
 * set, however many tiltak: one to learn sheet and name lists, one to write everything.
 */
export async function writeMeldingSheets(run: ExcelRun, doc: MeldingDocument): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const names = context.workbook.names.load('items/name,items/formula');
    await context.sync();

    const markers = names.items.filter((n) => GENERATED_MARKER.isName(n.name));
    const generated = new Set(generatedSheetNames(markers.map((n) => ({ name: n.name, reference: String(n.formula) }))));
    markers.forEach((n) => n.delete());
    const remaining = sheets.items.filter((s) => !generated.has(s.name));
    // Excel needs one sheet at all times: add the new sheets before deleting the old.
    const targets = freeSheetNames(
      doc,
      remaining.map((s) => s.name),
    );
    doc.meldinger.forEach((melding, i) => {
      const spec = meldingSheetSpec(melding, doc);
      const ws = context.workbook.worksheets.add(targets[i]!);
      writeSpec(ws, spec);
      context.workbook.names.add(GENERATED_MARKER.name(i), ws.getRange('A1'));
    });
    sheets.items.filter((s) => generated.has(s.name)).forEach((s) => s.delete());
    await context.sync();
    return targets;
  });
}

function writeSpec(ws: Excel.Worksheet, spec: SheetSpec): void {
  spec.columnWidths.forEach((width, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = width * POINTS_PER_CHAR;
  });
  for (const cell of spec.cells) {
    const range = ws.getRange(cell.address);
    const value = cell.value;
    if (value !== null && typeof value === 'object') range.formulas = [[`=${value.formula}`]];
    // A leading apostrophe keeps text such as "=SUM(...)" or "-5 %" from becoming a formula.
    else if (typeof value === 'string') range.values = [[looksLikeFormula(value) ? `'${value}` : value]];
    else if (value !== null) range.values = [[value]];
    applyStyle(range, spec.styles[cell.style]);
  }
  // A merged area takes its top-left cell's style over the whole area (borders on every edge).
  const styleAt = new Map(spec.cells.map((c) => [c.address, c.style]));
  for (const area of spec.merges) {
    const range = ws.getRange(area);
    range.merge(false);
    const style = styleAt.get(area.split(':')[0]!);
    if (style) applyStyle(range, spec.styles[style]);
  }
  ws.showGridlines = spec.showGridLines;
  for (const [row, height] of Object.entries(spec.rowHeights)) ws.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const cf of spec.conditionalFormats) {
    const format = ws.getRange(cf.range).conditionalFormats.add('ContainsText');
    format.textComparison.rule = { operator: 'Contains', text: cf.containsText };
    const style = spec.styles[cf.style];
    if (style.fill) format.textComparison.format.fill.color = `#${style.fill}`;
    if (style.font?.color) format.textComparison.format.font.color = `#${style.font.color}`;
  }
  const page = ws.pageLayout;
  page.orientation = spec.page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  page.zoom = { horizontalFitToPages: spec.page.fitToWidth, verticalFitToPages: spec.page.fitToHeight };
  page.setPrintArea(spec.page.printArea);
  page.setPrintTitleRows(spec.page.printTitleRows);
  const m = spec.page.margins;
  page.setPrintMargins('Inches', { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer });
  const texts = page.headersFooters.defaultForAllPages;
  texts.leftFooter = spec.page.footer.left ?? '';
  texts.centerFooter = spec.page.footer.center ?? '';
  texts.rightFooter = spec.page.footer.right ?? '';
  texts.leftHeader = spec.page.header.left ?? '';
  texts.centerHeader = spec.page.header.center ?? '';
  texts.rightHeader = spec.page.header.right ?? '';
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  if (style.font?.bold) f.font.bold = true;
  if (style.font?.italic) f.font.italic = true;
  if (style.font?.size) f.font.size = style.font.size;
  if (style.font?.color) f.font.color = `#${style.font.color}`;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.wrap) f.wrapText = true;
  if (style.horizontal) f.horizontalAlignment = style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  if (style.vertical) f.verticalAlignment = style.vertical === 'top' ? 'Top' : style.vertical === 'middle' ? 'Center' : 'Bottom';
  if (style.numberFormat) range.numberFormat = [[style.numberFormat]];
  for (const [side, edge] of Object.entries(style.border ?? {})) {
    const border = f.borders.getItem(`Edge${side.charAt(0).toUpperCase()}${side.slice(1)}` as Excel.BorderIndex);
    border.style = 'Continuous';
    border.weight = edge.weight === 'medium' ? 'Medium' : 'Thin';
    border.color = `#${edge.color}`;
  }
}
