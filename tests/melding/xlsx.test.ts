import type ExcelJS from 'exceljs';
import { GENERATED_MARKER, meldingSheetSpec } from '../../src/domain/melding-sheet';
import { writeMeldingOnlyWorkbook, writeMeldingWorkbook } from '../../src/xlsx/melding-workbook';
import { evaluate, type Scalar } from './formula';
import { buildDoc, REALISTIC_ROWS } from './fixtures';
import { cellsOf, conditionalFormatsOf, loadWorkbook, sheetExtras, userWorkbook } from './user-workbook';

const doc = buildDoc();
const SHEET = 'Melding Desentralisert ordning';

const markers = (wb: ExcelJS.Workbook) => wb.definedNames.model.filter((n) => GENERATED_MARKER.isName(n.name));
const find = (ws: ExcelJS.Worksheet, text: string, col = 'A') => {
  let address: string | undefined;
  ws.getColumn(col).eachCell((cell) => {
    if (address === undefined && cell.value === text) address = cell.address;
  });
  return address!;
};
const rowOf = (address: string) => Number(/\d+/.exec(address)![0]);

/** Each formula in the sheet recomputed from the file's own values, against its cached result. */
function recomputeSheet(ws: ExcelJS.Worksheet): { address: string; cached: unknown; computed: Scalar }[] {
  const lookup = (address: string): Scalar => {
    const v = ws.getCell(address).value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'number' || typeof v === 'string') return v;
    if (typeof v === 'object' && 'formula' in v && v.formula) return evaluate(v.formula, lookup);
    throw new Error(`Unexpected value at ${address}`);
  };
  const out: { address: string; cached: unknown; computed: Scalar }[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      // exceljs reads a cached <v>0</v> back as no result.
      if (v && typeof v === 'object' && 'formula' in v)
        out.push({ address: cell.address, cached: v.result ?? 0, computed: lookup(cell.address) });
    }),
  );
  return out;
}

describe('writeMeldingWorkbook', () => {
  let input: Uint8Array;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;

  beforeAll(async () => {
    input = await userWorkbook();
    before = await loadWorkbook(input);
    after = await loadWorkbook(await writeMeldingWorkbook(input, doc));
  });

  it('appends one marked sheet per melding after the user sheets', () => {
    expect(after.worksheets.map((ws) => ws.name)).toEqual(['Tiltak', 'Oversikt', 'Partnerskap', SHEET]);
    expect(markers(after)).toEqual([{ name: 'Behovsmelding_generert_1', ranges: [`'${SHEET}'!$A$1`] }]);
    expect(after.definedNames.model.find((n) => n.name === 'EierMidler')).toEqual({ name: 'EierMidler', ranges: ['Tiltak!$D$4:$D$6'] });
  });

  it('leaves the user sheets equal cell by cell: values, formulas, formats and the rest', () => {
    for (const ws of before.worksheets) {
      const again = after.getWorksheet(ws.name)!;
      expect(cellsOf(again)).toEqual(cellsOf(ws));
      expect(sheetExtras(again)).toEqual(sheetExtras(ws));
    }
    const tiltak = after.getWorksheet('Tiltak')!;
    expect(tiltak.getCell('D6')).toMatchObject({ value: 120000.5, numFmt: '#,##0 "kr"' });
    expect(tiltak.getCell('F4').value).toEqual({ formula: 'D4+E4', result: 650000 });
    expect(tiltak.getCell('B6').value).toBe('=ikke en formel');
    expect(tiltak.getCell('B4').note).toBe('Avtalt med USN i oktober');
    expect(tiltak.getCell('C4').dataValidation).toMatchObject({ type: 'list', formulae: ['"Vurdering,Planlegging,Gjennomføring"'] });
    expect(conditionalFormatsOf(tiltak)[0]!.rules).toHaveLength(2);
    expect(tiltak.getColumn(7).hidden).toBe(true);
    expect(tiltak.pageSetup.printArea).toBe('A1:F7');
  });

  it('writes the content with number formats, text kept as text and formulas with right results', () => {
    const ws = after.getWorksheet(SHEET)!;
    expect(ws.getCell('A1').value).toBe('Behovsmelding – Vest-Viken – desentralisert ordning');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell(`D${rowOf(find(ws, 'Status'))}`).value).toBe('Komplett – ingen feil');
    expect(ws.getCell(`D${rowOf(find(ws, 'Kontaktperson'))}`).value).toBe('Kari Nordmann');
    const header = rowOf(find(ws, 'Nr'));
    expect(ws.getCell(`B${header + 1}`).value).toBe('Lesing i alle fag på mellomtrinnet');
    expect(ws.getCell(`F${header + 1}`)).toMatchObject({ value: 400000, numFmt: '#,##0 "kr"' });
    expect(ws.getCell(`H${header + 1}`).value).toEqual({ formula: `SUM(F${header + 1}:G${header + 1})`, result: 650000 });
    const totals = rowOf(find(ws, 'Sum'));
    expect(ws.getCell(`H${totals}`)).toMatchObject({
      value: { formula: `SUM(H${header + 1}:H${header + 2})`, result: 1150000 },
      numFmt: '#,##0 "kr"',
    });
    const koord = rowOf(find(ws, 'Koordinator av eiers midler'));
    expect(ws.getCell(`H${koord}`).numFmt).toBe('0.0 %');
    expect(ws.getCell(`I${koord}`)).toMatchObject({ value: 0.3, numFmt: '"maks "0 %' });
    expect(ws.getCell(`J${koord}`).value).toMatchObject({ result: 'OK' });
    expect(ws.getCell(`D${rowOf(find(ws, 'Forankring'))}`).alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('B3').isMerged).toBe(true);
    expect([...ws.model.merges].sort()).toEqual([...meldingSheetSpec(doc.meldinger[0]!, doc).merges].sort());

    const checks = recomputeSheet(ws);
    expect(checks.length).toBeGreaterThanOrEqual(2 + 5 + 3 * 4);
    for (const c of checks) expect([c.address, c.computed]).toEqual([c.address, c.cached]);
  });

  it('sets up printing: A4 landscape, one page wide, repeated table header, print area, footer', () => {
    const ws = after.getWorksheet(SHEET)!;
    const header = rowOf(find(ws, 'Nr'));
    const spec = meldingSheetSpec(doc.meldinger[0]!, doc);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header}:${header}`,
      printArea: spec.page.printArea,
    });
    expect(ws.headerFooter.oddFooter).toBe('&LBehovsmelding – Vest-Viken – desentralisert ordning&CSide &P av &N&RGenerert 1.11.2023');
    expect(ws.getRow(rowOf(find(ws, 'Forankring'))).height).toBeGreaterThan(15);
    expect(ws.getColumn('B').width).toBe(24);
    expect(ws.views[0]).toMatchObject({ showGridLines: false });
  });

  it('replaces only its own sheets on a second run', async () => {
    const second = await loadWorkbook(
      await writeMeldingWorkbook(await writeMeldingWorkbook(input, doc), buildDoc(REALISTIC_ROWS.slice(0, 1))),
    );
    expect(second.worksheets.map((ws) => ws.name)).toEqual(['Tiltak', 'Oversikt', 'Partnerskap', SHEET]);
    expect(markers(second)).toHaveLength(1);
    const ws = second.getWorksheet(SHEET)!;
    const header = rowOf(find(ws, 'Nr'));
    expect(ws.getCell(`B${header + 2}`).value).toBe('Sum');
    for (const name of ['Tiltak', 'Oversikt', 'Partnerskap'])
      expect(cellsOf(second.getWorksheet(name)!)).toEqual(cellsOf(before.getWorksheet(name)!));
  });

  it('keeps a user sheet that has the name of a generated sheet and writes the melding beside it', async () => {
    const own = await userWorkbook([SHEET]);
    const once = await writeMeldingWorkbook(own, doc);
    const twice = await loadWorkbook(await writeMeldingWorkbook(once, doc));
    const generated = 'Melding Desentralisert ordn (2)';
    expect(twice.worksheets.map((ws) => ws.name)).toEqual(['Tiltak', 'Oversikt', 'Partnerskap', SHEET, generated]);
    expect(twice.getWorksheet(SHEET)!.getCell('A1').value).toBe(`Brukerens eget ark: ${SHEET}`);
    expect(twice.getWorksheet(generated)!.getCell('A1').value).toBe('Behovsmelding – Vest-Viken – desentralisert ordning');
    expect(markers(twice)).toEqual([{ name: 'Behovsmelding_generert_1', ranges: [`'${generated}'!$A$1`] }]);
  });

  it('leaves both sheets alone when a marker points at two sheets (a copy the user made)', async () => {
    const wb = await loadWorkbook(await writeMeldingWorkbook(input, doc));
    const copy = wb.addWorksheet('Min kopi');
    copy.getCell('A1').value = 'Mine notater';
    wb.definedNames.add("'Min kopi'!$A$1", 'Behovsmelding_generert_1');
    const again = await loadWorkbook(await writeMeldingWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), doc));
    expect(again.worksheets.map((ws) => ws.name)).toEqual([
      'Tiltak',
      'Oversikt',
      'Partnerskap',
      SHEET,
      'Min kopi',
      'Melding Desentralisert ordn (2)',
    ]);
    expect(again.getWorksheet('Min kopi')!.getCell('A1').value).toBe('Mine notater');
    expect(markers(again)).toEqual([{ name: 'Behovsmelding_generert_1', ranges: ["'Melding Desentralisert ordn (2)'!$A$1"] }]);
  });

  it('keeps melding text that starts with = as text in the file', async () => {
    const tricky = buildDoc([{ ...REALISTIC_ROWS[0]!, tittel: '=SUM(1,2)', ansvar: '@kari og +USN' }]);
    const ws = (await loadWorkbook(await writeMeldingOnlyWorkbook(tricky))).worksheets[0]!;
    const row = rowOf(find(ws, 'Nr')) + 1;
    expect([ws.getCell(`B${row}`).value, ws.getCell(`E${row}`).value]).toEqual(['=SUM(1,2)', '@kari og +USN']);
    expect(ws.getCell(`B${row}`).formula).toBeUndefined();
  });

  it('marks a draft in the file too', async () => {
    const draftDoc = buildDoc([{ ...REALISTIC_ROWS[0]!, laererutdanning: undefined }]);
    const wb = await loadWorkbook(await writeMeldingOnlyWorkbook(draftDoc));
    const ws = wb.worksheets[0]!;
    const errors = draftDoc.meldinger[0]!.errors;
    expect(ws.getCell(`D${rowOf(find(ws, 'Status'))}`).value).toBe(`UTKAST – ikke komplett (${errors} feil)`);
    expect(ws.getCell(`D${rowOf(find(ws, 'Status'))}`).fill).toMatchObject({ fgColor: { argb: 'FFC00000' } });
    expect(ws.headerFooter.oddHeader).toBe(`&C&"-,Bold"&KC00000UTKAST – ikke komplett (${errors} feil)`);
  });
});

describe('writeMeldingOnlyWorkbook', () => {
  it('holds only the melding sheets, one per melding, each marked', async () => {
    const two = buildDoc([...REALISTIC_ROWS, { ...REALISTIC_ROWS[1]!, ordning: 'regional' }]);
    const wb = await loadWorkbook(await writeMeldingOnlyWorkbook(two));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Melding Desentralisert ordning', 'Melding Regional ordning']);
    expect(markers(wb).map((n) => n.ranges)).toEqual([["'Melding Desentralisert ordning'!$A$1"], ["'Melding Regional ordning'!$A$1"]]);
    expect(wb.worksheets[1]!.getCell('A1').value).toBe('Behovsmelding – Vest-Viken – regional ordning');
  });
});
