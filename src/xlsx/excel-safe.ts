/**
 * An exceljs workbook as bytes Excel opens without "repairing" them, and that carry every user
 * character unchanged. exceljs writes text as it gets it, and:
 *
 * - drops control characters and DEL from text (silently: a value changes), writes CR raw, which
 *   every XML reader turns into LF, and writes U+FFFE, U+FFFF and lone surrogates raw, which XML
 *   does not allow (Excel refuses the part);
 * - leaves `_xHHHH_` in text as it is, which Excel then reads as the escape of one character
 *   (a title "_x0041_" would come back as "A");
 * - writes the sheet name into the print area and print titles (`_xlnm.Print_Area`,
 *   `_xlnm.Print_Titles`) between apostrophes without doubling one inside ("'Bob's plan'!$A$1"),
 *   which Excel cannot read.
 *
 * So text is given OOXML's own escapes (ST_Xstring: `_xHHHH_` for a character XML cannot carry,
 * `_x005F_` for an underscore that would start one), and the print names are corrected in the
 * written package. No Node APIs (the pane exports with it too).
 */
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Characters XML 1.0 cannot carry, or does not keep (a reader turns CR and CR LF into LF, which is
 * why Excel itself writes `_x000D_`), that exceljs would drop (controls, DEL), or that are half a
 * character (lone surrogates).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it escapes
const UNWRITABLE = /[\0-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text Excel would read as an escape. */
const LOOKS_ESCAPED = /_(?=x[0-9A-Fa-f]{4}_)/g;

const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/** `text` as an OOXML string (ST_Xstring) that Excel reads back as `text`. */
export function xlsxText(text: string): string {
  return text.replace(LOOKS_ESCAPED, '_x005F_').replace(UNWRITABLE, (c) => `_x${hex4(c)}_`);
}

/** The workbook's bytes: its text escaped (once: call this once per workbook) and its print names readable. */
export async function writeExcelSafe(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  for (const ws of workbook.worksheets) escapeSheetText(ws);
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const names = workbook.worksheets.map((ws) => ws.name);
  return names.some((name) => name.includes("'")) ? quoteSheetNamesInPrintNames(bytes, names) : bytes;
}

function escapeSheetText(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      // The cells a merge covers give and take the value of its first cell: escape that once.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = cell.value;
      if (typeof value === 'string') cell.value = xlsxText(value);
      else if (value && typeof value === 'object' && 'richText' in value)
        cell.value = { richText: value.richText.map((run) => ({ ...run, text: xlsxText(run.text) })) };
      else if (value && typeof value === 'object' && 'formula' in value && typeof value.result === 'string')
        cell.value = { ...value, result: xlsxText(value.result) };
    }),
  );
  const hf = ws.headerFooter;
  for (const key of ['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter'] as const) {
    const text = hf[key];
    if (text) hf[key] = xlsxText(text);
  }
}

const PRINT_NAME = /(<definedName\b[^>]*\bname="_xlnm\.Print_(?:Area|Titles)"[^>]*\blocalSheetId="(\d+)"[^>]*>)([^<]*)(<\/definedName>)/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decode = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
const encode = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Doubles the apostrophes of sheet names in the print names of xl/workbook.xml, where exceljs
 * writes `'<name>'!` as it is. `names` are the sheet names in order (localSheetId is the index).
 */
export function quoteSheetNamesInPrintNames(xlsx: Uint8Array, names: readonly string[]): Uint8Array {
  const files = unzipSync(xlsx);
  const part = files['xl/workbook.xml'];
  if (!part) return xlsx;
  const fixed = strFromU8(part).replace(PRINT_NAME, (whole, open: string, id: string, text: string, close: string) => {
    const name = names[Number(id)];
    if (name === undefined || !name.includes("'")) return whole;
    const written = `'${name}'!`;
    const quoted = `'${name.replace(/'/g, "''")}'!`;
    return open + encode(decode(text).split(written).join(quoted)) + close;
  });
  const entries: Zippable = {};
  for (const [path, data] of Object.entries(files)) {
    if (!path.endsWith('/')) entries[path] = path === 'xl/workbook.xml' ? strToU8(fixed) : data;
  }
  return zipSync(entries);
}
