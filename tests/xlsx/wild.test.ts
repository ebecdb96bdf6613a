import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textsFor } from '../../src/i18n/all';
import type { CellValue, WorkbookGrid } from '../../src/table/grid';
import { openWorkbookBytes } from '../../src/xlsx/open-bytes';
import { zlibInflate } from '../../src/xlsx/open';

/**
 * Issue 23's twelve ways the reader once differed from Excel, each on a file made by
 * scripts/make-wild-fixtures.py in the image of a public file (tests/fixtures/README.md names it).
 */
const DIR = join(__dirname, '../fixtures');

function open(file: string): WorkbookGrid {
  const result = openWorkbookBytes(new Uint8Array(readFileSync(join(DIR, file))), file);
  if (!result.ok) throw new Error(result.message);
  return result.grid;
}

const message = (file: string, language: 'nb' | 'nn' = 'nb') => {
  const result = openWorkbookBytes(new Uint8Array(readFileSync(join(DIR, file))), file, textsFor(language));
  return result.ok ? 'read' : result.message;
};

const cells = (file: string, sheet = 0): CellValue[][] => Array.from(open(file).sheets[sheet]!.cells, (row) => row ?? []);
const utc = (...parts: [number, number, number, number?, number?, number?, number?]) => new Date(Date.UTC(...parts));

const TABLE = [
  ['Nr', 'Tiltak', 'Ordning', 'Fase', 'Tilskudd eier', 'Tilskudd UH'],
  [1, 'Lesing i alle fag', 'Desentralisert', 'Gjennomføring', 400000, 250000],
  [2, 'Vurdering for læring', 'Desentralisert', 'Planlegging', 300000, 200000],
];

describe('files as Excel shows them', () => {
  it('1: finds the workbook through the package relationships, wherever it is', () => {
    expect(open('std-root-rels.xlsx').sheets.map((s) => s.name)).toEqual(['Tiltak']);
    expect(cells('std-root-rels.xlsx')).toEqual(TABLE);
  });

  it('2: reads XML parts in UTF-16, with and without a byte-order mark', () => {
    expect(cells('std-utf16.xlsx')).toEqual(TABLE);
  });

  it('3: reads an .ods whose mimetype entry is not first, or missing', () => {
    const first = cells('lo-tiltak.ods');
    expect(first[1]!.slice(0, 2)).toEqual(['1', 'Lesing i alle fag']);
    expect(cells('lo-mimetype-last.ods')).toEqual(first);
    expect(cells('lo-no-mimetype.ods')).toEqual(first);
  });

  it('4: takes number formats from <numFmts> only, not from a differential format of the same id', () => {
    expect(cells('std-dxfs-numfmt.xlsx')).toEqual([['Oppstart', utc(2024, 7, 1)]]);
  });

  it('5: shows elapsed-time formats as the elapsed time Excel shows, and a time of day as a time', () => {
    expect(cells('py-elapsed.xlsx')).toEqual([
      ['[h]:mm:ss', '255:10:10'],
      ['[mm]:ss', '75:05'],
      ['[h]:mm', '1392:00'],
      ['h:mm', utc(1899, 11, 31, 13, 30)],
    ]);
  });

  it('6: reads t="d" dates, times and ISO durations, to the millisecond', () => {
    expect(cells('py-iso-dates.xlsx')).toEqual([[utc(2021, 0, 1)], [utc(2021, 0, 1, 10, 10, 10)], [utc(1899, 11, 31, 10, 10, 10)]]);
    // Strict OOXML: seconds with 20 digits, a time that rounds to 11:00, durations under [h]:mm.
    expect(cells('std-strict-iso.xlsx')).toEqual([[utc(2024, 7, 1), utc(2009, 0, 1, 11), utc(1899, 11, 31, 11), '24:00', '1392:00']]);
  });

  it('7: reads .ods time values as the times the .xlsx of the same document gives', () => {
    const expected = [
      ['Klokkeslett', utc(1899, 11, 31, 10, 10, 10)],
      ['Med hundredeler', utc(1899, 11, 31, 10, 10, 10, 120)],
      ['Medgått tid', '255:10:10'],
    ];
    expect(cells('lo-time.ods')).toEqual(expected);
    expect(cells('lo-time.xlsx')).toEqual(expected);
  });

  it('8: reads a literal CR LF in text as one line break, and _x000D_ as the CR Excel wrote', () => {
    expect(cells('std-crlf.xlsx')).toEqual([['Linje en\nlinje to', 'ABC\r\nDEF', 'abc\r\ndef']]);
  });

  it('9: reads CDATA in inline strings', () => {
    expect(cells('std-cdata.xlsx')).toEqual([
      ['Lesing & skriving', 'før <etter>'],
      ['12345', 'Vanlig tekst'],
    ]);
  });

  it('10: reads a Windows-1252 CSV with a real code page, bytes 0x80–0x9F included', () => {
    expect(cells('lo-windows-1252.csv')).toEqual([
      ['Kommune', 'Tiltak', 'Beløp'],
      ['Kárášjohka – Karasjok', '«Språk» og ’lesing’ “nå”', '€ 150 000'],
      ['Guovdageaidnu – Kautokeino', 'Šiellat og Žanra', '80 000'],
    ]);
  });

  it('10: refuses a CSV that mixes encodings, naming the line to fix, in both languages', () => {
    expect(message('py-mixed-encoding.csv')).toBe(
      '«py-mixed-encoding.csv» er lagret som UTF-8, men linje 3 har tegn i en annen tegnkoding (som Windows-1252) som ville blitt lest feil: lagre filen på nytt som «CSV UTF-8» i Excel og prøv igjen.',
    );
    expect(message('py-mixed-encoding.csv', 'nn')).toMatch(
      /^«py-mixed-encoding\.csv» er lagra som UTF-8, men linje 3 har teikn i ei anna teiknkoding/,
    );
  });

  it('11: gives a serial no date can show as the number, never an Invalid Date', () => {
    const read = cells('py-out-of-range-date.xlsx');
    expect(read).toEqual([[1e12], [-1], [utc(2024, 7, 1)]]);
  });

  it('12: leaves out values stored under a merged area, as Excel shows it', () => {
    const sheet = open('lo-hidden-merge.xlsx').sheets[0]!;
    expect(Array.from(sheet.cells, (r) => r ?? [])).toEqual([[null, 2], [12]]);
    expect(sheet.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 2 }]);
  });

  it('stores rows sparsely: a cell at row 1 048 576 adds one row, not a million', () => {
    const sheet = open('py-last-row.xlsx').sheets[0]!;
    expect(sheet.cells.length).toBe(1_048_576);
    expect(Object.keys(sheet.cells)).toEqual(['0', '1', '2', '1048575']);
    expect(sheet.cells[1_048_575]).toEqual(['Siste rad']);
  });

  it('reads zip names with Windows path separators', () => {
    expect(cells('std-backslash.xlsx')).toEqual(TABLE);
  });

  it('gives an .xls renamed .xlsx the .xls sentence, not "passordbeskyttet"', () => {
    expect(message('lo-xls-renamed.xlsx')).toMatch(/^«lo-xls-renamed\.xlsx» er i det gamle \.xls-formatet: /);
    expect(message('lo-xls-renamed.xlsx', 'nn')).toMatch(/^«lo-xls-renamed\.xlsx» er i det gamle \.xls-formatet: opne ho/);
  });

  it('reads a value inside an XML comment as no cell: the sum is the one Excel shows', () => {
    expect(cells('std-comment-value.xlsx')[1]).toEqual([1, 'Lesing', null, null, 400000]);
  });

  it('reads the same with Node’s zlib as with fflate', () => {
    for (const file of ['std-utf16.xlsx', 'lo-time.ods', 'py-elapsed.xlsx']) {
      const bytes = new Uint8Array(readFileSync(join(DIR, file)));
      expect(openWorkbookBytes(bytes, file, undefined, zlibInflate)).toEqual(openWorkbookBytes(bytes, file));
    }
  });
});
