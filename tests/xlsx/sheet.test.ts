import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheetCells, SheetReader, type SheetContext } from '../../src/xlsx/sheet';
import { DATE, NUMBER } from '../../src/xlsx/styles';

const CTX: SheetContext = {
  sharedStrings: ['Tiltak', 'Lesing'],
  styles: { kinds: Uint8Array.of(NUMBER, DATE), elapsed: new Map() },
  date1904: false,
};

describe('SheetReader', () => {
  const files = unzipSync(new Uint8Array(readFileSync(join(__dirname, '../fixtures/lo-two-row-header.xlsx'))));
  const xml = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
  const sst = new TextDecoder().decode(files['xl/sharedStrings.xml']);
  const ctx: SheetContext = { ...CTX, sharedStrings: [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]!) };
  const whole = readSheetCells(xml, ctx);

  it('reads the same cells, merges and tables whatever pieces the text comes in', () => {
    expect(whole.cells.length).toBe(5);
    expect(whole.merges.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 60 }), (sizes) => {
        const reader = new SheetReader(ctx);
        let at = 0;
        for (let i = 0; at < xml.length; i++) {
          const size = sizes[i % sizes.length]!;
          reader.push(xml.slice(at, at + size));
          at += size;
        }
        expect(reader.end()).toEqual(whole);
      }),
      { numRuns: 50 },
    );
  });

  it('reads elements with a namespace prefix, rows and cells without r, and self-closing cells', () => {
    const prefixed =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c/><x:c s="1"><x:v>45505</x:v></x:c></x:row>' +
      '<x:row r="4"><x:c r="B4" t="inlineStr"><x:is><x:t>inne</x:t></x:is></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>' +
      '</x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>';
    const read = readSheetCells(prefixed, CTX);
    expect([1 in read.cells, 2 in read.cells]).toEqual([false, false]);
    expect({ ...read, cells: Array.from(read.cells, (r) => r ?? []) }).toEqual({
      cells: [['Tiltak', null, new Date(Date.UTC(2024, 7, 1))], [], [], [null, 'inne', false]],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      tableParts: [],
    });
  });

  it('reads an empty sheet', () => {
    expect(readSheetCells('<worksheet><sheetData/></worksheet>', CTX)).toEqual({ cells: [], merges: [], tableParts: [] });
  });
});
