/**
 * The kompetansenettverk's overview as .xlsx, with exceljs: "Oversikt" (totals per ordning and
 * one row per melding), "Funn", "Felles tiltak" and "Filer", each list a print-ready Excel Table
 * (oversikt-table.ts).
 */
import ExcelJS from 'exceljs';
import { formatDate, formatSource } from '../domain/format';
import { NOK_FORMAT, PERCENT_FORMAT } from '../sheet/spec';
import { SEVERITY_LABEL } from '../sheet/melding-texts';
import { breachedLimits } from '../domain/oversikt/build';
import { OVERSIKT_SHEETS, type Oversikt, type OversiktMelding } from '../domain/oversikt/model';
import type { ShareCheck } from '../domain/melding';
import { writeExcelSafe } from './excel-safe';
import { addTable, FONT, HEADER_FILL, note, pageSetup, type Column } from './oversikt-table';

const TITLE_FONT = { name: 'Calibri', size: 14, bold: true, color: { argb: 'FF1F3864' } };
const ALERT: Partial<ExcelJS.Style> = {
  font: { ...FONT, bold: true, color: { argb: 'FFC00000' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D7DA' } },
};

export async function writeOversiktWorkbook(oversikt: Oversikt): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Behovsmelding';
  workbook.created = workbook.modified = new Date(`${oversikt.generated}T00:00:00Z`);
  addOversiktSheet(workbook, oversikt);
  addFunnSheet(workbook, oversikt);
  addFellesSheet(workbook, oversikt);
  addFilerSheet(workbook, oversikt);
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return writeExcelSafe(workbook);
}

const MELDING_COLUMNS: Column[] = [
  { name: 'Fil', width: 28, wrap: true },
  { name: 'Partnerskap', width: 20, wrap: true },
  { name: 'Ordning', width: 16 },
  { name: 'Tiltak', width: 8 },
  { name: 'Tilskudd eier', width: 14, numFmt: NOK_FORMAT },
  { name: 'Tilskudd UH', width: 14, numFmt: NOK_FORMAT },
  { name: 'Sum', width: 14, numFmt: NOK_FORMAT },
  { name: 'Koordinator', width: 12, numFmt: PERCENT_FORMAT },
  { name: 'Flerårig', width: 10, numFmt: PERCENT_FORMAT },
  { name: 'Egenandel', width: 11, numFmt: PERCENT_FORMAT },
  { name: 'Status', width: 10 },
  { name: 'Feil', width: 7 },
  { name: 'Advarsler', width: 10 },
  { name: 'Over grensen', width: 26, wrap: true },
];
const SHARE_COLUMN = { koordinator: 8, flerarig: 9, egenandel: 10 } as const;

function addOversiktSheet(workbook: ExcelJS.Workbook, o: Oversikt): void {
  const ws = workbook.addWorksheet(OVERSIKT_SHEETS.oversikt);
  ws.getCell('A1').value = 'Oversikt over behovsmeldinger';
  ws.getCell('A1').font = TITLE_FONT;
  ws.getCell('A2').value =
    `${o.profile.name} – sjekket ${formatDate(o.generated)} – ${o.files.length} filer, ${o.meldinger.length} meldinger`;
  ws.getCell('A2').font = { ...FONT, italic: true };
  const headerRow = addOrdningTotals(ws, o, 4);
  if (o.meldinger.length === 0) {
    note(ws, headerRow, 'Ingen meldinger: ingen av filene kunne brukes (se arket «Filer»).');
  } else {
    const first = headerRow + 1;
    const rows = o.meldinger.map((m, i) => meldingRow(m, first + i));
    addTable(ws, 'OversiktMeldinger', headerRow, MELDING_COLUMNS, rows);
    o.meldinger.forEach((m, i) => markMelding(ws, m, first + i));
  }
  pageSetup(ws, headerRow, footer(o, OVERSIKT_SHEETS.oversikt));
}

function meldingRow(m: OversiktMelding, row: number): ExcelJS.CellValue[] {
  const share = (s: ShareCheck) => s.share;
  return [
    m.file,
    m.partnerskap,
    m.ordningNavn,
    m.tiltak,
    m.tilskuddEier,
    m.tilskuddUh,
    { formula: `E${row}+F${row}`, result: m.tilskuddEier + m.tilskuddUh },
    share(m.shares.koordinator),
    share(m.shares.flerarig),
    share(m.shares.egenandel),
    m.status,
    m.errors,
    m.warnings,
    breachedLimits(m).join('; '),
  ];
}

/** A share over its cap (or under its floor) and a draft stand out in red. */
function markMelding(ws: ExcelJS.Worksheet, m: OversiktMelding, row: number): void {
  for (const key of ['koordinator', 'flerarig', 'egenandel'] as const) {
    if (m.shares[key].ok) continue;
    const cell = ws.getCell(row, SHARE_COLUMN[key]);
    cell.font = ALERT.font!;
    cell.fill = ALERT.fill!;
  }
  if (m.status === 'utkast') ws.getCell(row, 11).font = ALERT.font!;
  if (breachedLimits(m).length) ws.getCell(row, 14).font = ALERT.font!;
}

/**
 * Totals per ordning above the melding table, as formulas over the table's columns (with the
 * results for readers that do not recalculate). Each compares the table's Ordning column with the
 * ordning's name in its own row's column A, not with a copy of the name in the formula: a string
 * in a formula may hold 255 characters at most (a profile's name may be longer), and COUNTIF and
 * SUMIF would read *, ? and ~ in a name as wildcards. Returns the row where the melding table starts.
 */
function addOrdningTotals(ws: ExcelJS.Worksheet, o: Oversikt, top: number): number {
  const headers = ['Summer per ordning', 'Meldinger', 'Komplette', 'Tiltak', 'Tilskudd eier', 'Tilskudd UH', 'Sum'];
  headers.forEach((h, i) => {
    const cell = ws.getCell(top, i + 1);
    cell.value = h;
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
  });
  const tableTop = top + o.perOrdning.length + 3;
  const first = tableTop + 1;
  const last = tableTop + Math.max(1, o.meldinger.length);
  const col = (letter: string) => `$${letter}$${first}:$${letter}$${last}`;
  o.perOrdning.forEach((t, i) => {
    const r = top + 1 + i;
    const inOrdning = `(${col('C')}=$A${r})`;
    ws.getRow(r).values = [
      t.ordningNavn,
      { formula: `SUMPRODUCT(${inOrdning}*1)`, result: t.meldinger },
      { formula: `SUMPRODUCT(${inOrdning}*(${col('K')}="komplett"))`, result: t.komplett },
      { formula: `SUMPRODUCT(${inOrdning}*${col('D')})`, result: t.tiltak },
      { formula: `SUMPRODUCT(${inOrdning}*${col('E')})`, result: t.tilskuddEier },
      { formula: `SUMPRODUCT(${inOrdning}*${col('F')})`, result: t.tilskuddUh },
      { formula: `E${r}+F${r}`, result: t.tilskuddEier + t.tilskuddUh },
    ];
  });
  const sumRow = top + 1 + o.perOrdning.length;
  const all = (key: 'meldinger' | 'komplett' | 'tiltak' | 'tilskuddEier' | 'tilskuddUh') => o.perOrdning.reduce((s, t) => s + t[key], 0);
  const span = (letter: string) => `${letter}${top + 1}:${letter}${sumRow - 1}`;
  const results = [
    all('meldinger'),
    all('komplett'),
    all('tiltak'),
    all('tilskuddEier'),
    all('tilskuddUh'),
    all('tilskuddEier') + all('tilskuddUh'),
  ];
  ws.getRow(sumRow).values = [
    'Alle',
    ...['B', 'C', 'D', 'E', 'F', 'G'].map((l, i) => ({ formula: `SUM(${span(l)})`, result: results[i]! })),
  ];
  for (let r = top + 1; r <= sumRow; r++) {
    for (let c = 1; c <= 7; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { ...FONT, bold: r === sumRow };
      if (c >= 5) cell.numFmt = NOK_FORMAT;
      if (r === sumRow) cell.border = { top: { style: 'medium', color: { argb: 'FF404040' } } };
    }
  }
  return tableTop;
}

const FUNN_COLUMNS: Column[] = [
  { name: 'Fil', width: 26, wrap: true },
  { name: 'Ark', width: 12 },
  { name: 'Celle', width: 12, wrap: true },
  { name: 'Regel', width: 30 },
  { name: 'Alvorlighet', width: 11 },
  { name: 'Melding', width: 60, wrap: true },
  { name: 'Kilde', width: 40, wrap: true },
];

function addFunnSheet(workbook: ExcelJS.Workbook, o: Oversikt): void {
  const ws = workbook.addWorksheet(OVERSIKT_SHEETS.funn);
  if (o.findings.length === 0) note(ws, 1, 'Ingen funn i noen av meldingene.');
  else
    addTable(
      ws,
      'OversiktFunn',
      1,
      FUNN_COLUMNS,
      o.findings.map((f) => [
        f.file,
        f.sheet,
        f.cells.join(', '),
        f.rule,
        SEVERITY_LABEL[f.severity],
        f.message,
        f.source ? formatSource(f.source) : '',
      ]),
    );
  pageSetup(ws, 1, footer(o, OVERSIKT_SHEETS.funn));
}

const FELLES_COLUMNS: Column[] = [
  { name: 'Gruppe', width: 8 },
  { name: 'Ordning', width: 14 },
  { name: 'Fase', width: 22, wrap: true },
  { name: 'Fil', width: 24, wrap: true },
  { name: 'Rad', width: 6 },
  { name: 'Partnerskap', width: 16, wrap: true },
  { name: 'Eiere', width: 16, wrap: true },
  { name: 'Tiltak', width: 26, wrap: true },
  { name: 'Beskrivelse', width: 40, wrap: true },
  { name: 'Felles ord', width: 26, wrap: true },
  { name: 'Likhet', width: 8, numFmt: '0 %' },
];

function addFellesSheet(workbook: ExcelJS.Workbook, o: Oversikt): void {
  const ws = workbook.addWorksheet(OVERSIKT_SHEETS.felles);
  if (o.felles.length === 0) note(ws, 1, 'Ingen kandidater: ingen tiltak fra ulike eiere i samme ordning og fase beskriver det samme.');
  else
    addTable(
      ws,
      'OversiktFelles',
      1,
      FELLES_COLUMNS,
      o.felles.flatMap((group, g) =>
        group.tiltak.map((t, i) => [
          g + 1,
          group.ordningNavn,
          group.faseNavn,
          t.file,
          t.row,
          t.partnerskap,
          t.eiere.join(', '),
          t.tittel,
          t.beskrivelse,
          group.terms.join(', '),
          Math.round(group.likhet[i]! * 100) / 100,
        ]),
      ),
    );
  pageSetup(ws, 1, footer(o, OVERSIKT_SHEETS.felles));
}

const FILER_COLUMNS: Column[] = [
  { name: 'Fil', width: 40, wrap: true },
  { name: 'Hvorfor den ikke kunne brukes', width: 90, wrap: true },
];

function addFilerSheet(workbook: ExcelJS.Workbook, o: Oversikt): void {
  const ws = workbook.addWorksheet(OVERSIKT_SHEETS.filer);
  const unusable = o.files.filter((f) => !f.ok);
  if (unusable.length === 0) note(ws, 1, `Alle ${o.files.length} filene kunne brukes.`);
  else
    addTable(
      ws,
      'OversiktFiler',
      1,
      FILER_COLUMNS,
      unusable.map((f) => [f.file, f.message ?? '']),
    );
  pageSetup(ws, 1, footer(o, OVERSIKT_SHEETS.filer));
}

const footer = (o: Oversikt, sheet: string) => ({ title: `Oversikt over behovsmeldinger – ${sheet}`, generated: o.generated });
