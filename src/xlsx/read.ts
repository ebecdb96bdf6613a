import type { SheetGrid, TableHint, WorkbookGrid } from '../table/grid';
import { generatedSheetNames } from '../sheet/generated';
import { Package } from './package';
import { rangeOf, SheetReader, type SheetContext } from './sheet';
import { dateStyles } from './styles';
import { attribute, attributes, decodeEntities, elements, startTags, stringItemText } from './xml';

/**
 * An .xlsx or .xlsm file → WorkbookGrid: our own cell reader over fflate's unzip. Written by
 * hand because no library reads cells near the floor: for 100 000 rows exceljs takes 12 s and
 * 961 MB, SheetJS 10 s, this 1.5 s (issue 9, `npm run bench -- xlsx`). No Node APIs: the
 * pane's demo mode runs it in the browser. Cells are only read, never written back.
 *
 * Parts of SpreadsheetML (ECMA-376 part 1) it reads, and nothing else:
 * - the package: `_rels/.rels` → the workbook part; relationship targets relative to their
 *   part or absolute from the root; part names in any case;
 * - `workbook.xml`: the sheets in tab order with `state` (hidden, veryHidden), `workbookPr
 *   date1904` (`1` or `true`), and defined names (the add-in's markers of generated sheets);
 *   chart sheets, dialog and macro sheets are not worksheets and are left out;
 * - `sharedStrings.xml`: plain and rich text (`<r>` runs joined, phonetic `<rPh>` left out);
 * - `styles.xml`: which cell styles carry a date number format (styles.ts);
 * - each worksheet: cells by type (sheet.ts), `mergeCells`, and its Table parts with their
 *   range and `totalsRowCount`.
 * Hidden rows are read like any other: a filter hides rows, it does not remove tiltak.
 * Checked against exceljs on every fixture by tests/xlsx/fixtures.test.ts.
 */
export async function readWorkbookGrid(data: ArrayBuffer | Uint8Array): Promise<WorkbookGrid> {
  return readWorkbookGridSync(data instanceof Uint8Array ? data : new Uint8Array(data));
}

/** The reader's workbook part is missing or unreadable: the file is not a workbook. */
export class NotAWorkbook extends Error {}

export function readWorkbookGridSync(data: Uint8Array): WorkbookGrid {
  const pkg = new Package(data);
  const workbookPart = [...pkg.relationships('_rels/.rels').values()].find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const workbookXml = pkg.text(workbookPart);
  if (workbookXml === undefined) throw new NotAWorkbook(`no ${workbookPart}`);
  // A cut-off workbook part would silently list fewer sheets; it is a damaged file.
  if (!/<\/(?:[\w.-]+:)?workbook>\s*$/.test(workbookXml)) throw new Error(`${workbookPart} is incomplete`);
  const rels = pkg.relationships(workbookPart);
  const byType = (type: string) => [...rels.values()].find((r) => r.type === type)?.target;

  const sstXml = pkg.text(byType('sharedStrings') ?? '');
  const ctx: SheetContext = {
    sharedStrings: sstXml === undefined ? [] : elements(sstXml, 'si').map((si) => stringItemText(si.body)),
    dateStyles: dateStyles(pkg.text(byType('styles') ?? '')),
    date1904: isTrue(startTags(workbookXml, 'workbookPr').map((t) => attribute(t, 'date1904'))[0]),
  };

  const names = elements(workbookXml, 'definedName').map(({ tag, body }) => ({
    name: attributes(tag).name ?? '',
    reference: decodeEntities(body),
  }));
  const generated = new Set(generatedSheetNames(names));

  const sheets: SheetGrid[] = [];
  for (const tag of startTags(workbookXml, 'sheet')) {
    const a = attributes(tag);
    const rel = rels.get(a['r:id'] ?? a.id ?? '');
    if (!rel || rel.type !== 'worksheet') continue;
    const reader = new SheetReader(ctx);
    if (!pkg.readPieces(rel.target, (text) => reader.push(text))) continue;
    const name = a.name ?? '';
    const { cells, merges, tableParts } = reader.end();
    const sheetRels = tableParts.length ? pkg.relationships(rel.target) : new Map<string, { type: string; target: string }>();
    const tables = tableParts.flatMap((id) => tableHint(pkg.text(sheetRels.get(id)?.target ?? '')));
    sheets.push({
      name,
      cells,
      origin: { row: 0, col: 0 },
      merges,
      tables,
      ...(generated.has(name) ? { generated: true } : {}),
      ...(a.state === 'hidden' || a.state === 'veryHidden' ? { hidden: true } : {}),
    });
  }
  return { sheets };
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';

/** A Table part → its range and totals rows; a table without a header row gives no hint where headers are. */
function tableHint(xml: string | undefined): TableHint[] {
  const tag = xml === undefined ? undefined : startTags(xml, 'table')[0];
  if (tag === undefined) return [];
  const a = attributes(tag);
  const range = rangeOf(a.ref ?? '');
  if (!range || a.headerRowCount === '0') return [];
  const totals = Number(a.totalsRowCount ?? 0);
  return [{ name: a.displayName ?? a.name ?? '', range, ...(totals > 0 ? { totalsRows: totals } : {}) }];
}
