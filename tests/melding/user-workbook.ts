import ExcelJS from 'exceljs';

/**
 * A workbook like a municipality keeps: a title above the table, styled headers, amounts with
 * a kroner format, a formula column, a drop-down list, conditional formats, a note, a link, an
 * Excel Table, frozen header, a hidden helper column, print setup and a range name.
 */
export async function userWorkbook(extraSheets: string[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tiltak', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell('A1').value = 'Behovsmelding 2024 – Kompetansenettverk Vest-Viken';
  ws.getCell('A1').font = { bold: true, size: 14, color: { argb: 'FF1F3864' } };
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = 'Fiktive eksempeldata';
  ws.getCell('A2').font = { italic: true };
  const headers = ['Nr', 'Tiltak', 'Fase', 'Tilskudd eier', 'Tilskudd UH', 'Sum', 'Hjelpekolonne'];
  headers.forEach((h, i) => {
    const cell = ws.getCell(3, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  const rows: [string, string, string, number, number][] = [
    ['1', 'Lesing i alle fag', 'Gjennomføring', 400000, 250000],
    ['2', 'Vurdering for læring', 'Planlegging', 300000, 200000],
    ['3', '=ikke en formel', 'Vurdering', 120000.5, 80000],
  ];
  rows.forEach(([nr, tittel, fase, eier, uh], i) => {
    const r = i + 4;
    ws.getCell(r, 1).value = nr;
    ws.getCell(r, 2).value = tittel;
    ws.getCell(r, 3).value = fase;
    ws.getCell(r, 4).value = eier;
    ws.getCell(r, 5).value = uh;
    ws.getCell(r, 6).value = { formula: `D${r}+E${r}`, result: eier + uh };
    ws.getCell(r, 7).value = r * 2;
    for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = '#,##0 "kr"';
    ws.getCell(r, 3).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"Vurdering,Planlegging,Gjennomføring"'],
      showErrorMessage: true,
      error: 'Velg en fase fra listen',
    };
  });
  ws.getCell('B4').note = 'Avtalt med USN i oktober';
  ws.getCell('B8').value = { text: 'Udir om ordningen', hyperlink: 'https://www.udir.no/' };
  ws.getCell('D7').value = { formula: 'SUM(D4:D6)', result: 820000.5 };
  ws.getCell('D7').numFmt = '#,##0.00 "kr"';
  ws.getCell('D7').font = { bold: true };
  ws.addConditionalFormatting({
    ref: 'D4:D6',
    rules: [
      { type: 'cellIs', operator: 'greaterThan', formulae: ['350000'], priority: 1, style: { font: { color: { argb: 'FFC00000' } } } },
      {
        type: 'expression',
        formulae: ['$C4="Vurdering"'],
        priority: 2,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFF2CC' } } },
      },
    ],
  });
  ws.getColumn(2).width = 32;
  ws.getColumn(7).hidden = true;
  ws.getRow(3).height = 30;
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: 'landscape', printArea: 'A1:F7' };
  wb.definedNames.add('Tiltak!$D$4:$D$6', 'EierMidler');

  const table = wb.addWorksheet('Oversikt');
  table.addTable({
    name: 'Oversikt',
    ref: 'A1',
    headerRow: true,
    columns: [{ name: 'Kommune' }, { name: 'Skoler' }],
    rows: [
      ['Drammen', 14],
      ['Lier', 9],
      ['Øvre Eiker', 7],
    ],
  });

  const p = wb.addWorksheet('Partnerskap');
  const facts: [string, string][] = [
    ['Partnerskap', 'Vest-Viken'],
    ['Eiere', 'Drammen, Lier, Øvre Eiker'],
    ['Kontaktperson', 'Kari Nordmann'],
  ];
  facts.forEach(([label, value], i) => {
    p.getCell(i + 1, 1).value = label;
    p.getCell(i + 1, 2).value = value;
  });
  for (const name of extraSheets) wb.addWorksheet(name).getCell('A1').value = `Brukerens eget ark: ${name}`;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Every non-empty cell as address → { value, style }, for equality cell by cell. */
export function cellsOf(ws: ExcelJS.Worksheet): Record<string, { value: unknown; style: unknown }> {
  const out: Record<string, { value: unknown; style: unknown }> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      out[cell.address] = { value: cell.value, style: JSON.parse(JSON.stringify(cell.style)) };
    }),
  );
  return out;
}

/** exceljs keeps them on the sheet but its typings leave them out. */
export function conditionalFormatsOf(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

/** What else a sheet holds besides cells, for the round-trip comparison. */
export function sheetExtras(ws: ExcelJS.Worksheet): Record<string, unknown> {
  return {
    merges: ws.model.merges,
    widths: ws.columns?.map((c) => [c.width ?? null, c.hidden ?? false]),
    heights: ws.getRows(1, ws.rowCount)?.map((r) => r.height ?? null),
    views: ws.views,
    validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
    conditionalFormats: conditionalFormatsOf(ws),
    tables: (ws.model as unknown as { tables: { name: string; tableRef: string }[] }).tables.map((t) => [t.name, t.tableRef]),
    printArea: ws.pageSetup.printArea,
    paperSize: ws.pageSetup.paperSize,
    orientation: ws.pageSetup.orientation,
  };
}
