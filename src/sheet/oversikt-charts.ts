/**
 * Where the overview's charts and the cells they draw from sit on the Oversikt sheet, for every
 * writer alike: the .xlsx writer (chart parts of its own, xlsx/oversikt-chart.ts) and the pane's
 * Office.js charts (ExcelApi 1.1). Pure: addresses and texts, no host.
 */
import type { OversiktChart } from '../domain/oversikt/chart';
import type { Texts } from '../i18n/texts';
import { cellAddress, columnLetter } from '../table/grid';

/** The data block's first column (0-based): R, right of the melding table (A–P) with one column between. */
export const DATA_COLUMN = 17;

export interface ChartSeries {
  /** Its column in the data block (the rows' index), for writers that store the values beside the reference. */
  column: number;
  /** The cell holding the series' name. */
  name: string;
  /** The cells of its values (one column). */
  values: string;
}

export interface ChartSpec {
  title: string;
  /** Horizontal bars, stacked (funds) or side by side (shares beside their caps). */
  kind: 'barStacked' | 'barClustered';
  /**
   * The rectangle it draws from on its sheet, header row and label column included (`R5:T9`):
   * what Office.js's `charts.add` takes, series by columns.
   */
  source: string;
  /** The cells of the category labels (one column), with the sheet. */
  categories: string;
  series: ChartSeries[];
  /** Excel number format of the value axis. */
  numberFormat: string;
  /** Fill of each series, RRGGBB. */
  colours: string[];
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
}

export interface ChartLayout {
  /** The data block: header row and rows of values, to write from `dataTopLeft`. */
  dataTopLeft: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
  /** Number format per data column (the label column has none). */
  formats: Array<string | null>;
  charts: ChartSpec[];
  /** Rows the charts take, from `chartRow` (1-based) down: the melding table starts below them. */
  chartRow: number;
  chartRows: number;
  /** Said above the charts when they leave meldinger out (null when they show all). */
  caption: string | null;
}

const NOK = '#,##0 "kr"';
const OWNER = '1F4E79';
const UH = 'F4B183';
const SHARE_PAIRS = [
  ['2E75B6', 'BDD7EE'],
  ['C55A11', 'F8CBAD'],
  ['548235', 'C5E0B4'],
];
const PERCENT = '0 %';

/** Taller for more bars, within what a screen shows. */
const rowsFor = (bars: number) => Math.min(30, Math.max(14, 6 + Math.ceil(bars * 0.8)));

/**
 * The data block at row `dataRow` (1-based) and the two charts from `chartRow` down: funds per
 * melding (owner and UH stacked) at A–H, shares beside their caps at I–P.
 */
export function chartLayout(chart: OversiktChart, dataRow: number, chartRow: number, sheetName: string, texts: Texts): ChartLayout {
  const t = texts.oversikt.chart;
  const columns: Array<{ header: string; format: string | null; value: (r: OversiktChart['rows'][number]) => string | number | null }> = [
    { header: t.melding, format: null, value: (r) => r.label },
    { header: t.eier, format: NOK, value: (r) => r.eier },
    { header: t.uh, format: NOK, value: (r) => r.uh },
    // The label again, so that each chart draws from one rectangle of cells (what Office.js's charts.add takes).
    { header: t.melding, format: null, value: (r) => r.label },
    { header: t.koordinator, format: PERCENT, value: (r) => r.koordinator },
    { header: t.koordinatorMaks, format: PERCENT, value: (r) => r.koordinatorMaks },
    { header: t.flerarig, format: PERCENT, value: (r) => r.flerarig },
    { header: t.flerarigMaks, format: PERCENT, value: (r) => r.flerarigMaks },
    ...(chart.egenandel
      ? [
          { header: t.egenandel, format: PERCENT, value: (r: OversiktChart['rows'][number]) => r.egenandel },
          { header: t.egenandelMin, format: PERCENT, value: (r: OversiktChart['rows'][number]) => r.egenandelMin },
        ]
      : []),
  ];
  const first = dataRow + 1;
  const last = dataRow + chart.rows.length;
  const sheet = quoteSheet(sheetName);
  const column = (i: number) => columnLetter(DATA_COLUMN + i);
  const cells = (i: number) => `${sheet}!$${column(i)}$${first}:$${column(i)}$${last}`;
  const series = (i: number): ChartSeries => ({ column: i, name: `${sheet}!$${column(i)}$${dataRow}`, values: cells(i) });
  const chartRows = rowsFor(chart.rows.length);
  const source = (from: number, to: number) => `${column(from)}${dataRow}:${column(to)}${last}`;
  const to = (col: number) => cellAddress(chartRow - 1 + chartRows, col);
  return {
    dataTopLeft: cellAddress(dataRow - 1, DATA_COLUMN),
    header: columns.map((c) => c.header),
    rows: chart.rows.map((r) => columns.map((c) => c.value(r))),
    formats: columns.map((c) => c.format),
    charts: [
      {
        title: t.fundsTitle,
        kind: 'barStacked',
        source: source(0, 2),
        categories: cells(0),
        series: [series(1), series(2)],
        numberFormat: NOK,
        colours: [OWNER, UH],
        from: cellAddress(chartRow - 1, 0),
        to: to(8),
      },
      {
        title: t.sharesTitle,
        kind: 'barClustered',
        source: source(3, columns.length - 1),
        categories: cells(3),
        series: columns.slice(4).map((_, i) => series(i + 4)),
        numberFormat: PERCENT,
        // Each share dark, its cap or floor the same hue light.
        colours: SHARE_PAIRS.flat().slice(0, columns.length - 4),
        from: cellAddress(chartRow - 1, 8),
        to: to(16),
      },
    ],
    chartRow,
    chartRows,
    caption: chart.rows.length < chart.of ? t.cut({ shown: chart.rows.length, of: chart.of }) : null,
  };
}

/** A sheet name as a formula reference takes it: quoted, with its apostrophes doubled. */
export const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
