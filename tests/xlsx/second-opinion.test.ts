import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cellAddress, isCellError, type CellValue, type SheetGrid } from '../../src/table/grid';
import { openWorkbookBytes } from '../../src/xlsx/open-bytes';

/**
 * Our reader against a well-kept second opinion on every fixture: openpyxl for .xlsx and .xlsm,
 * LibreOffice (converting to .xlsx, then openpyxl) for .ods, Python's csv module for .csv, as
 * scripts/second-opinion.py wrote them into tests/fixtures/second-opinion.json. Where the two
 * differ, the difference is named below and asserted for what it is: each is the other reader's
 * fault (what Excel shows is on our side), so a change on either side fails this test.
 */
const DIR = join(__dirname, '../fixtures');
const FIXTURES = readdirSync(DIR).filter((f) => /\.(xlsx|xlsm|ods|csv)$/.test(f));

type Opinion = string | number | boolean | null | { error: string } | { date: string } | { time: string } | { duration: number };
interface OtherSheet {
  name: string;
  hidden: boolean;
  rows: Record<string, Opinion[]>;
  merges: string[];
}
const SECOND: Record<string, { reader: string; sheets?: OtherSheet[]; error?: string }> = JSON.parse(
  readFileSync(join(DIR, 'second-opinion.json'), 'utf8'),
);

interface Ours {
  message?: string;
  sheets: Array<{ name: string; hidden: boolean; rows: Record<string, CellValue[]>; merges: string[] }>;
}

function ours(file: string): Ours {
  const result = openWorkbookBytes(new Uint8Array(readFileSync(join(DIR, file))), file);
  if (!result.ok) return { message: result.message, sheets: [] };
  return { sheets: result.grid.sheets.map(comparable) };
}

function comparable(s: SheetGrid) {
  const rows: Record<string, CellValue[]> = {};
  s.cells.forEach((row, r) => {
    const values = Array.from(row, (v) => v ?? null);
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    if (values.length > 0) rows[String(r + 1)] = values;
  });
  const merges = s.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).sort();
  return { name: s.name, hidden: s.hidden ?? false, rows, merges };
}

/** Whether our value and the other reader's say the same, in the forms each reader gives. */
function same(mine: CellValue, other: Opinion): boolean {
  if (other === null || typeof other !== 'object') return mine === other;
  if ('error' in other) return mine !== null && isCellError(mine) && mine.error === other.error;
  if ('date' in other) return mine instanceof Date && mine.toISOString() === `${other.date}Z`;
  // A time of day: we give it on Excel's day 0 (shown as 00.01.1900), as a date cell of that time.
  if ('time' in other) return mine instanceof Date && mine.toISOString() === `1899-12-31T${other.time}Z`;
  // Elapsed time: we give the text Excel shows ("255:10:10"), openpyxl a timedelta.
  return typeof mine === 'string' && elapsedSeconds(mine).includes(other.duration);
}

/** "255:10:10" (h:mm:ss), "1392:00" (h:mm or mm:ss) → the seconds it can stand for. */
function elapsedSeconds(text: string): number[] {
  const parts = text.split(':').map(Number);
  if (parts.length === 3) return [parts[0]! * 3600 + parts[1]! * 60 + parts[2]!];
  return parts.length === 2 ? [parts[0]! * 3600 + parts[1]! * 60, parts[0]! * 60 + parts[1]!] : [];
}

/** Cells where the two differ: "Sheet!A1: ours ≠ theirs". */
function differences(file: string, mine: Ours): string[] {
  const other = SECOND[file]!;
  if (other.error !== undefined || mine.message !== undefined) return [`file: ${mine.message ?? 'read'} ≠ ${other.error ?? 'read'}`];
  const out: string[] = [];
  const theirs = other.sheets!;
  if (mine.sheets.map((s) => s.name).join('|') !== theirs.map((s) => s.name).join('|')) out.push('sheet names');
  mine.sheets.forEach((s, i) => {
    const t = theirs[i];
    if (!t) return;
    if (s.hidden !== t.hidden) out.push(`${s.name}: hidden`);
    if (s.merges.join() !== t.merges.join()) out.push(`${s.name}: merges`);
    for (const r of new Set([...Object.keys(s.rows), ...Object.keys(t.rows)])) {
      const a = s.rows[r] ?? [];
      const b = t.rows[r] ?? [];
      for (let c = 0; c < Math.max(a.length, b.length); c++) {
        if (!same(a[c] ?? null, b[c] ?? null))
          out.push(`${s.name}!${cellAddress(Number(r) - 1, c)}: ${JSON.stringify(a[c] ?? null)} ≠ ${JSON.stringify(b[c] ?? null)}`);
      }
    }
  });
  return out;
}

/**
 * Every difference, by file, and why the other reader is the one that is wrong. Cells named by
 * the sheet and address; "file" when one reader refused the file.
 */
const THEIR_FAULTS: Record<string, { why: string; differences: string[] }> = {
  'py-formula-no-value.xlsx': {
    why: 'openpyxl shows a formula saved without a result as an empty cell; we name the formula, so it is reported on its cell',
    differences: [
      'Tiltak!J2: {"error":"=200000*2 (uten beregnet verdi)"} ≠ null',
      'Tiltak!K3: {"error":"=SUM(J2:J2)/2 (uten beregnet verdi)"} ≠ null',
    ],
  },
  'std-crlf.xlsx': {
    why: 'openpyxl leaves the _xHHHH_ escapes of ECMA-376 §22.4.2.4 in the text; Excel shows the CR they stand for',
    differences: ['Tiltak!B1: "ABC\\r\\nDEF" ≠ "ABC_x000D_\\nDEF"', 'Tiltak!C1: "abc\\r\\ndef" ≠ "abc_x000D_\\ndef"'],
  },
  'py-out-of-range-date.xlsx': {
    why: 'Excel shows #### for a date serial outside 0 to 31.12.9999; openpyxl makes #VALUE! and 29.12.1899 of them, we keep the number',
    differences: ['Ark1!A1: 1000000000000 ≠ {"error":"#VALUE!"}', 'Ark1!A2: -1 ≠ {"date":"1899-12-29T00:00:00.000"}'],
  },
  'std-backslash.xlsx': {
    why: 'openpyxl does not find parts stored with Windows path separators, which Excel opens',
    differences: ['file: read ≠ KeyError: "There is no item named \'xl/workbook.xml\' in the archive"'],
  },
  'std-strict-iso.xlsx': {
    why: 'openpyxl cannot open Strict OOXML (ISO/IEC 29500 strict), which Excel writes and reads',
    differences: ["file: read ≠ TypeError: expected <class 'openpyxl.styles.fills.Fill'>"],
  },
  'lo-xls-renamed.xlsx': {
    why: 'an old .xls under an .xlsx name: neither reads it, and we say it is the old format',
    differences: [
      'file: «lo-xls-renamed.xlsx» er i det gamle .xls-formatet: åpne den i Excel eller LibreOffice, velg Fil → Lagre som → «Excel-arbeidsbok (.xlsx)» og prøv igjen med den nye filen. ≠ BadZipFile: File is not a zip file',
    ],
  },
  'py-mixed-encoding.csv': {
    why: 'the UTF-8 lines become mojibake when the file is read as Windows-1252 whole; we refuse it and name the line to fix',
    differences: [
      'file: «py-mixed-encoding.csv» er lagret som UTF-8, men linje 3 har tegn i en annen tegnkoding (som Windows-1252) som ville blitt lest feil: lagre filen på nytt som «CSV UTF-8» i Excel og prøv igjen. ≠ read',
    ],
  },
};

describe.each(FIXTURES)('%s', (file) => {
  it('reads what the second opinion reads, but for the other reader’s faults named here', () => {
    expect(SECOND[file]).toBeDefined();
    expect(differences(file, ours(file))).toEqual(THEIR_FAULTS[file]?.differences ?? []);
  });
});

describe('the second opinion', () => {
  it('covers every fixture, and each fault named is a fixture’s', () => {
    expect(Object.keys(SECOND).sort()).toEqual([...FIXTURES].sort());
    expect(Object.keys(THEIR_FAULTS).filter((f) => !FIXTURES.includes(f))).toEqual([]);
  });
});
