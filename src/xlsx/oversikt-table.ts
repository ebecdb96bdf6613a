/**
 * A list as an Excel Table the coordinator can sort and filter, laid out to print: columns with
 * widths and number formats, rows tall enough for their wrapped text, A4 landscape fitted to the
 * page width with the header row repeated and page numbers in the footer (as the melding sheets).
 */
import type ExcelJS from 'exceljs';

export const FONT = { name: 'Calibri', size: 10 };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const TABLE_STYLE = { theme: 'TableStyleMedium2' as const, showRowStripes: true };

export interface Column {
  name: string;
  /** Widest the column gets, in Excel's width unit; longer values wrap. */
  max: number;
  numFmt?: string;
}

/**
 * Adds the list as an Excel Table. Each column is as wide as its longest value (within `max`; the
 * header may wrap between words), so no name is cut; a value longer than `max` wraps, and its row
 * grows to show it. Returns the widths chosen.
 */
export function addTable(ws: ExcelJS.Worksheet, name: string, headerRow: number, columns: Column[], rows: ExcelJS.CellValue[][]): number[] {
  ws.addTable({
    name,
    ref: `A${headerRow}`,
    headerRow: true,
    style: TABLE_STYLE,
    columns: columns.map((c) => ({ name: c.name, filterButton: true })),
    rows,
  });
  const widths = columns.map((c, i) => fitWidth(c, rows, i));
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = widths[i]!;
    const wrap = rows.some((values) => shownLength(values[i], c) + PADDING > widths[i]! * CHARS_PER_WIDTH);
    for (let r = headerRow + 1; r <= headerRow + rows.length; r++) {
      const cell = ws.getCell(r, i + 1);
      cell.font = FONT;
      cell.alignment = { vertical: 'top', wrapText: wrap };
      if (c.numFmt) cell.numFmt = c.numFmt;
    }
  });
  rows.forEach((values, i) => fitRowHeight(ws.getRow(headerRow + 1 + i), values, widths));
  // The table style colours the header in Excel; the fill keeps it on paper and in other programs.
  columns.forEach((c, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: c.numFmt ? 'right' : 'left' };
  });
  return widths;
}

/** Room the filter button takes beside the header text, and a little air around a value. */
const FILTER_BUTTON = 3;
const PADDING = 2;
const MIN_WIDTH = 6;

/** The longest value (or the header's longest word plus its filter button), within the column's `max`. */
function fitWidth(column: Column, rows: readonly ExcelJS.CellValue[][], i: number): number {
  let longest = Math.max(...column.name.split(/\s+/).map((word) => word.length + FILTER_BUTTON));
  for (const values of rows) longest = Math.max(longest, shownLength(values[i], column) + PADDING);
  const width = Math.min(column.max, Math.max(MIN_WIDTH, Math.ceil(longest / CHARS_PER_WIDTH)));
  // exceljs leaves out a width of exactly its default (9), and Excel's own default is narrower.
  return width === EXCELJS_DEFAULT_WIDTH ? width + 0.5 : width;
}

const EXCELJS_DEFAULT_WIDTH = 9;

/** Characters of 10-point Calibri per unit of Excel's width (an 11-point digit). */
const CHARS_PER_WIDTH = 1.15;

/** About how many characters a value shows: its text, or its number as formatted (kroner with spaces, percent). */
function shownLength(value: ExcelJS.CellValue, column: Column): number {
  const plain = value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
  if (typeof plain === 'number') {
    const digits = String(Math.round(Math.abs(plain) * (column.numFmt?.includes('%') ? 100 : 1))).length;
    return digits + Math.floor((digits - 1) / 3) + (column.numFmt?.includes('kr') ? 3 : column.numFmt?.includes('%') ? 4 : 0);
  }
  if (typeof plain === 'string') return Math.max(...plain.split('\n').map((line) => line.length));
  return plain === null || plain === undefined ? 0 : String(plain).length;
}

const LINE_POINTS = 13;

/**
 * Rows tall enough for their wrapped text: Excel grows them when it edits a cell, but a file
 * written here has no computed heights, and LibreOffice and print previews would clip the text.
 */
function fitRowHeight(row: ExcelJS.Row, values: readonly ExcelJS.CellValue[], widths: readonly number[]): void {
  let lines = 1;
  values.forEach((value, i) => {
    if (typeof value !== 'string') return;
    const perLine = Math.max(1, Math.floor(widths[i]! * CHARS_PER_WIDTH) - 1);
    const wrapped = value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, wrapped);
  });
  if (lines > 1) row.height = lines * LINE_POINTS;
}

export function note(ws: ExcelJS.Worksheet, row: number, text: string): void {
  ws.getCell(row, 1).value = text;
  ws.getCell(row, 1).font = { ...FONT, italic: true };
}

export function pageSetup(ws: ExcelJS.Worksheet, headerRow: number, footer: { title: string; page: string; generated: string }): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4 in the OOXML paper size table
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddFooter: `&L${footer.title}&C${footer.page}&R${footer.generated}`,
  };
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
}
