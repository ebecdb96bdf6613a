import { unzipSync } from 'fflate';
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from '../table/grid';
import { attribute, attributes, decodeXml, elements } from './xml';

/**
 * An OpenDocument spreadsheet (.ods, what LibreOffice saves by default, common in Norwegian
 * municipalities) → WorkbookGrid. Written by hand for the same reason as the .xlsx reader: no
 * well-kept library reads it (the npm `xlsx` package is frozen with known security fixes
 * missing). Reads `content.xml` only (OpenDocument 1.2/1.3 part 1, §9.1):
 * - each `table:table` with its name, hidden when its style says `table:display="false"`;
 * - rows and cells with `number-rows-repeated` / `number-columns-repeated` (empty repeats, which
 *   LibreOffice writes to the sheet's end, are skipped, not materialised);
 * - values by `office:value-type`: float, percentage and currency (`office:value`), date
 *   (`office:date-value`, a calendar date, so no date system applies), boolean, string (the
 *   cell's paragraphs joined by line breaks, `text:s` spaces and tabs kept, comments left out);
 *   a formula's error result (`calcext:value-type="error"`) as an error value;
 * - merged areas from `number-columns-spanned` / `number-rows-spanned`.
 * Cells are only read.
 */
export function readOdsGrid(data: Uint8Array): WorkbookGrid {
  const files = unzipSync(data, { filter: (f) => f.name === 'content.xml' });
  const content = files['content.xml'];
  if (!content) throw new Error('no content.xml');
  const xml = new TextDecoder('utf-8').decode(content);
  const hiddenStyles = new Set(
    elements(xml, 'style:style')
      .filter(({ tag, body }) => /table:display\s*=\s*"false"/.test(body) && attribute(tag, 'style:family') === 'table')
      .map(({ tag }) => attribute(tag, 'style:name')),
  );
  return {
    sheets: elements(xml, 'table:table').map(({ tag, body }) => {
      const a = attributes(tag);
      const sheet = readTable(a['table:name'] ?? '', body);
      return hiddenStyles.has(a['table:style-name']) ? { ...sheet, hidden: true } : sheet;
    }),
  };
}

/** Repeats beyond this are empty filler to the sheet's end; a filled repeat this long is capped. */
const MAX_REPEAT = 10_000;

const ROW_OR_CELL = /<table:(table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(\/?)>/g;

function readTable(name: string, xml: string): SheetGrid {
  const cells: CellValue[][] = [];
  const merges: CellRange[] = [];
  let row = -1;
  let col = 0;
  let rowRepeat = 1;
  let values: CellValue[] = [];
  const endRow = () => {
    if (row < 0) return;
    const filled = values.some((v) => v !== null);
    if (filled) {
      for (let i = 0; i < Math.min(rowRepeat, MAX_REPEAT); i++) cells[row + i] = i === 0 ? values : [...values];
    }
    row += rowRepeat - 1;
  };
  ROW_OR_CELL.lastIndex = 0;
  for (let m = ROW_OR_CELL.exec(xml); m; m = ROW_OR_CELL.exec(xml)) {
    const tag = m[2]!;
    if (m[1] === 'table-row') {
      endRow();
      row++;
      col = 0;
      values = [];
      rowRepeat = Number(attribute(tag, 'table:number-rows-repeated') ?? 1);
      continue;
    }
    let body = '';
    if (m[3] !== '/') {
      const close = `</table:${m[1]}>`;
      const end = xml.indexOf(close, ROW_OR_CELL.lastIndex);
      body = xml.slice(ROW_OR_CELL.lastIndex, end < 0 ? xml.length : end);
      ROW_OR_CELL.lastIndex = end < 0 ? xml.length : end + close.length;
    }
    const repeat = Number(attribute(tag, 'table:number-columns-repeated') ?? 1);
    const value = m[1] === 'table-cell' ? cellValue(tag, body) : null;
    if (value !== null) {
      for (let i = 0; i < Math.min(repeat, MAX_REPEAT); i++) values[col + i] = value;
      const across = Number(attribute(tag, 'table:number-columns-spanned') ?? 1);
      const down = Number(attribute(tag, 'table:number-rows-spanned') ?? 1);
      if (across > 1 || down > 1) merges.push({ top: row, left: col, bottom: row + down - 1, right: col + across - 1 });
    }
    col += repeat;
  }
  endRow();
  for (let r = 0; r < cells.length; r++) {
    const own = (cells[r] ??= []);
    for (let c = 0; c < own.length; c++) own[c] ??= null;
  }
  return { name, cells, origin: { row: 0, col: 0 }, merges, tables: [] };
}

function cellValue(tag: string, body: string): CellValue {
  const type = attribute(tag, 'office:value-type');
  if (attribute(tag, 'calcext:value-type') === 'error') return { error: paragraphs(body) };
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency':
      return Number(attribute(tag, 'office:value'));
    case 'date': {
      const iso = attribute(tag, 'office:date-value') ?? '';
      const date = new Date(/T/.test(iso) ? `${iso}Z` : `${iso}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? paragraphs(body) : date;
    }
    case 'boolean':
      return attribute(tag, 'office:boolean-value') === 'true';
    case undefined:
      return null;
    default: {
      const text = attribute(tag, 'office:string-value') ?? paragraphs(body);
      return text === '' ? null : text;
    }
  }
}

/** A cell's text: its paragraphs joined by line breaks, comments (`office:annotation`) left out. */
function paragraphs(body: string): string {
  const own = body.replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/g, '');
  return elements(own, 'text:p')
    .map(({ body: p }) =>
      decodeXml(
        p
          .replace(/<text:s\b([^>]*)\/>/g, (_, a: string) => ' '.repeat(Number(attribute(a, 'text:c') ?? 1)))
          .replace(/<text:tab\b[^>]*\/>/g, '\t')
          .replace(/<text:line-break\b[^>]*\/>/g, '\n')
          .replace(/<[^>]+>/g, ''),
      ),
    )
    .join('\n');
}
