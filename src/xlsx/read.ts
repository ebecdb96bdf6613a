import type { SheetGrid, TableHint, WorkbookGrid } from '../table/grid';
import { generatedSheetNames } from '../sheet/generated';
import { Budget, LIMITS, ReadRefusal } from './limits';
import { Package, type PackageOptions, type Relationship } from './package';
import { rangeOf, SheetReader, type SheetContext } from './sheet';
import { cellStyles } from './styles';
import { CDATA, decodeOoxmlEscapes, DONE, END, MORE, scanWhole, START, StringItem, TEXT, XmlScanner } from './xml';

/** The letter `t`: a string item's text element. */
const T = 116;
import type { Inflate } from './zip';

/**
 * An .xlsx or .xlsm file → WorkbookGrid: our own cell reader over a zip directory of our own
 * and fflate's inflate (or Node's zlib, given as `inflate`). Written by hand because no library
 * reads cells near the floor: for 100 000 rows exceljs takes 12 s and 961 MB, SheetJS 10 s
 * (issue 9, `npm run bench -- xlsx`). No Node APIs: the pane runs it in the browser. Cells are
 * only read, never written back.
 *
 * Parts of SpreadsheetML (ECMA-376 part 1, transitional and strict) it reads, and nothing else:
 * - the package: `_rels/.rels` → the workbook part wherever it is; relationship targets relative
 *   to their part or absolute from the root; part names in any case; parts in UTF-8 or UTF-16;
 * - `workbook.xml`: the sheets in tab order with `state` (hidden, veryHidden), `workbookPr
 *   date1904` (`1` or `true`), and defined names (the add-in's markers of generated sheets);
 *   chart sheets, dialog and macro sheets are not worksheets and are left out;
 * - `sharedStrings.xml`: plain and rich text (`<r>` runs joined, phonetic `<rPh>` left out);
 * - `styles.xml`: which cell styles show a date or elapsed time (styles.ts);
 * - each worksheet: cells by type (sheet.ts), `mergeCells`, and its Table parts with their
 *   range and `totalsRowCount`.
 * Hidden rows are read like any other: a filter hides rows, it does not remove tiltak.
 * Every bound of limits.ts holds: a file past one is refused with a ReadRefusal.
 */
export async function readWorkbookGrid(data: ArrayBuffer | Uint8Array, inflate?: Inflate): Promise<WorkbookGrid> {
  return readWorkbookGridSync(data instanceof Uint8Array ? data : new Uint8Array(data), inflate);
}

export function readWorkbookGridSync(data: Uint8Array, inflate?: Inflate): WorkbookGrid {
  const budget = new Budget();
  const options: PackageOptions = inflate ? { inflate, budget } : { budget };
  const pkg = new Package(data, options);
  const workbookPart = [...pkg.relationships('').values()].find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const workbookXml = pkg.text(workbookPart);
  if (workbookXml === undefined) throw new ReadRefusal({ kind: 'notAWorkbook' });
  const workbook = readWorkbookPart(workbookXml, workbookPart);
  const rels = pkg.relationships(workbookPart);
  const byType = (type: string) => [...rels.values()].find((r) => r.type === type)?.target;

  const stylesPart = byType('styles');
  const ctx: SheetContext = {
    sharedStrings: readSharedStrings(pkg, byType('sharedStrings'), budget),
    styles: cellStyles(stylesPart === undefined ? undefined : pkg.text(stylesPart), stylesPart ?? ''),
    date1904: workbook.date1904,
    budget,
  };
  const generated = new Set(generatedSheetNames(workbook.names));

  const sheets: SheetGrid[] = [];
  for (const sheet of workbook.sheets) {
    const rel = rels.get(sheet.id);
    if (!rel || rel.type !== 'worksheet') continue;
    const reader = new SheetReader(ctx, { sheet: sheet.name, part: rel.target });
    if (!pkg.readPieces(rel.target, (text) => reader.push(text))) continue;
    const { cells, merges, tableParts } = reader.end();
    const sheetRels = tableParts.length ? pkg.relationships(rel.target) : new Map<string, Relationship>();
    const tables = tableParts.flatMap((id) => {
      const part = sheetRels.get(id)?.target;
      return part === undefined ? [] : tableHint(pkg.text(part), part);
    });
    sheets.push({
      name: sheet.name,
      cells,
      origin: { row: 0, col: 0 },
      merges,
      tables,
      ...(generated.has(sheet.name) ? { generated: true } : {}),
      ...(sheet.hidden ? { hidden: true } : {}),
    });
  }
  return { sheets };
}

interface WorkbookPart {
  date1904: boolean;
  sheets: Array<{ name: string; id: string; hidden: boolean }>;
  names: Array<{ name: string; reference: string }>;
}

function readWorkbookPart(xml: string, part: string): WorkbookPart {
  const out: WorkbookPart = { date1904: false, sheets: [], names: [] };
  let name: { name: string; reference: string } | undefined;
  scanWhole(xml, { part }, (s, kind) => {
    if (kind === START) {
      const local = s.local;
      // Only the workbook's own elements: an extension list may hold a `x15:workbookPr` of its own.
      if (local === 'workbookPr' && s.depth === 2) out.date1904 = isTrue(s.attr('date1904'));
      else if (local === 'sheet' && s.depth === 3) {
        const state = s.attr('state');
        out.sheets.push({
          name: s.attr('name') ?? '',
          id: s.attr('r:id') ?? s.attr('id') ?? '',
          hidden: state === 'hidden' || state === 'veryHidden',
        });
      } else if (local === 'definedName' && s.depth === 3) {
        name = { name: s.attr('name') ?? '', reference: '' };
        out.names.push(name);
      }
    } else if (kind === END) {
      if (s.local === 'definedName') name = undefined;
    } else if (name !== undefined) {
      name.reference += s.text();
    }
  });
  return out;
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';

/** The shared string table, read in pieces: each `<si>` item's text, as many as the file's cells may use. */
function readSharedStrings(pkg: Package, part: string | undefined, budget: Budget): string[] {
  const strings: string[] = [];
  if (part === undefined) return strings;
  const scanner = new XmlScanner({ part });
  const item = new StringItem();
  let inItem = false;
  const add = (text: string) => {
    if (text.length > LIMITS.cellText) throw new ReadRefusal({ kind: 'textTooLong', max: LIMITS.cellText, where: { part } });
    budget.cells();
    strings.push(text);
  };
  const run = () => {
    for (let kind = scanner.next(); kind !== MORE && kind !== DONE; kind = scanner.next()) {
      if (kind === START && !inItem && scanner.local === 'si') {
        // Most items are `<si><t>text</t></si>`: read at once.
        if (scanner.simpleChild(T)) add(decodeOoxmlEscapes(scanner.source.slice(scanner.textStart, scanner.textEnd)));
        else {
          inItem = true;
          item.reset();
        }
      } else if (kind === END && inItem && scanner.depth === 1) {
        inItem = false;
        add(item.value());
      } else if (inItem && (kind === START || kind === END || kind === TEXT || kind === CDATA)) {
        item.token(scanner, kind);
      }
    }
  };
  if (!pkg.readPieces(part, (text) => (scanner.feed(text), run()))) return strings;
  scanner.finish();
  run();
  return strings;
}

/** A Table part → its range and totals rows; a table without a header row gives no hint where headers are. */
function tableHint(xml: string | undefined, part: string): TableHint[] {
  if (xml === undefined) return [];
  let hint: TableHint[] | undefined;
  scanWhole(xml, { part }, (s, kind) => {
    if (kind !== START || hint !== undefined || s.local !== 'table') return;
    const range = rangeOf(s.attr('ref') ?? '');
    const totals = Number(s.attr('totalsRowCount') ?? 0);
    hint =
      !range || s.attr('headerRowCount') === '0'
        ? []
        : [{ name: s.attr('displayName') ?? s.attr('name') ?? '', range, ...(totals > 0 ? { totalsRows: totals } : {}) }];
  });
  return hint ?? [];
}
