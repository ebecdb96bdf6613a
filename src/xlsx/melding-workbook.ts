/**
 * The melding sheets as .xlsx, with exceljs, in a workbook of their own: the pane's Eksporter
 * and the CLI's `melding --out`. Never the user's workbook: an exceljs round trip of it drops
 * what exceljs does not model (the 1904 date system, sheet protection, charts, macros' content
 * type) and rewrites number formats and data validations (issue 9). No Node APIs.
 */
import ExcelJS from 'exceljs';
import type { MeldingDocument } from '../domain/melding';
import type { Texts } from '../i18n';
import { freeSheetNames, GENERATED_MARKER } from '../sheet/generated';
import { meldingSheetSpec } from '../sheet/melding-sheet';
import { type BorderEdge, type CellStyle, type HeaderFooterSpec, type SheetSpec } from '../sheet/spec';
import { writeExcelSafe } from './excel-safe';

/** A new workbook holding only the melding sheets. */
export async function writeMeldingOnlyWorkbook(doc: MeldingDocument, texts: Texts): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Behovsmelding';
  workbook.created = dateOf(doc);
  addMeldingSheets(workbook, doc, texts);
  return save(workbook, doc);
}

/** Appends one sheet per melding, named as the pane names them (freeSheetNames), and marks it; returns the names used. */
export function addMeldingSheets(workbook: ExcelJS.Workbook, doc: MeldingDocument, texts: Texts): string[] {
  const names = freeSheetNames(
    doc,
    workbook.worksheets.map((ws) => ws.name),
  );
  doc.meldinger.forEach((melding, i) => {
    const name = names[i]!;
    const ws = workbook.addWorksheet(name);
    applySheetSpec(ws, meldingSheetSpec(melding, doc, texts));
    workbook.definedNames.add(GENERATED_MARKER.reference(name), GENERATED_MARKER.name(i));
  });
  return names;
}

export function applySheetSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const styles = Object.fromEntries(Object.entries(spec.styles).map(([key, s]) => [key, toExcelStyle(s)])) as Record<
    keyof SheetSpec['styles'],
    Partial<ExcelJS.Style>
  >;
  spec.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(spec.rowHeights)) ws.getRow(Number(row)).height = height;
  for (const c of spec.cells) {
    const cell = ws.getCell(c.address);
    // A string stays text in exceljs whatever it starts with; only {formula} becomes a formula.
    cell.value = c.value as ExcelJS.CellValue;
    cell.style = styles[c.style];
  }
  mergeAll(ws, spec.merges);
  for (const cf of spec.conditionalFormats) {
    const s = spec.styles[cf.style];
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'containsText',
          operator: 'containsText',
          text: cf.containsText,
          priority: 1,
          style: {
            font: { bold: s.font?.bold, color: s.font?.color ? argb(s.font.color) : undefined },
            fill: s.fill ? { type: 'pattern', pattern: 'solid', bgColor: argb(s.fill) } : undefined,
          },
        },
      ],
    });
  }
  const page = spec.page;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4 in the OOXML paper size table
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToWidth,
    fitToHeight: page.fitToHeight,
    printArea: page.printArea,
    ...(page.printTitleRows ? { printTitlesRow: page.printTitleRows } : {}),
    margins: page.margins,
  };
  ws.headerFooter = { ...ws.headerFooter, oddHeader: headerFooter(page.header), oddFooter: headerFooter(page.footer) };
  ws.views = [{ showGridLines: spec.showGridLines }];
}

/**
 * Merges after the values, so exceljs gives the merged cells the top-left cell's style.
 * exceljs checks each new merge against all earlier ones (quadratic: 2.5 s for the 6 000 merges
 * of a 500-tiltak melding). The spec's merges never overlap (tests/melding/sheet.test.ts), so
 * each is made against an empty index and the index is put together afterwards.
 */
function mergeAll(ws: ExcelJS.Worksheet, ranges: readonly string[]): void {
  const sheet = ws as unknown as { _merges: Record<string, unknown> };
  const merged: Record<string, unknown> = { ...sheet._merges };
  for (const range of ranges) {
    sheet._merges = {};
    ws.mergeCells(range);
    Object.assign(merged, sheet._merges);
  }
  sheet._merges = merged;
}

const argb = (rgb: string) => ({ argb: `FF${rgb}` });
const edge = (e: BorderEdge | undefined): Partial<ExcelJS.Border> | undefined => e && { style: e.weight, color: argb(e.color) };

export function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (s.font) {
    style.font = { name: 'Calibri', size: s.font.size ?? 11 };
    if (s.font.bold) style.font.bold = true;
    if (s.font.italic) style.font.italic = true;
    if (s.font.color) style.font.color = argb(s.font.color);
  }
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(s.fill) };
  if (s.border) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const e = edge(s.border[side]);
      if (e) border[side] = e;
    }
    style.border = border;
  }
  if (s.wrap || s.horizontal || s.vertical) {
    style.alignment = {};
    if (s.wrap) style.alignment.wrapText = true;
    if (s.horizontal) style.alignment.horizontal = s.horizontal;
    if (s.vertical) style.alignment.vertical = s.vertical;
  }
  if (s.numberFormat) style.numFmt = s.numberFormat;
  return style;
}

function headerFooter(hf: HeaderFooterSpec): string | undefined {
  const text = (hf.left ? `&L${hf.left}` : '') + (hf.center ? `&C${hf.center}` : '') + (hf.right ? `&R${hf.right}` : '');
  return text || undefined;
}

const dateOf = (doc: MeldingDocument) => new Date(`${doc.generated}T00:00:00Z`);

/** `A1:F7` → `A$1:F$7`, which exceljs writes as `$A$1:$F$7` (it adds the column `$` itself). */
function anchoredPrintArea(area: string): string {
  return area
    .split('&&')
    .map((range) => range.replace(/\$?([A-Z]+)\$?(\d+)/g, '$1$$$2'))
    .join('&&');
}

async function save(workbook: ExcelJS.Workbook, doc: MeldingDocument): Promise<Uint8Array> {
  for (const ws of workbook.worksheets) {
    if (ws.pageSetup.printArea) ws.pageSetup.printArea = anchoredPrintArea(ws.pageSetup.printArea);
  }
  workbook.modified = dateOf(doc);
  // Excel recomputes every formula when it opens the file; the cached results serve other readers.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return writeExcelSafe(workbook);
}
