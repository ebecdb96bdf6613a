/**
 * The melding sheets as .xlsx, with exceljs: appended to the user's workbook (the CLI's
 * `melding --out`) or alone in a new workbook (the pane's Eksporter). No Node APIs.
 *
 * What an exceljs round trip does to the user's own sheets (scripts/measure-xlsx-roundtrip.ts
 * measures it on the test workbook with Excel-only parts added; tests/melding/xlsx.test.ts
 * asserts the kept part):
 * - kept equal cell by cell: values, formulas with their cached results, number formats,
 *   fonts, fills, borders, alignment; also merges, column widths and hidden columns, row
 *   heights, frozen panes, Excel Tables, data validation, conditional formats, notes,
 *   hyperlinks, print area and page setup, names of plain ranges;
 * - lost: charts (the drawing goes), sparklines and other x14 extensions, names that hold a
 *   constant or formula; sheet-scoped names come back workbook-scoped. exceljs has no model
 *   for pivot tables, slicers, threaded comments, shapes or form controls either (not measured).
 * exceljs also writes a print area without the row anchors (`$A1:$F7`); `save` passes it
 * `A$1:F$7` so the file gets `$A$1:$F$7`, as Excel wrote it.
 * The writer never touches a user sheet; the losses come from exceljs rewriting the file.
 */
import ExcelJS from 'exceljs';
import type { MeldingDocument } from '../domain/melding';
import {
  freeSheetNames,
  generatedSheetNames,
  GENERATED_MARKER,
  meldingSheetSpec,
  type BorderEdge,
  type CellStyle,
  type HeaderFooterSpec,
  type SheetSpec,
} from '../domain/melding-sheet';

/** The user's workbook with earlier generated sheets replaced by one sheet per melding. */
export async function writeMeldingWorkbook(input: Uint8Array | ArrayBuffer, doc: MeldingDocument): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(input as ArrayBuffer);
  removeGeneratedSheets(workbook);
  addMeldingSheets(workbook, doc);
  return save(workbook, doc);
}

/** A new workbook holding only the melding sheets. */
export async function writeMeldingOnlyWorkbook(doc: MeldingDocument): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Behovsmelding';
  workbook.created = dateOf(doc);
  addMeldingSheets(workbook, doc);
  return save(workbook, doc);
}

/**
 * Removes the sheets our markers point at, and every marker name. A marker exceljs reports
 * with several cells is ambiguous (Excel copies it into a copied sheet as a sheet-scoped name,
 * and exceljs loses the scope): its sheets are then left alone as the user's.
 */
export function removeGeneratedSheets(workbook: ExcelJS.Workbook): string[] {
  const names = workbook.definedNames.model;
  const markers = names.filter((n) => GENERATED_MARKER.isName(n.name));
  const generated = new Set(
    generatedSheetNames(markers.map((n) => ({ name: n.name, reference: n.ranges.length === 1 ? n.ranges[0]! : '' }))).map((s) =>
      s.toLowerCase(),
    ),
  );
  const removed: string[] = [];
  for (const ws of [...workbook.worksheets]) {
    if (generated.has(ws.name.toLowerCase())) {
      removed.push(ws.name);
      workbook.removeWorksheet(ws.id);
    }
  }
  if (markers.length) workbook.definedNames.model = names.filter((n) => !GENERATED_MARKER.isName(n.name));
  const view = workbook.views?.[0];
  if (view && (view.activeTab ?? 0) >= workbook.worksheets.length) view.activeTab = 0;
  return removed;
}

/** Appends one sheet per melding under a free name and marks it; returns the names used. */
export function addMeldingSheets(workbook: ExcelJS.Workbook, doc: MeldingDocument): string[] {
  const names = freeSheetNames(
    doc,
    workbook.worksheets.map((ws) => ws.name),
  );
  doc.meldinger.forEach((melding, i) => {
    const name = names[i]!;
    const ws = workbook.addWorksheet(name);
    applySheetSpec(ws, meldingSheetSpec(melding, doc));
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
    printTitlesRow: page.printTitleRows,
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

function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
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
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
