/**
 * The kompetansenettverk's overview as .xlsx, with exceljs: "Oversikt" (which profile and why,
 * repeated partnerships, totals per ordning and one row per melding), "Funn", "Felles tiltak" and
 * "Filer" (every file given or met in a folder, used or why not), each list a print-ready Excel
 * Table (oversikt-table.ts).
 */
import ExcelJS from 'exceljs';
import { formatSource } from '../domain/format';
import { NOK_FORMAT, PERCENT_FORMAT } from '../sheet/spec';
import { breachedLimits } from '../domain/oversikt/build';
import { OVERSIKT_SHEETS, type Oversikt, type OversiktMelding } from '../domain/oversikt/model';
import type { OversiktSheetNames } from '../domain/oversikt/sheet-names';
import type { Texts } from '../i18n/texts';
import { chartData } from '../domain/oversikt/chart';
import { chartLayout, type ChartLayout, type ChartSpec } from '../sheet/oversikt-charts';
import { parseAddress } from '../table/grid';
import { addCharts } from './oversikt-chart';
import { writeExcelSafe } from './excel-safe';
import { addTable, FONT, HEADER_FILL, note, pageSetup, type Column } from './oversikt-table';

const TITLE_FONT = { name: 'Calibri', size: 14, bold: true, color: { argb: 'FF1F3864' } };
const ALERT: Partial<ExcelJS.Style> = {
  font: { ...FONT, bold: true, color: { argb: 'FFC00000' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D7DA' } },
};

/** The overview workbook (`writeOversiktWorkbook`) and the charts on its Oversikt sheet, for a host that draws them itself. */
export interface OversiktWorkbook {
  bytes: Uint8Array;
  charts: ChartSpec[];
}

/**
 * The overview workbook, its charts inside. `names` gives its sheets other names (the pane inserting
 * them into a workbook that has an overview already); by default those of OVERSIKT_SHEETS.
 */
export async function writeOversiktWorkbook(
  oversikt: Oversikt,
  texts: Texts,
  names: OversiktSheetNames = OVERSIKT_SHEETS,
): Promise<Uint8Array> {
  return (await oversiktWorkbook(oversikt, texts, names)).bytes;
}

export async function oversiktWorkbook(
  oversikt: Oversikt,
  texts: Texts,
  names: OversiktSheetNames = OVERSIKT_SHEETS,
): Promise<OversiktWorkbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Behovsmelding';
  workbook.created = workbook.modified = new Date(`${oversikt.generated}T00:00:00Z`);
  const layout = addOversiktSheet(workbook, oversikt, texts, names.oversikt);
  addFunnSheet(workbook, oversikt, texts, names.funn);
  addFellesSheet(workbook, oversikt, texts, names.felles);
  addFilerSheet(workbook, oversikt, texts, names.filer);
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  const bytes = await writeExcelSafe(workbook);
  // exceljs writes no charts: their parts are added to the finished package.
  return layout ? { bytes: addCharts(bytes, 1, layout), charts: layout.charts } : { bytes, charts: [] };
}

/** The melding table's columns by key; the totals' formulas refer to their letters. */
const MELDING_KEYS = [
  'file',
  'partnerskap',
  'ordning',
  'tiltak',
  'eier',
  'uh',
  'sum',
  'koordinator',
  'flerarig',
  'egenandel',
  'status',
  'errors',
  'warnings',
  'overLimit',
  'counted',
  'note',
] as const;
type MeldingKey = (typeof MELDING_KEYS)[number];
const column = (key: MeldingKey) => MELDING_KEYS.indexOf(key) + 1;
const letter = (key: MeldingKey) => String.fromCharCode(64 + column(key));

const MELDING_MAX: Partial<Record<MeldingKey, number>> = { file: 40, partnerskap: 30, ordning: 28, overLimit: 28, note: 45 };
const MELDING_FORMAT: Partial<Record<MeldingKey, string>> = {
  eier: NOK_FORMAT,
  uh: NOK_FORMAT,
  sum: NOK_FORMAT,
  koordinator: PERCENT_FORMAT,
  flerarig: PERCENT_FORMAT,
  egenandel: PERCENT_FORMAT,
};

/** The Oversikt sheet; returns where its charts go (none without meldinger). */
function addOversiktSheet(workbook: ExcelJS.Workbook, o: Oversikt, texts: Texts, name: string): ChartLayout | null {
  const t = texts.oversikt.sheet;
  const ws = workbook.addWorksheet(name);
  const lines: Array<[string, Partial<ExcelJS.Font>]> = [
    [t.title, TITLE_FONT],
    [
      t.subtitle({ profile: o.profile.name, date: texts.format.date(o.generated), files: o.files.length, meldinger: o.meldinger.length }),
      { ...FONT, italic: true },
    ],
    [t.profileLine({ id: o.profile.id, reason: o.profile.reason }), FONT],
    ...o.repeats.map((r): [string, Partial<ExcelJS.Font>] => [
      texts.oversikt.repeat.line({ partnerskap: r.partnerskap, ordning: r.ordningNavn, files: r.files, identical: r.identical }),
      { ...FONT, color: { argb: 'FFC00000' } },
    ]),
  ];
  lines.forEach(([text, font], i) => {
    ws.getCell(i + 1, 1).value = text;
    ws.getCell(i + 1, 1).font = font;
  });
  const top = lines.length + 2;
  const sumRow = top + o.perOrdning.length + 1;
  if (o.meldinger.length === 0) {
    addOrdningTotals(ws, o, top, sumRow + 2, texts);
    note(ws, sumRow + 2, t.noMeldinger);
    pageSetup(ws, sumRow + 2, footer(o, name, texts));
    return null;
  }
  // Totals, the charts' caption, the charts, then the melding table.
  const layout = chartLayout(chartData(o), top, sumRow + 3, name, texts);
  if (layout.caption) note(ws, sumRow + 2, layout.caption);
  const headerRow = layout.chartRow + layout.chartRows + 1;
  addOrdningTotals(ws, o, top, headerRow, texts);
  addChartData(ws, layout);
  const first = headerRow + 1;
  const columns: Column[] = MELDING_KEYS.map((key) => ({
    name: t.columns[key],
    max: MELDING_MAX[key] ?? 14,
    numFmt: MELDING_FORMAT[key],
  }));
  const rows = o.meldinger.map((m, i) => meldingRow(m, first + i, texts));
  const [fileWidth] = addTable(ws, 'OversiktMeldinger', headerRow, columns, rows);
  // Column A also holds the ordning names of the totals above the table.
  ws.getColumn(1).width = Math.max(
    fileWidth!,
    ...o.perOrdning.map((x) => labelWidth(x.ordningNavn)),
    labelWidth(texts.oversikt.sheet.totals.heading),
  );
  o.meldinger.forEach((m, i) => markMelding(ws, m, first + i, texts));
  pageSetup(ws, headerRow, footer(o, name, texts));
  return layout;
}

/** The cells the charts draw from, right of the melding table, headed like the totals. */
function addChartData(ws: ExcelJS.Worksheet, layout: ChartLayout): void {
  const origin = parseAddress(layout.dataTopLeft)!;
  const col = origin.col + 1;
  const row = origin.row + 1;
  layout.header.forEach((h, i) => {
    const cell = ws.getCell(row, col + i);
    cell.value = h;
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
  });
  layout.rows.forEach((values, r) =>
    values.forEach((value, i) => {
      const cell = ws.getCell(row + 1 + r, col + i);
      cell.value = value;
      cell.font = FONT;
      if (layout.formats[i]) cell.numFmt = layout.formats[i]!;
    }),
  );
  // The label columns (no number format) as wide as their longest label, the others as their header.
  layout.header.forEach((header, i) => {
    ws.getColumn(col + i).width = layout.formats[i]
      ? Math.max(12, labelWidth(header))
      : Math.max(labelWidth(header), ...layout.rows.map((r) => labelWidth(String(r[i]))));
  });
}

/** Width (Excel's unit, about 1.15 characters of 10-point Calibri) that shows a label whole. */
const labelWidth = (text: string) => Math.ceil((text.length + 2) / 1.15) + 0.5;

function meldingRow(m: OversiktMelding, row: number, texts: Texts): ExcelJS.CellValue[] {
  const t = texts.oversikt;
  const values: Record<MeldingKey, ExcelJS.CellValue> = {
    file: m.file,
    partnerskap: m.partnerskap,
    ordning: m.ordningNavn,
    tiltak: m.tiltak,
    eier: m.tilskuddEier,
    uh: m.tilskuddUh,
    sum: { formula: `${letter('eier')}${row}+${letter('uh')}${row}`, result: m.tilskuddEier + m.tilskuddUh },
    koordinator: m.shares.koordinator.share,
    flerarig: m.shares.flerarig.share,
    egenandel: m.shares.egenandel.share,
    status: t.status[m.status],
    errors: m.errors,
    warnings: m.warnings,
    overLimit: breachedLimits(m, texts).join('; '),
    counted: (m.repeat?.counted ?? true) ? t.sheet.yes : t.sheet.no,
    note: repeatNote(m, texts),
  };
  return MELDING_KEYS.map((key) => values[key]);
}

function repeatNote(m: OversiktMelding, texts: Texts): string {
  if (!m.repeat) return '';
  const others = m.repeat.of.files.filter((f) => f !== m.file);
  return m.repeat.counted
    ? texts.oversikt.repeat.counted({ files: others })
    : texts.oversikt.repeat.notCounted({ file: m.repeat.of.files[0]! });
}

/** A share over its cap (or under its floor), a draft and a melding left out of the sums stand out in red. */
function markMelding(ws: ExcelJS.Worksheet, m: OversiktMelding, row: number, texts: Texts): void {
  for (const key of ['koordinator', 'flerarig', 'egenandel'] as const) {
    if (m.shares[key].ok) continue;
    const cell = ws.getCell(row, column(key));
    cell.font = ALERT.font!;
    cell.fill = ALERT.fill!;
  }
  if (m.status === 'utkast') ws.getCell(row, column('status')).font = ALERT.font!;
  if (breachedLimits(m, texts).length) ws.getCell(row, column('overLimit')).font = ALERT.font!;
  if (m.repeat) for (const key of ['counted', 'note'] as const) ws.getCell(row, column(key)).font = ALERT.font!;
}

/**
 * Totals per ordning above the melding table, as formulas over the table's columns that count only
 * the rows "I summene" says yes to (with the results for readers that do not recalculate). The
 * ordning is compared with its own label cell by `=` inside SUMPRODUCT: never a text literal (Excel
 * refuses literals over 255 characters in a formula), and not COUNTIFS/SUMIFS, whose criteria
 * fail past 255 characters too and read *, ? and ~ in a name as wildcards. `tableTop` is the
 * melding table's header row.
 */
function addOrdningTotals(ws: ExcelJS.Worksheet, o: Oversikt, top: number, tableTop: number, texts: Texts): void {
  const t = texts.oversikt.sheet.totals;
  const headers = [t.heading, t.meldinger, t.komplett, t.tiltak, t.eier, t.uh, t.sum];
  headers.forEach((h, i) => {
    const cell = ws.getCell(top, i + 1);
    cell.value = h;
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
  });
  const first = tableTop + 1;
  const last = tableTop + Math.max(1, o.meldinger.length);
  const col = (key: MeldingKey) => `$${letter(key)}$${first}:$${letter(key)}$${last}`;
  const yes = `"${texts.oversikt.sheet.yes}"`;
  o.perOrdning.forEach((totals, i) => {
    const r = top + 1 + i;
    const where = `(${col('ordning')}=$A${r})*(${col('counted')}=${yes})`;
    ws.getRow(r).values = [
      totals.ordningNavn,
      { formula: `SUMPRODUCT(${where})`, result: totals.meldinger },
      { formula: `SUMPRODUCT(${where}*(${col('status')}="${texts.oversikt.status.komplett}"))`, result: totals.komplett },
      { formula: `SUMPRODUCT(${where}*${col('tiltak')})`, result: totals.tiltak },
      { formula: `SUMPRODUCT(${where}*${col('eier')})`, result: totals.tilskuddEier },
      { formula: `SUMPRODUCT(${where}*${col('uh')})`, result: totals.tilskuddUh },
      { formula: `E${r}+F${r}`, result: totals.tilskuddEier + totals.tilskuddUh },
    ];
  });
  const sumRow = top + 1 + o.perOrdning.length;
  const all = (key: 'meldinger' | 'komplett' | 'tiltak' | 'tilskuddEier' | 'tilskuddUh') => o.perOrdning.reduce((s, x) => s + x[key], 0);
  const span = (l: string) => `${l}${top + 1}:${l}${sumRow - 1}`;
  const results = [
    all('meldinger'),
    all('komplett'),
    all('tiltak'),
    all('tilskuddEier'),
    all('tilskuddUh'),
    all('tilskuddEier') + all('tilskuddUh'),
  ];
  ws.getRow(sumRow).values = [
    t.all,
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
}

function addFunnSheet(workbook: ExcelJS.Workbook, o: Oversikt, texts: Texts, name: string): void {
  const t = texts.oversikt.sheet;
  const c = t.columns;
  const ws = workbook.addWorksheet(name);
  if (o.findings.length === 0) note(ws, 1, t.noFindings);
  else
    addTable(
      ws,
      'OversiktFunn',
      1,
      [
        { name: c.file, max: 40 },
        { name: c.sheet, max: 20 },
        { name: c.cell, max: 16 },
        { name: c.rule, max: 32 },
        { name: c.severity, max: 12 },
        { name: c.message, max: 60 },
        { name: c.source, max: 45 },
      ],
      o.findings.map((f) => [
        f.file,
        f.sheet,
        f.cells.join(', '),
        f.rule,
        texts.sheet.severity[f.severity],
        f.message,
        f.source ? formatSource(f.source) : '',
      ]),
    );
  pageSetup(ws, 1, footer(o, name, texts));
}

function addFellesSheet(workbook: ExcelJS.Workbook, o: Oversikt, texts: Texts, name: string): void {
  const t = texts.oversikt.sheet;
  const c = t.columns;
  const ws = workbook.addWorksheet(name);
  if (o.felles.length === 0) note(ws, 1, t.noFelles);
  else
    addTable(
      ws,
      'OversiktFelles',
      1,
      [
        { name: c.group, max: 8 },
        { name: c.ordning, max: 28 },
        { name: c.fase, max: 24 },
        { name: c.file, max: 32 },
        { name: c.row, max: 6 },
        { name: c.partnerskap, max: 24 },
        { name: c.eiere, max: 24 },
        { name: c.tiltak, max: 30 },
        { name: c.beskrivelse, max: 45 },
        { name: c.terms, max: 28 },
        { name: c.likhet, max: 8, numFmt: '0 %' },
      ],
      o.felles.flatMap((group, g) =>
        group.tiltak.map((tiltak, i) => [
          g + 1,
          group.ordningNavn,
          group.faseNavn,
          tiltak.file,
          tiltak.row,
          tiltak.partnerskap,
          tiltak.eiere.join(', '),
          tiltak.tittel,
          tiltak.beskrivelse,
          group.terms.join(', '),
          Math.round(group.likhet[i]! * 100) / 100,
        ]),
      ),
    );
  pageSetup(ws, 1, footer(o, name, texts));
}

/** Every file, in the order met: used (with its meldinger and tiltak) or why not. */
function addFilerSheet(workbook: ExcelJS.Workbook, o: Oversikt, texts: Texts, name: string): void {
  const t = texts.oversikt.sheet;
  const c = t.columns;
  const ws = workbook.addWorksheet(name);
  const repeatsOf = (file: string) => o.repeats.filter((r) => r.files.includes(file));
  addTable(
    ws,
    'OversiktFiler',
    1,
    [
      { name: c.file, max: 50 },
      { name: c.fileStatus, max: 16 },
      { name: c.meldinger, max: 11 },
      { name: c.tiltak, max: 8 },
      { name: c.note, max: 80 },
    ],
    o.files.map((f) =>
      f.ok
        ? [
            f.file,
            t.fileStatus.used,
            f.meldinger,
            f.tiltak,
            repeatsOf(f.file)
              .map((r) =>
                texts.oversikt.repeat.line({ partnerskap: r.partnerskap, ordning: r.ordningNavn, files: r.files, identical: r.identical }),
              )
              .join('\n'),
          ]
        : [f.file, t.fileStatus[f.status], 0, 0, f.message],
    ),
  );
  pageSetup(ws, 1, footer(o, name, texts));
}

const footer = (o: Oversikt, sheet: string, texts: Texts) => ({
  title: texts.oversikt.sheet.footer({ sheet }),
  page: texts.oversikt.sheet.page,
  generated: texts.oversikt.sheet.generated({ date: texts.format.date(o.generated) }),
});
