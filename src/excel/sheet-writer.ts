import type { CellStyle, SheetSpec, SheetValue } from '../sheet/spec';
import { parseAddress, type CellRange } from '../table/grid';
import { parseRangeAddress, rectangles } from './address';

/** Excel column width unit → points (Calibri 11: one character ≈ 7 px ≈ 5.25 pt, plus padding). */
const POINTS_PER_CHAR = 5.6;

/**
 * Sync once the queued work passes this many bytes: a request then stays near 1 MB, far from
 * the 5 MB Excel on the web accepts, however long the texts or many the tiltak.
 */
const BYTES_PER_REQUEST = 1_000_000;

/**
 * Render a SheetSpec onto a new worksheet: the values as blocks of rows (not cell by cell), each
 * style on the rectangles of cells that share it, then merges, heights, conditional formats and
 * page layout. Ends with a sync; long sheets sync between value blocks too.
 */
export async function writeSheet(context: Excel.RequestContext, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
  const budget = new RequestBudget(context);
  const cells = spec.cells.map((c) => ({ ...c, at: parseAddress(c.address)! }));
  const rows = Math.max(0, ...cells.map((c) => c.at.row + 1));
  const cols = Math.max(0, ...cells.map((c) => c.at.col + 1));
  const matrix: unknown[][] = Array.from({ length: rows }, () => Array<unknown>(cols).fill(''));
  for (const c of cells) matrix[c.at.row]![c.at.col] = cellFormula(c.value);
  for (let top = 0; top < rows;) {
    let bottom = top;
    let bytes = JSON.stringify(matrix[top]).length;
    while (bottom + 1 < rows && bytes + JSON.stringify(matrix[bottom + 1]).length <= BYTES_PER_REQUEST)
      bytes += JSON.stringify(matrix[++bottom]).length;
    await budget.spend(bytes);
    ws.getRangeByIndexes(top, 0, bottom - top + 1, cols).formulas = matrix.slice(top, bottom + 1);
    top = bottom + 1;
  }

  spec.columnWidths.forEach((width, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = width * POINTS_PER_CHAR;
  });
  // A merged area takes its top-left cell's style over the whole area (borders on every edge).
  const styleAt = new Map(spec.cells.map((c) => [c.address, c.style]));
  const areas = new Map<string, CellRange[]>();
  for (const [style, list] of groupBy(cells, (c) => c.style)) areas.set(style, rectangles(list.map((c) => c.at)));
  for (const merge of spec.merges) {
    const style = styleAt.get(merge.split(':')[0]!);
    const area = parseRangeAddress(merge);
    if (style && area) areas.get(style)?.push(area);
  }
  for (const [style, list] of areas) {
    for (const area of list) {
      await budget.spend(BYTES.styledArea);
      applyStyle(ws, area, spec.styles[style as keyof SheetSpec['styles']]);
    }
  }
  for (const merge of spec.merges) {
    await budget.spend(BYTES.small);
    ws.getRange(merge).merge(false);
  }
  for (const [row, height] of Object.entries(spec.rowHeights)) {
    await budget.spend(BYTES.small);
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  for (const cf of spec.conditionalFormats) {
    await budget.spend(BYTES.conditionalFormat);
    const format = ws.getRange(cf.range).conditionalFormats.add('ContainsText');
    format.textComparison.rule = { operator: 'Contains', text: cf.containsText };
    const style = spec.styles[cf.style];
    if (style.fill) format.textComparison.format.fill.color = `#${style.fill}`;
    if (style.font?.color) format.textComparison.format.font.color = `#${style.font.color}`;
  }
  ws.showGridlines = spec.showGridLines;
  applyPage(ws.pageLayout, spec.page);
  await context.sync();
}

/**
 * What one operation adds to a request as the Office.js client serialises it (object paths and
 * actions), rounded up from the simulated host's measurements: a styled rectangle sets up to
 * ten formats and six borders; a merge or row height is one path and one action.
 */
const BYTES = { styledArea: 4_000, small: 800, conditionalFormat: 2_000 };

/** Queues work and syncs before a request would pass BYTES_PER_REQUEST. */
class RequestBudget {
  private queued = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async spend(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > BYTES_PER_REQUEST) {
      await this.context.sync();
      this.queued = 0;
    }
    this.queued += bytes;
  }
}

/**
 * Every string is written as text (a leading apostrophe), so that "=SUM(…)", "-5 %" or a date
 * typed as words never turns into a formula, number or date; only `{ formula }` is a formula.
 */
function cellFormula(value: SheetValue): string | number {
  if (value === null) return '';
  if (typeof value === 'object') return `=${value.formula}`;
  return typeof value === 'string' ? `'${value}` : value;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const EDGES = { top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight' } as const;

/** A style on a rectangle: per-cell borders become edges plus inside lines where it spans cells. */
function applyStyle(ws: Excel.Worksheet, area: CellRange, style: CellStyle): void {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  styleRange(ws.getRangeByIndexes(area.top, area.left, rows, cols), rows, cols, style);
}

export function styleRange(range: Excel.Range, rows: number, cols: number, style: CellStyle): void {
  const f = range.format;
  if (style.font?.bold) f.font.bold = true;
  if (style.font?.italic) f.font.italic = true;
  if (style.font?.size) f.font.size = style.font.size;
  if (style.font?.color) f.font.color = `#${style.font.color}`;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.wrap) f.wrapText = true;
  if (style.horizontal) f.horizontalAlignment = style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  if (style.vertical) f.verticalAlignment = style.vertical === 'top' ? 'Top' : style.vertical === 'middle' ? 'Center' : 'Bottom';
  if (style.numberFormat) range.numberFormat = Array.from({ length: rows }, () => Array<string>(cols).fill(style.numberFormat!));
  const border = style.border ?? {};
  const lines: Array<[Excel.BorderIndex | `${Excel.BorderIndex}`, (typeof border)['top']]> = Object.entries(EDGES).map(([side, edge]) => [
    edge,
    border[side as keyof typeof EDGES],
  ]);
  if (rows > 1) lines.push(['InsideHorizontal', border.bottom ?? border.top]);
  if (cols > 1) lines.push(['InsideVertical', border.right ?? border.left]);
  for (const [index, edge] of lines) {
    if (!edge) continue;
    const line = f.borders.getItem(index as Excel.BorderIndex);
    line.style = 'Continuous';
    line.weight = edge.weight === 'medium' ? 'Medium' : 'Thin';
    line.color = `#${edge.color}`;
  }
}

/** Only documented values: fit to one page wide; the height follows the content (no vertical fit). */
function applyPage(page: Excel.PageLayout, spec: SheetSpec['page']): void {
  page.orientation = spec.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  page.zoom = { horizontalFitToPages: spec.fitToWidth };
  page.setPrintArea(spec.printArea);
  if (spec.printTitleRows) page.setPrintTitleRows(spec.printTitleRows);
  const m = spec.margins;
  page.setPrintMargins('Inches', { left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer });
  const texts = page.headersFooters.defaultForAllPages;
  texts.leftFooter = spec.footer.left ?? '';
  texts.centerFooter = spec.footer.center ?? '';
  texts.rightFooter = spec.footer.right ?? '';
  texts.leftHeader = spec.header.left ?? '';
  texts.centerHeader = spec.header.center ?? '';
  texts.rightHeader = spec.header.right ?? '';
}
