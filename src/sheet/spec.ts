/**
 * A host-independent sheet description. The Excel add-in (Office.js) and the .xlsx writer
 * (exceljs) both apply the same SheetSpec, so the two files look alike. Pure: no Office, no DOM,
 * no Node.
 *
 * Conventions every writer follows:
 * - A string value is always text, also when it starts with `=`, `+`, `-` or `@`
 *   (`looksLikeFormula` tells a writer when it must force text, e.g. Office.js needs a
 *   leading apostrophe). Only `{ formula }` is a formula: English function names, comma
 *   separators, no leading `=`, references only to cells on the same sheet (so a renamed
 *   sheet keeps working); `result` is the value Excel would compute, for files that are
 *   read before Excel recalculates.
 * - A merge takes the value and style of its top-left cell; writers style the whole area.
 * - Column widths are in Excel character units, row heights in points. Excel does not grow
 *   rows for wrapped text in merged cells, so the spec estimates the heights itself.

 */
export interface SheetFormula {
  formula: string;
  result?: number | string;
}

export type SheetValue = string | number | SheetFormula | null;

export interface SheetCell {
  address: string;
  value: SheetValue;
  style: MeldingStyleKey;
}

export interface BorderEdge {
  weight: 'thin' | 'medium';
  /** RRGGBB */
  color: string;
}

export interface CellStyle {
  font?: { bold?: boolean; italic?: boolean; size?: number; /** RRGGBB */ color?: string };
  /** Solid fill, RRGGBB. */
  fill?: string;
  border?: { top?: BorderEdge; bottom?: BorderEdge; left?: BorderEdge; right?: BorderEdge };
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  /** Excel number format code. */
  numberFormat?: string;
}

/** Excel header/footer sections with Excel's codes (&P page, &N pages, && a literal &). */
export interface HeaderFooterSpec {
  left?: string;
  center?: string;
  right?: string;
}

export interface PageSetupSpec {
  paperSize: 'A4';
  orientation: 'landscape' | 'portrait';
  /** Fit all columns on one page width; as many pages tall as needed (0). */
  fitToWidth: 1;
  fitToHeight: 0;
  /** A1 range, e.g. `A1:M60`. */
  printArea: string;
  /**
   * Rows repeated at the top of every printed page, e.g. `20:20`; absent when the tiltak table fits on
   * its first page (Excel would repeat them over the criteria and findings pages too).
   */
  printTitleRows?: string;
  /** Inches, as Excel stores them. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  header: HeaderFooterSpec;
  footer: HeaderFooterSpec;
}

/** Text-based conditional format: cells in `range` containing `text` get `style`. */
export interface ConditionalTextFormat {
  range: string;
  containsText: string;
  style: MeldingStyleKey;
}

export interface SheetSpec {
  /** The melding's wanted sheet name; the writer may need another (see freeSheetNames). */
  name: string;
  cells: SheetCell[];
  styles: Record<MeldingStyleKey, CellStyle>;
  /** A1 ranges, e.g. `A1:M1`. */
  merges: string[];
  /** Widths of columns A, B, … in Excel character units. */
  columnWidths: number[];
  /** Row number (1-based) → height in points, where the default would cut text. */
  rowHeights: Record<number, number>;
  conditionalFormats: ConditionalTextFormat[];
  page: PageSetupSpec;
  /** Gridlines off: the sheet draws its own borders and reads like a form. */
  showGridLines: boolean;
}

// ---- The melding's style palette (writers apply it by key) ----------------------------------

/** Body font size: the row-height estimate is made for it. */
export const BODY = 10;
const GRID: BorderEdge = { weight: 'thin', color: 'A6A6A6' };
const BOXED = { top: GRID, bottom: GRID, left: GRID, right: GRID };
const TOTAL_LINE: BorderEdge = { weight: 'medium', color: '404040' };
export const NOK_FORMAT = '#,##0 "kr"';
export const PERCENT_FORMAT = '0.0 %';

export const MELDING_STYLES = {
  title: { font: { bold: true, size: 16, color: '1F3864' }, vertical: 'middle' },
  label: { font: { bold: true, size: BODY }, vertical: 'top' },
  value: { font: { size: BODY }, wrap: true, vertical: 'top', horizontal: 'left' },
  statusDraft: { font: { bold: true, size: 12, color: 'FFFFFF' }, fill: 'C00000', vertical: 'middle' },
  statusFinal: { font: { bold: true, size: 12, color: '1E4620' }, fill: 'D9EAD3', vertical: 'middle' },
  section: { font: { bold: true, size: 12, color: '1F3864' }, border: { bottom: { weight: 'medium', color: '1F3864' } } },
  tableHeader: { font: { bold: true, size: BODY }, fill: 'D9E1F2', wrap: true, vertical: 'middle', border: BOXED },
  tableHeaderNumber: {
    font: { bold: true, size: BODY },
    fill: 'D9E1F2',
    wrap: true,
    vertical: 'middle',
    horizontal: 'right',
    border: BOXED,
  },
  cell: { font: { size: BODY }, wrap: true, vertical: 'top', border: BOXED },
  cellCenter: { font: { size: BODY }, vertical: 'top', horizontal: 'center', border: BOXED },
  nok: { font: { size: BODY }, numberFormat: NOK_FORMAT, vertical: 'top', border: BOXED },
  unreadable: { font: { size: BODY, italic: true, color: 'C00000' }, vertical: 'top', horizontal: 'right', border: BOXED },
  totalLabel: { font: { bold: true, size: BODY }, border: { top: TOTAL_LINE, bottom: GRID } },
  totalNok: { font: { bold: true, size: BODY }, numberFormat: NOK_FORMAT, border: { top: TOTAL_LINE, bottom: GRID } },
  percent: { font: { size: BODY }, numberFormat: PERCENT_FORMAT, border: BOXED },
  limitMax: { font: { size: BODY }, numberFormat: '"maks "0 %', border: BOXED },
  limitMin: { font: { size: BODY }, numberFormat: '"min. "0 %', border: BOXED },
  limitNone: { font: { size: BODY, italic: true }, horizontal: 'right', border: BOXED },
  shareStatus: { font: { bold: true, size: BODY }, horizontal: 'center', border: BOXED },
  alert: { font: { bold: true, color: 'C00000' }, fill: 'F8D7DA' },
  subheading: { font: { bold: true, size: 11 }, fill: 'EDEDED', border: { top: GRID, bottom: GRID } },
  missing: { font: { size: BODY, italic: true, color: 'C00000' }, vertical: 'top' },
  findingError: { font: { bold: true, size: BODY, color: 'C00000' }, vertical: 'top', border: BOXED },
  findingWarning: { font: { bold: true, size: BODY, color: '9C5700' }, vertical: 'top', border: BOXED },
  findingInfo: { font: { bold: true, size: BODY, color: '1F3864' }, vertical: 'top', border: BOXED },
} satisfies Record<string, CellStyle>;

export type MeldingStyleKey = keyof typeof MELDING_STYLES;

/** Text a spreadsheet would take for a formula or a signed number when typed: write it as text. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
