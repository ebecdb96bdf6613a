import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbookFile } from '../../src/xlsx/open';

const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

const dir = mkdtempSync(join(tmpdir(), 'behovsmelding-open-'));
let workbookBytes: Buffer;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Tiltak').getCell('A1').value = 'Tiltak';
  workbookBytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  writeFileSync(join(dir, 'god.xlsx'), workbookBytes);
  writeFileSync(join(dir, 'notat.xlsx'), 'Tiltak;Ordning\nLesing;Regional\n');
  writeFileSync(join(dir, 'passord.xlsx'), OLE_HEADER);
  writeFileSync(join(dir, 'gammel.xls'), OLE_HEADER);
  writeFileSync(join(dir, 'avbrutt.xlsx'), workbookBytes.subarray(0, Math.floor(workbookBytes.length / 2)));
  const zip = new JSZip();
  zip.file('les-meg.txt', 'ikke en arbeidsbok');
  writeFileSync(join(dir, 'arkiv.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
  const broken = await JSZip.loadAsync(workbookBytes);
  broken.file('xl/workbook.xml', '<workbook><sheets><sheet name="Tiltak"');
  writeFileSync(join(dir, 'ødelagt.xlsx'), await broken.generateAsync({ type: 'nodebuffer' }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openWorkbookFile', () => {
  it('reads a workbook', async () => {
    const result = await openWorkbookFile(join(dir, 'god.xlsx'));
    if (!result.ok) throw new Error(result.message);
    expect(result.grid.sheets.map((s) => s.name)).toEqual(['Tiltak']);
    expect(result.grid.sheets[0]!.cells).toEqual([['Tiltak']]);
  });

  it.each([
    ['finnes-ikke.xlsx', /^Fant ikke filen «.*finnes-ikke\.xlsx»\.$/],
    ['.', /er en mappe, ikke en Excel-fil\.$/],
    ['notat.xlsx', /^«notat\.xlsx» er ikke en Excel-fil: bruk en arbeidsbok lagret som \.xlsx/],
    ['passord.xlsx', /^«passord\.xlsx» er passordbeskyttet: fjern passordet i Excel .* og prøv igjen\.$/],
    ['gammel.xls', /^«gammel\.xls» er i det gamle \.xls-formatet: .*Lagre som → «Excel-arbeidsbok \(\.xlsx\)» og prøv igjen/],
    [
      'avbrutt.xlsx',
      /^«avbrutt\.xlsx» ser ut til å være skadet og kan ikke leses: åpne den i Excel og lagre den på nytt, eller be avsenderen om en ny kopi\.$/,
    ],
    ['ødelagt.xlsx', /^«ødelagt\.xlsx» ser ut til å være skadet/],
    ['arkiv.xlsx', /^«arkiv\.xlsx» er ikke en Excel-arbeidsbok: fant ingen ark i filen\.$/],
  ])('turns %s into one Norwegian sentence', async (name, message) => {
    const result = await openWorkbookFile(join(dir, name));
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.message;
    expect(text).toMatch(message);
    expect(text).not.toMatch(/[.:]\s+\p{Lu}|\n|Error/u);
  });
});
