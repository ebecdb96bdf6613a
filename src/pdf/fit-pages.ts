/**
 * What keeps every word of a melding in its PDF, however long the cells are (Excel allows 32 767
 * characters in one):
 *
 * - pdfmake keeps an unbreakable block (a row with `dontBreakRows`, the header rows and the rows
 *   kept with them) on one page and silently drops what does not fit there. So a table keeps
 *   its rows whole, and its header with its first row, only while every such block is surely
 *   shorter than a page; otherwise its rows break across pages.
 * - pdfmake cuts a word wider than its column by measuring ever shorter prefixes of the rest of
 *   the word, once per line: time and memory grow with the square of the word (a 32 767-character
 *   word took minutes and gigabytes). Runs without spaces are handed over in short pieces, which
 *   pdfmake keeps together on a line as one word (its "noNewLine"), so each cut measures one piece.
 */
import type { Content, ContentTable, StyleDictionary, TableCell } from 'pdfmake/interfaces';

/** Characters per piece of a long run. */
const PIECE = 32;
const LONG_RUN = new RegExp(`\\S{${PIECE + 1},}`, 'u');
const LONG_RUNS = new RegExp(LONG_RUN.source, 'gu');

/** A character that may not start a piece: the second half of a surrogate pair, or a combining mark. */
const JOINS_PREVIOUS = /^[\uDC00-\uDFFF\p{M}]/u;

/** `text`, or its pieces when it holds a run of more than PIECE characters without a space. */
export function breakableText(text: string): string | string[] {
  if (!LONG_RUN.test(text)) return text;
  const pieces: string[] = [];
  let from = 0;
  for (const run of text.matchAll(LONG_RUNS)) {
    const end = run.index + run[0].length;
    for (let cut = run.index + PIECE; cut < end; cut += PIECE) {
      while (cut < end && JOINS_PREVIOUS.test(text.slice(cut, cut + 1))) cut++;
      if (cut >= end) break;
      pieces.push(text.slice(from, cut));
      from = cut;
    }
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** Every `text` string in a document's content with its long runs in pieces (see breakableText). */
export function withBreakableText<T extends Content | TableCell | null>(node: T): T {
  if (Array.isArray(node)) return node.map((n: Content) => withBreakableText(n)) as T;
  if (node === null || typeof node !== 'object' || Object.getPrototypeOf(node) !== Object.prototype) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === 'text' && typeof value === 'string' ? breakableText(value) : withBreakableText(value as Content);
  }
  return copy as T;
}

/** The page the tables are laid out on: A4 landscape with the melding's margins. */
export interface PageBox {
  /** Width between the side margins, points. */
  width: number;
  /** Height between the top and bottom margins, points. */
  height: number;
}

export interface TableMetrics {
  /** Font size of the table's text, points. */
  fontSize: number;
  lineHeight: number;
  /** The document's named styles, for cells that set one (font size, margins). */
  styles: StyleDictionary;
  /** Left plus right padding of a cell, and top plus bottom, points. */
  paddingX: number;
  paddingY: number;
}

/**
 * `table` with `dontBreakRows`, `headerRows` and `keepWithHeaderRows` given up where a block they
 * make could be taller than a page. A block may be unbreakable while its height bound (heightBound,
 * which already counts every character as wide as the font size) stays below a third of the page:
 * room for what the bound leaves out, the ends of lines that word wrapping leaves empty.
 */
export function unbreakableOnlyWhereItFits(table: ContentTable, page: PageBox, metrics: TableMetrics): ContentTable {
  const limit = page.height / 3;
  const given = table.table.widths;
  const widths = columnWidths(Array.isArray(given) ? given : table.table.body[0]!.map(() => '*'), page.width, metrics.paddingX);
  const heights = table.table.body.map((row) => rowHeightBound(row, widths, metrics));
  const headerRows = table.table.headerRows ?? 0;
  const keep = table.table.keepWithHeaderRows ?? 0;
  const sum = (from: number, to: number) => heights.slice(from, to).reduce((a, b) => a + b, 0);
  const headerFits = sum(0, headerRows) <= limit;
  const keptFits = headerFits && sum(0, headerRows + keep) <= limit;
  const rowsFit = heights.every((h) => h <= limit);
  return {
    ...table,
    table: {
      ...table.table,
      headerRows: headerFits ? headerRows : 0,
      keepWithHeaderRows: keptFits ? keep : 0,
      dontBreakRows: (table.table.dontBreakRows ?? false) && rowsFit,
    },
  };
}

/** Widths in points: fixed ones as given, `*` and `auto` sharing what is left. */
function columnWidths(widths: readonly (number | string)[], available: number, paddingX: number): number[] {
  const fixed = widths.reduce<number>((s, w) => s + (typeof w === 'number' ? w : 0), 0);
  const flexible = widths.filter((w) => typeof w !== 'number').length;
  const share = flexible ? (available - fixed - widths.length * paddingX) / flexible : 0;
  return widths.map((w) => (typeof w === 'number' ? w : Math.max(share, 1)));
}

/** The tallest cell of a row, points; a cell spanning columns gets their widths and the paddings between them. */
function rowHeightBound(row: readonly TableCell[], widths: readonly number[], metrics: TableMetrics): number {
  let tallest = 0;
  row.forEach((cell, column) => {
    const span = (typeof cell === 'object' && cell && 'colSpan' in cell && cell.colSpan) || 1;
    const width = widths.slice(column, column + span).reduce((s, w) => s + w, 0) + (span - 1) * metrics.paddingX;
    tallest = Math.max(tallest, cellHeightBound(cell, width, metrics));
  });
  return tallest + metrics.paddingY;
}

function cellHeightBound(cell: TableCell, width: number, metrics: TableMetrics): number {
  if (typeof cell !== 'object' || cell === null) return heightBound(String(cell ?? ''), width, metrics.fontSize, metrics.lineHeight);
  const c = cell as { text?: unknown; fontSize?: number; style?: string; margin?: unknown };
  const style = typeof c.style === 'string' ? metrics.styles[c.style] : undefined;
  const fontSize = c.fontSize ?? style?.fontSize ?? metrics.fontSize;
  const margin = c.margin ?? style?.margin;
  const marginY = Array.isArray(margin) && margin.length === 4 ? Number(margin[1]) + Number(margin[3]) : 0;
  return heightBound(plainText(c.text), width, fontSize, metrics.lineHeight) + marginY;
}

function plainText(text: unknown): string {
  if (typeof text === 'string' || typeof text === 'number') return String(text);
  if (Array.isArray(text)) return text.map(plainText).join('');
  if (text && typeof text === 'object' && 'text' in text) return plainText(text.text);
  return '';
}

/**
 * More than the height `text` can take in a column `width` points wide: every character counted
 * as wide as the font size (no Roboto glyph is wider), every line break as a new line.
 */
export function heightBound(text: string, width: number, fontSize: number, lineHeight: number): number {
  const perLine = Math.max(1, Math.floor(width / fontSize));
  let lines = 0;
  for (const paragraph of text.split('\n')) lines += Math.max(1, Math.ceil(paragraph.length / perLine));
  return lines * fontSize * lineHeight;
}
