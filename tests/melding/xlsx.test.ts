import { nb } from '../../src/i18n';
import ExcelJS from 'exceljs';
import { freeSheetNames, GENERATED_MARKER } from '../../src/sheet/generated';
import { meldingSheetSpec } from '../../src/sheet/melding-sheet';
import { writeMeldingOnlyWorkbook } from '../../src/xlsx/melding-workbook';
import { evaluate, type Scalar } from './formula';
import { buildDoc, REALISTIC_ROWS } from './fixtures';

const doc = buildDoc();
const SHEET = 'Melding Desentralisert ordning';

const loadWorkbook = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
};
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

describe('writeMeldingOnlyWorkbook', () => {
  let after: ExcelJS.Workbook;

  beforeAll(async () => {
    after = await loadWorkbook(await writeMeldingOnlyWorkbook(doc, nb));
  });

  it("holds one marked sheet per melding and nothing of the user's workbook", () => {
    expect(after.worksheets.map((ws) => ws.name)).toEqual([SHEET]);
    expect(markers(after)).toEqual([{ name: 'Behovsmelding_generert_1', ranges: [`'${SHEET}'!$A$1`] }]);
  });

  it('writes the content with number formats, text kept as text and formulas with right results', () => {
    const ws = after.getWorksheet(SHEET)!;
    expect(ws.getCell('A1').value).toBe('Behovsmelding – Vest-Viken – desentralisert ordning');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell(`D${rowOf(find(ws, 'Status'))}`).value).toBe('Komplett – ingen feil');
    expect(ws.getCell(`D${rowOf(find(ws, 'Kontaktperson'))}`).value).toBe('Kari Nordmann');
    const header = rowOf(find(ws, 'Nr.'));
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
    expect([...ws.model.merges].sort()).toEqual([...meldingSheetSpec(doc.meldinger[0]!, doc, nb).merges].sort());

    const checks = recomputeSheet(ws);
    expect(checks.length).toBeGreaterThanOrEqual(2 + 5 + 3 * 4);
    for (const c of checks) expect([c.address, c.computed]).toEqual([c.address, c.cached]);
  });

  it('sets up printing: A4 landscape, one page wide, print area, footer; no repeated header for a table that fits', () => {
    const ws = after.getWorksheet(SHEET)!;
    const spec = meldingSheetSpec(doc.meldinger[0]!, doc, nb);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: spec.page.printArea,
    });
    expect(ws.pageSetup.printTitlesRow).toBeUndefined();
    expect(ws.headerFooter.oddFooter).toBe('&LBehovsmelding – Vest-Viken – desentralisert ordning&CSide &P av &N&RGenerert 1.11.2023');
    expect(ws.getRow(rowOf(find(ws, 'Forankring'))).height).toBeGreaterThan(15);
    expect(ws.getColumn('B').width).toBe(24);
    expect(ws.views[0]).toMatchObject({ showGridLines: false });
  });

  it('keeps melding text that starts with = as text in the file', async () => {
    const tricky = buildDoc([{ ...REALISTIC_ROWS[0]!, tittel: '=SUM(1,2)', ansvar: '@kari og +USN' }]);
    const ws = (await loadWorkbook(await writeMeldingOnlyWorkbook(tricky, nb))).worksheets[0]!;
    const row = rowOf(find(ws, 'Nr.')) + 1;
    expect([ws.getCell(`B${row}`).value, ws.getCell(`E${row}`).value]).toEqual(['=SUM(1,2)', '@kari og +USN']);
    expect(ws.getCell(`B${row}`).formula).toBeUndefined();
  });

  it('marks a draft in the file too', async () => {
    const draftDoc = buildDoc([{ ...REALISTIC_ROWS[0]!, laererutdanning: undefined }]);
    const wb = await loadWorkbook(await writeMeldingOnlyWorkbook(draftDoc, nb));
    const ws = wb.worksheets[0]!;
    const errors = draftDoc.meldinger[0]!.errors;
    expect(ws.getCell(`D${rowOf(find(ws, 'Status'))}`).value).toBe(`UTKAST – ikke komplett (${errors} feil)`);
    expect(ws.getCell(`D${rowOf(find(ws, 'Status'))}`).fill).toMatchObject({ fgColor: { argb: 'FFC00000' } });
    expect(ws.headerFooter.oddHeader).toBe(`&C&"-,Bold"&KC00000UTKAST – ikke komplett (${errors} feil)`);
  });

  it('holds only the melding sheets, one per melding, each marked', async () => {
    const two = buildDoc([...REALISTIC_ROWS, { ...REALISTIC_ROWS[1]!, ordning: 'regional' }]);
    const wb = await loadWorkbook(await writeMeldingOnlyWorkbook(two, nb));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Melding Desentralisert ordning', 'Melding Regional ordning']);
    expect(markers(wb).map((n) => n.ranges)).toEqual([["'Melding Desentralisert ordning'!$A$1"], ["'Melding Regional ordning'!$A$1"]]);
    expect(wb.worksheets[1]!.getCell('A1').value).toBe('Behovsmelding – Vest-Viken – regional ordning');
  });
});

describe('melding sheet names', () => {
  it('starts each name with its partnership when one table holds many, within 31 characters and unique', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({
      ...REALISTIC_ROWS[0]!,
      partnerskap: `Kompetansenettverk Nord-Østerdal ${i + 1}`,
      ordning: i % 2 ? ('regional' as const) : ('desentralisert' as const),
    }));
    const many = buildDoc(rows);
    const names = freeSheetNames(many);
    expect(names).toHaveLength(many.meldinger.length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    const i = many.meldinger.findIndex((m) => m.partnerskap.navn.endsWith(' 99'));
    // The shared first word goes; what tells the partnerships apart stays.
    expect(names[i]).toBe('Nord-Østerdal 99 – Dekom');
    // The document (and so its JSON) carries the names the writers use.
    expect(many.meldinger.map((m) => m.sheetName)).toEqual(names);
    const wb = await loadWorkbook(await writeMeldingOnlyWorkbook(many, nb));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(names);
  });

  it('cuts a long name in the middle, keeping its end', () => {
    const two = buildDoc([
      { ...REALISTIC_ROWS[0]!, partnerskap: 'Nettverket for Nord-Østerdal og Rørosregionen 12' },
      { ...REALISTIC_ROWS[0]!, partnerskap: 'Nettverket for Sør-Trøndelag 3' },
    ]);
    expect(freeSheetNames(two)).toEqual(['Nord-Østerdal…gionen 12 – Dekom', 'Sør-Trøndelag 3 – Dekom']);
  });

  it('keeps the melding’s own name when there is one partnership', () => {
    expect(freeSheetNames(doc)).toEqual([SHEET]);
  });
});
