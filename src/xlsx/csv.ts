import Papa from 'papaparse';
import type { CellValue, WorkbookGrid } from '../table/grid';

/**
 * A .csv file → a one-sheet grid of texts, with papaparse; the delimiter is the one of `;` (what
 * a Norwegian Excel writes), `,` and tab that the first line holds most of, as papaparse's own
 * guess is thrown off by a short file whose quoted cells hold the delimiter. Every cell stays text: the table layer reads amounts
 * and dates from text as it does from typed cells. Excel's plain «CSV» is Windows-1252, «CSV
 * UTF-8» has a byte-order mark: text that is not valid UTF-8 is read as Windows-1252.
 */
export function readCsvGrid(bytes: Uint8Array, sheetName: string): WorkbookGrid {
  const text = decodeText(bytes);
  const result = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  const cells: CellValue[][] = result.data.map((row) => row.map((text) => (text.trim() === '' ? null : text)));
  while (cells.length > 0 && cells[cells.length - 1]!.every((v) => v === null)) cells.pop();
  return { sheets: [{ name: sheetName, cells, origin: { row: 0, col: 0 }, merges: [], tables: [] }] };
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function delimiterOf(text: string): string {
  const first = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (d: string) => first.split(d).length;
  return [';', ',', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
}
