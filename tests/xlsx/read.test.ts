import ExcelJS from 'exceljs';
import { builtinModules } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { WorkbookGrid } from '../../src/table/grid';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { readSheetCells } from '../../src/xlsx/sheet';
import { DATE, NUMBER } from '../../src/xlsx/styles';
import { rawXlsx } from './raw-xlsx';

const AUG_15_2024 = new Date(Date.UTC(2024, 7, 15));

async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const sheet = (grid: WorkbookGrid, name: string) => grid.sheets.find((s) => s.name === name)!;

describe('readWorkbookGrid over a workbook exceljs wrote', () => {
  let bytes: Uint8Array;
  let grid: WorkbookGrid;

  beforeAll(async () => {
    bytes = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Verdier');
      ws.getRow(1).values = [
        1.5,
        'tekst',
        true,
        AUG_15_2024,
        { formula: 'A1*2', result: 3 },
        { formula: 'A1/0', result: { error: '#DIV/0!' } },
        { richText: [{ text: 'fet', font: { bold: true } }, { text: ' og vanlig' }] },
        { text: 'lenke', hyperlink: 'https://example.no' },
        { error: '#REF!' },
        { formula: 'D1', result: AUG_15_2024 },
        { formula: 'A1+1' },
      ] as ExcelJS.CellValue[];
      ws.getCell('C3').value = 'etter en tom rad';
      ws.getCell('A5').value = 'slått sammen';
      ws.mergeCells('A5:C6');
      ws.getCell('A10').value = { formula: 'ROW()', result: 10, shareType: 'shared', ref: 'A10:A12' } as ExcelJS.CellValue;
      ws.getCell('A11').value = { sharedFormula: 'A10', result: 11 } as ExcelJS.CellValue;
      ws.getCell('A12').value = { sharedFormula: 'A10', result: 12 } as ExcelJS.CellValue;

      const t = wb.addWorksheet('Tabell');
      t.addTable({
        name: 'Tiltaksliste',
        ref: 'B3',
        headerRow: true,
        columns: [{ name: 'Tiltak' }, { name: 'Beløp' }],
        rows: [
          ['Lesing', 100000],
          ['Skriving', 50000],
        ],
      });
      wb.addWorksheet('Melding').getCell('A1').value = 'Behovsmelding';
      wb.definedNames.add("'Melding'!$A$1", 'Behovsmelding_generert_1');
    });
    grid = await readWorkbookGrid(bytes);
  });

  it('gives every value kind as a plain value', () => {
    expect(sheet(grid, 'Verdier').cells[0]).toEqual([
      1.5,
      'tekst',
      true,
      AUG_15_2024,
      3,
      { error: '#DIV/0!' },
      'fet og vanlig',
      'lenke',
      { error: '#REF!' },
      AUG_15_2024,
      { error: '=A1+1 (uten beregnet verdi)' },
    ]);
  });

  it('keeps rows in place: empty rows are left out, gaps in a row are null, shared formulas give their results', () => {
    const cells = sheet(grid, 'Verdier').cells;
    expect(1 in cells).toBe(false);
    expect(cells[2]).toEqual([null, null, 'etter en tom rad']);
    expect([cells[9]?.[0], cells[10]?.[0], cells[11]?.[0]]).toEqual([10, 11, 12]);
  });

  it('reports merged areas 0-based and leaves their other cells empty, as Excel shows them', () => {
    const s = sheet(grid, 'Verdier');
    expect(s.merges).toEqual([{ top: 4, left: 0, bottom: 5, right: 2 }]);
    // Empty cells at a row's end are left out (rows may be ragged).
    expect(s.cells[4]).toEqual(['slått sammen']);
    expect(5 in s.cells).toBe(false);
  });

  it('finds Excel Tables with their header row, and keeps sheets in workbook order from A1', () => {
    expect(grid.sheets.map((s) => s.name)).toEqual(['Verdier', 'Tabell', 'Melding']);
    expect(grid.sheets.every((s) => s.origin.row === 0 && s.origin.col === 0)).toBe(true);
    expect(sheet(grid, 'Tabell').tables).toEqual([{ name: 'Tiltaksliste', range: { top: 2, left: 1, bottom: 4, right: 2 } }]);
    expect(sheet(grid, 'Tabell').cells[2]).toEqual([null, 'Tiltak', 'Beløp']);
    expect(sheet(grid, 'Verdier').tables).toEqual([]);
  });

  it('marks only the sheets the add-in generated', () => {
    expect(grid.sheets.map((s) => s.generated ?? false)).toEqual([false, false, true]);
  });

  it('reads an ArrayBuffer like a Uint8Array and never changes the bytes it reads', async () => {
    const copy = bytes.slice();
    const fromBuffer = await readWorkbookGrid(copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.byteLength));
    expect(fromBuffer).toEqual(grid);
    expect(copy).toEqual(bytes);
  });
});

describe('readWorkbookGrid over cells stored the way Excel stores them', () => {
  let grid: WorkbookGrid;

  beforeAll(async () => {
    const bytes = await rawXlsx(
      [
        {
          name: 'Ark1',
          rows: [
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
            '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>150000</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" s="1"><v>45519</v></c></row>',
            '<row r="3"><c r="A3" t="e"><v>#N/A</v></c><c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
              '<c r="C3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D3" t="inlineStr"><is><t>innebygd</t></is></c></row>',
            '<row r="5"><c r="A5"><f t="shared" ref="A5:A6" si="0">ROW()</f><v>5</v></c></row>',
            '<row r="6"><c r="A6"><f t="shared" si="0"/><v>6</v></c></row>',
            '<row r="7"><c r="A7"><f>B2*2</f></c><c r="B7" t="e"><f>Ark9!A1</f><v>#REF!</v></c></row>',
            '<row r="9"><c r="A9" t="s"><v>0</v></c></row>',
          ].join(''),
          after: '<mergeCells count="1"><mergeCell ref="A9:C10"/></mergeCells>',
        },
        {
          name: 'Liste',
          rows:
            '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>' +
            '<row r="3"><c r="B3" t="s"><v>3</v></c><c r="C3"><v>100</v></c></row>',
          table:
            '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Tabell1" displayName="Tabell1" ref="B2:C3">' +
            '<autoFilter ref="B2:C3"/><tableColumns count="2"><tableColumn id="1" name="Tiltak"/><tableColumn id="2" name="Beløp"/></tableColumns>' +
            '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
        },
      ],
      ['Tiltak', 'Beløp', '<r><rPr><b/></rPr><t>Fet</t></r><r><t xml:space="preserve"> og vanlig</t></r>', 'Lesing'],
    );
    grid = await readWorkbookGrid(bytes);
  });

  it('reads shared and inline strings, booleans, date-formatted serials and errors', () => {
    const cells = sheet(grid, 'Ark1').cells;
    expect(cells[0]).toEqual(['Tiltak', 'Beløp']);
    expect(cells[1]).toEqual(['Fet og vanlig', 150000, true, AUG_15_2024]);
    expect(cells[2]).toEqual([{ error: '#N/A' }, { error: '#DIV/0!' }, 'ab', 'innebygd']);
  });

  it('gives formulas their cached result, and an error value naming the formula when none was saved', () => {
    const cells = sheet(grid, 'Ark1').cells;
    expect([cells[4]?.[0], cells[5]?.[0]]).toEqual([5, 6]);
    expect(cells[6]).toEqual([{ error: '=B2*2 (uten beregnet verdi)' }, { error: '#REF!' }]);
  });

  it('reads merges and table parts', () => {
    expect(sheet(grid, 'Ark1').merges).toEqual([{ top: 8, left: 0, bottom: 9, right: 2 }]);
    expect(sheet(grid, 'Liste').tables).toEqual([{ name: 'Tabell1', range: { top: 1, left: 1, bottom: 2, right: 2 } }]);
  });
});

describe('src/xlsx/read.ts in the browser', () => {
  it('imports no Node built-in module, directly or through the modules it imports', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)) {
        if (builtins.has(spec!) || builtins.has(spec!.split('/')[0]!)) offenders.push(`${file}: ${spec}`);
        if (spec!.startsWith('.')) {
          const base = resolve(dirname(file), spec!);
          const next = [`${base}.ts`, `${base}/index.ts`].find(existsSync);
          if (next) visit(next);
        }
      }
    };
    visit(resolve(__dirname, '../../src/xlsx/read.ts'));
    expect(seen.size).toBeGreaterThan(1);
    expect(offenders).toEqual([]);
  });
});

describe('readWorkbookGrid over a sheet too large to inflate at once', () => {
  it('reads it piece by piece to the same cells as the whole text gives', async () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i % 2}</v></c><c r="B${i + 1}"><v>${i * 1.5}</v></c><c r="C${i + 1}" s="1"><v>${45000 + i}</v></c></row>`,
    ).join('');
    expect(rows.length).toBeGreaterThan(4 << 20);
    const grid = await readWorkbookGrid(
      await rawXlsx([{ name: 'Stor', rows, after: '<mergeCells count="1"><mergeCell ref="D1:E2"/></mergeCells>' }], ['Lesing', 'Skriving']),
    );
    const cells = grid.sheets[0]!.cells;
    expect(cells).toHaveLength(40_000);
    expect(cells[0]).toEqual(['Lesing', 0, new Date(Date.UTC(2023, 2, 15))]);
    const ctx = {
      sharedStrings: ['Lesing', 'Skriving'],
      styles: { kinds: Uint8Array.of(NUMBER, DATE), elapsed: new Map() },
      date1904: false,
    };
    expect(cells).toEqual(readSheetCells(`<worksheet><sheetData>${rows}</sheetData></worksheet>`, ctx).cells);
    expect(grid.sheets[0]!.merges).toEqual([{ top: 0, left: 3, bottom: 1, right: 4 }]);
  });
});
