/**
 * A list as an Excel Table the coordinator can sort and filter, laid out to print: columns with
 * widths and number formats, rows tall enough for their wrapped text, A4 landscape fitted to the
 * page width with the header row repeated and page numbers in the footer (as the melding sheets).
 */
import type ExcelJS from 'exceljs';
import { formatDate } from '../domain/format';

export const FONT = { name: 'Calibri', size: 10 };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const TABLE_STYLE = { theme: 'TableStyleMedium2' as const, showRowStripes: true };

export interface Column {
  name: string;
  width: number;
  numFmt?: string;
  wrap?: boolean;
}

export function addTable(ws: ExcelJS.Worksheet, name: string, headerRow: number, columns: Column[], rows: ExcelJS.CellValue[][]): void {
  ws.addTable({
    name,
    ref: `A${headerRow}`,
    headerRow: true,
    style: TABLE_STYLE,
    columns: columns.map((c) => ({ name: c.name, filterButton: true })),
    rows,
  });
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
    for (let r = headerRow + 1; r <= headerRow + rows.length; r++) {
      const cell = ws.getCell(r, i + 1);
      cell.font = FONT;
      cell.alignment = { vertical: 'top', wrapText: c.wrap ?? false };
      if (c.numFmt) cell.numFmt = c.numFmt;
    }
  });
  rows.forEach((values, i) => fitRowHeight(ws.getRow(headerRow + 1 + i), values, columns));
  // The table style colours the header in Excel; the fill keeps it on paper and in other programs.
  columns.forEach((c, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: c.numFmt ? 'right' : 'left' };
  });
}

const LINE_POINTS = 13;
/** Characters of 10-point Calibri on one line of a column `width` (Excel's width unit is an 11-point digit). */
const charsPerLine = (width: number) => Math.max(1, Math.floor(width * 1.15));

/**
 * Rows tall enough for their wrapped text: Excel grows them when it edits a cell, but a file
 * written here has no computed heights, and LibreOffice and print previews would clip the text.
 */
function fitRowHeight(row: ExcelJS.Row, values: readonly ExcelJS.CellValue[], columns: readonly Column[]): void {
  let lines = 1;
  values.forEach((value, i) => {
    const column = columns[i]!;
    if (!column.wrap || typeof value !== 'string') return;
    const wrapped = value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / charsPerLine(column.width))), 0);
    lines = Math.max(lines, wrapped);
  });
  if (lines > 1) row.height = lines * LINE_POINTS;
}

export function note(ws: ExcelJS.Worksheet, row: number, text: string): void {
  ws.getCell(row, 1).value = text;
  ws.getCell(row, 1).font = { ...FONT, italic: true };
}

export function pageSetup(ws: ExcelJS.Worksheet, headerRow: number, footer: { title: string; generated: string }): void {
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
    oddFooter: `&L${footer.title}&CSide &P av &N&RGenerert ${formatDate(footer.generated)}`,
  };
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
}
