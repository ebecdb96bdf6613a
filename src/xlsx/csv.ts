// The package's types are an ambient declaration its package.json "exports" does not point at.
/// <reference path="../../node_modules/windows-1252/windows-1252.d.ts" />
import Papa from 'papaparse';
import { decode as decodeWindows1252 } from 'windows-1252';
import type { CellValue, WorkbookGrid } from '../table/grid';
import { Budget, LIMITS, ReadRefusal } from './limits';

/**
 * A .csv file → a one-sheet grid of texts, with papaparse; the delimiter is the one of `;` (what
 * a Norwegian Excel writes), `,` and tab that the first line holds most of, as papaparse's own
 * guess is thrown off by a short file whose quoted cells hold the delimiter. Every cell stays
 * text: the table layer reads amounts and dates from text as it does from typed cells.
 *
 * Excel's «CSV UTF-8» has a byte-order mark; its plain «CSV» is Windows-1252, read with a real
 * code-page table (the `windows-1252` package: Node 20's TextDecoder reads 0x80–0x9F as Latin-1
 * and drops š, €, – and curly quotes). A file that is UTF-8 but for some bytes, as when one line
 * was pasted from another program, is refused with the line named: read as either encoding, some
 * of its text would be wrong without a word.
 */
export function readCsvGrid(bytes: Uint8Array, sheetName: string): WorkbookGrid {
  const text = decodeText(bytes);
  const budget = new Budget();
  const cells: CellValue[][] = [];
  let failure: ReadRefusal | undefined;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step: (result, parser) => {
      try {
        if (cells.length >= LIMITS.rows) throw new ReadRefusal({ kind: 'outOfRange', row: cells.length + 1 });
        const row = result.data;
        if (row.length > LIMITS.columns) throw new ReadRefusal({ kind: 'outOfRange', row: cells.length + 1, column: row.length });
        cells.push(
          row.map((value) => {
            if (value.length > LIMITS.cellText) throw new ReadRefusal({ kind: 'textTooLong', max: LIMITS.cellText });
            if (value.trim() === '') return null;
            budget.cells();
            return value;
          }),
        );
      } catch (e) {
        failure = e as ReadRefusal;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  while (cells.length > 0 && cells[cells.length - 1]!.every((v) => v === null)) cells.pop();
  return { sheets: [{ name: sheetName, cells, origin: { row: 0, col: 0 }, merges: [], tables: [] }] };
}

function decodeText(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const lines = encodingsByLine(bytes);
  if (lines.foreign.length === 0) return new TextDecoder('utf-8').decode(bytes);
  // UTF-8 by its byte-order mark or by its text (lines with valid multi-byte characters), yet not all
  // of it: name the first line written in the encoding fewer lines are in.
  if (bom || lines.utf8.length > 0) {
    const utf8 = bom || lines.utf8.length >= lines.foreign.length;
    throw new ReadRefusal({ kind: 'mixedEncoding', line: utf8 ? lines.foreign[0]! : lines.utf8[0]!, utf8 });
  }
  return decodeWindows1252(bytes);
}

/**
 * The lines (1-based) with valid UTF-8 multi-byte characters and the lines with bytes that are
 * not UTF-8 (RFC 3629 §4: no overlong forms, surrogates or code points past U+10FFFF).
 */
export function encodingsByLine(bytes: Uint8Array): { utf8: number[]; foreign: number[] } {
  const out = { utf8: [] as number[], foreign: [] as number[] };
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 10) line++;
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f))
      ok = false;
    const list = ok ? out.utf8 : out.foreign;
    if (list[list.length - 1] !== line) list.push(line);
    i += ok ? length : 1;
  }
  return out;
}

/** Only the start of the file decides, so a file of one endless line costs no more than its parse. */
const DELIMITER_SAMPLE = 1 << 16;

function delimiterOf(text: string): string {
  const first = (text.slice(0, DELIMITER_SAMPLE).split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (d: string) => first.split(d).length;
  return [';', ',', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
}
