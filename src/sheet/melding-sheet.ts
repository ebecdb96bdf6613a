/**
 * The melding as a host-independent sheet description. The Excel add-in (Office.js) and the
 * .xlsx writer (exceljs) both apply the same SheetSpec, so the two files look alike; the PDF
 * renderer reuses the texts below. Pure: no Office, no DOM, no Node.
 *
 * Conventions every writer follows:
 * - A string value is always text, also when it starts with `=`, `+`, `-` or `@`
 *   (`looksLikeFormula` tells a writer when it must force text, e.g. Office.js needs a
 *   leading apostrophe). Only `{ formula }` is a formula: English function names, comma
 *   separators, no leading `=`, references only to cells on the same sheet (so a renamed
 *   sheet keeps working); `result` is the value Excel would compute, for files that are
 *   read before Excel recalculates.
 * - A merge takes the value and style of its top-left cell; writers style the whole area.
 * - Column widths are in Excel character units, row heights in points. Excel does not grow
 *   rows for wrapped text in merged cells, so the spec estimates the heights itself.
 *
 * Freeze panes: none. The title and partnership blocks sit above the tiltak table, so a frozen
 * header would take half the screen; on paper the table header repeats when the table runs over
 * pages instead.
 */
import { columnLetter } from '../table/grid';
import { formatDate, formatPercent, formatSource } from '../domain/format';
import type { Melding, MeldingDocument, MeldingTiltak, ShareCheck } from '../domain/melding';
import { uniqueSheetName } from '../domain/sheet-names';
import type { Finding, Severity } from '../domain/model';

export interface SheetFormula {
  formula: string;
  result?: number | string;
}

export type SheetValue = string | number | SheetFormula | null;

export interface SheetCell {
  address: string;
  value: SheetValue;
  style: MeldingStyleKey;
}

export interface BorderEdge {
  weight: 'thin' | 'medium';
  /** RRGGBB */
  color: string;
}

export interface CellStyle {
  font?: { bold?: boolean; italic?: boolean; size?: number; /** RRGGBB */ color?: string };
  /** Solid fill, RRGGBB. */
  fill?: string;
  border?: { top?: BorderEdge; bottom?: BorderEdge; left?: BorderEdge; right?: BorderEdge };
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  /** Excel number format code. */
  numberFormat?: string;
}

/** Excel header/footer sections with Excel's codes (&P page, &N pages, && a literal &). */
export interface HeaderFooterSpec {
  left?: string;
  center?: string;
  right?: string;
}

export interface PageSetupSpec {
  paperSize: 'A4';
  orientation: 'landscape' | 'portrait';
  /** Fit all columns on one page width; as many pages tall as needed (0). */
  fitToWidth: 1;
  fitToHeight: 0;
  /** A1 range, e.g. `A1:M60`. */
  printArea: string;
  /**
   * Rows repeated at the top of every printed page, e.g. `20:20`; absent when the tiltak table fits on
   * its first page (Excel would repeat them over the criteria and findings pages too).
   */
  printTitleRows?: string;
  /** Inches, as Excel stores them. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  header: HeaderFooterSpec;
  footer: HeaderFooterSpec;
}

/** Text-based conditional format: cells in `range` containing `text` get `style`. */
export interface ConditionalTextFormat {
  range: string;
  containsText: string;
  style: MeldingStyleKey;
}

export interface SheetSpec {
  /** The melding's wanted sheet name; the writer may need another (see freeSheetNames). */
  name: string;
  cells: SheetCell[];
  styles: Record<MeldingStyleKey, CellStyle>;
  /** A1 ranges, e.g. `A1:M1`. */
  merges: string[];
  /** Widths of columns A, B, … in Excel character units. */
  columnWidths: number[];
  /** Row number (1-based) → height in points, where the default would cut text. */
  rowHeights: Record<number, number>;
  conditionalFormats: ConditionalTextFormat[];
  page: PageSetupSpec;
  /** Gridlines off: the sheet draws its own borders and reads like a form. */
  showGridLines: boolean;
}

const BODY = 10;
const GRID: BorderEdge = { weight: 'thin', color: 'A6A6A6' };
const BOXED = { top: GRID, bottom: GRID, left: GRID, right: GRID };
const TOTAL_LINE: BorderEdge = { weight: 'medium', color: '404040' };
export const NOK_FORMAT = '#,##0 "kr"';
export const PERCENT_FORMAT = '0.0 %';

export const MELDING_STYLES = {
  title: { font: { bold: true, size: 16, color: '1F3864' }, vertical: 'middle' },
  label: { font: { bold: true, size: BODY }, vertical: 'top' },
  value: { font: { size: BODY }, wrap: true, vertical: 'top', horizontal: 'left' },
  statusDraft: { font: { bold: true, size: 12, color: 'FFFFFF' }, fill: 'C00000', vertical: 'middle' },
  statusFinal: { font: { bold: true, size: 12, color: '1E4620' }, fill: 'D9EAD3', vertical: 'middle' },
  section: { font: { bold: true, size: 12, color: '1F3864' }, border: { bottom: { weight: 'medium', color: '1F3864' } } },
  tableHeader: { font: { bold: true, size: BODY }, fill: 'D9E1F2', wrap: true, vertical: 'middle', border: BOXED },
  tableHeaderNumber: {
    font: { bold: true, size: BODY },
    fill: 'D9E1F2',
    wrap: true,
    vertical: 'middle',
    horizontal: 'right',
    border: BOXED,
  },
  cell: { font: { size: BODY }, wrap: true, vertical: 'top', border: BOXED },
  cellCenter: { font: { size: BODY }, vertical: 'top', horizontal: 'center', border: BOXED },
  nok: { font: { size: BODY }, numberFormat: NOK_FORMAT, vertical: 'top', border: BOXED },
  unreadable: { font: { size: BODY, italic: true, color: 'C00000' }, vertical: 'top', horizontal: 'right', border: BOXED },
  totalLabel: { font: { bold: true, size: BODY }, border: { top: TOTAL_LINE, bottom: GRID } },
  totalNok: { font: { bold: true, size: BODY }, numberFormat: NOK_FORMAT, border: { top: TOTAL_LINE, bottom: GRID } },
  percent: { font: { size: BODY }, numberFormat: PERCENT_FORMAT, border: BOXED },
  limitMax: { font: { size: BODY }, numberFormat: '"maks "0 %', border: BOXED },
  limitMin: { font: { size: BODY }, numberFormat: '"min. "0 %', border: BOXED },
  limitNone: { font: { size: BODY, italic: true }, horizontal: 'right', border: BOXED },
  shareStatus: { font: { bold: true, size: BODY }, horizontal: 'center', border: BOXED },
  alert: { font: { bold: true, color: 'C00000' }, fill: 'F8D7DA' },
  subheading: { font: { bold: true, size: 11 }, fill: 'EDEDED', border: { top: GRID, bottom: GRID } },
  missing: { font: { size: BODY, italic: true, color: 'C00000' }, vertical: 'top' },
  findingError: { font: { bold: true, size: BODY, color: 'C00000' }, vertical: 'top', border: BOXED },
  findingWarning: { font: { bold: true, size: BODY, color: '9C5700' }, vertical: 'top', border: BOXED },
  findingInfo: { font: { bold: true, size: BODY, color: '1F3864' }, vertical: 'top', border: BOXED },
} satisfies Record<string, CellStyle>;

export type MeldingStyleKey = keyof typeof MELDING_STYLES;

/** Text a spreadsheet would take for a formula or a signed number when typed: write it as text. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

// ---- Texts shared by the sheet and the PDF -------------------------------------------------

export function statusText(m: Melding): string {
  if (m.status === 'utkast') return `UTKAST – ikke komplett (${m.errors} feil)`;
  if (m.warnings === 0) return 'Komplett – ingen feil';
  return `Komplett – ingen feil (${m.warnings} ${m.warnings === 1 ? 'advarsel' : 'advarsler'})`;
}

export function yesNo(value: boolean | null): string {
  return value === null ? 'Ikke oppgitt' : value ? 'Ja' : 'Nei';
}

export function titleRows(m: Melding, doc: MeldingDocument): [string, string][] {
  return [
    ['Profil', `${doc.profile.name}, versjon ${doc.profile.version}`],
    ['Ordning', m.ordningNavn],
    ['Generert', formatDate(doc.generated)],
  ];
}

export function partnershipRows(m: Melding): [string, string][] {
  const p = m.partnerskap;
  const avtale = p.avtale;
  return [
    ['Partnerskap', p.navn],
    ['Eiere', p.eiere.join(', ')],
    ['UH', p.uh.join(', ')],
    ['Organisasjonsnummer', p.organisasjonsnummer.join(', ')],
    ['Kontaktperson', p.kontaktperson],
    ['E-post', p.epost],
    ['Telefon', p.telefon],
    ['Skriftlig avtale', yesNo(avtale.skriftlig)],
    ['Avtaledato', avtale.dato ? formatDate(avtale.dato) : ''],
    ['Avtale – hvem', avtale.hvem],
    ['Avtale – hva', avtale.hva],
    ['Avtale – når', avtale.nar],
    ['Ansatte og tillitsvalgte involvert', yesNo(p.ansatteInvolvert)],
  ];
}

export const TILTAK_COLUMNS = [
  { header: 'Nr', width: 6 },
  { header: 'Tiltak', width: 24 },
  { header: 'Fase', width: 18 },
  { header: 'Hva som gjøres', width: 32 },
  { header: 'Hvem gjør hva', width: 26 },
  { header: 'Tilskudd eier', width: 13 },
  { header: 'Tilskudd UH', width: 13 },
  { header: 'Sum', width: 13 },
  { header: 'Koordinator', width: 13 },
  { header: 'Egenandel', width: 13 },
  { header: 'Start', width: 11 },
  { header: 'Slutt', width: 11 },
  { header: 'Flerårig', width: 9 },
] as const;

/** 0-based column of each tiltak field on the sheet. */
const C = {
  nr: 0,
  tittel: 1,
  fase: 2,
  hva: 3,
  hvem: 4,
  eier: 5,
  uh: 6,
  sum: 7,
  koord: 8,
  egen: 9,
  start: 10,
  slutt: 11,
  fler: 12,
} as const;
const LAST = TILTAK_COLUMNS.length - 1;
/** Label/value blocks: label in A:C, value in D:M. */
const LABEL_END = 2;
const VALUE_START = 3;

export const UNREADABLE = 'Kan ikke leses';
export const NOT_FILLED = 'Ikke fylt ut';

export interface ShareRow {
  id: 'koordinator' | 'flerarig' | 'egenandel';
  label: string;
  kind: 'max' | 'min';
  /** What is measured and what it is measured against, in NOK. */
  part: number;
  whole: number;
  check: ShareCheck;
}

/** The caps the profile sets, with what the tiltak add up to (unreadable amounts count as 0). */
export function shareRows(m: Melding): ShareRow[] {
  const sum = (pick: (t: MeldingTiltak) => number | null, rows = m.tiltak) => rows.reduce((s, t) => s + (pick(t) ?? 0), 0);
  const owner = sum((t) => t.tilskuddEier);
  const total = owner + sum((t) => t.tilskuddUh);
  const multiYear = m.tiltak.filter((t) => t.flerarig);
  const rows: ShareRow[] = [
    {
      id: 'koordinator',
      label: 'Koordinator av eiers midler',
      kind: 'max',
      part: sum((t) => t.koordinator),
      whole: owner,
      check: m.shares.koordinator,
    },
    {
      id: 'flerarig',
      label: 'Flerårige tiltak av samlet tilskudd',
      kind: 'max',
      part: sum((t) => t.tilskuddEier, multiYear) + sum((t) => t.tilskuddUh, multiYear),
      whole: total,
      check: m.shares.flerarig,
    },
  ];
  if (m.shares.egenandel.limit !== null) {
    rows.push({
      id: 'egenandel',
      label: 'Egenandel av eiers midler',
      kind: 'min',
      part: sum((t) => t.egenandel),
      whole: owner,
      check: m.shares.egenandel,
    });
  }
  return rows;
}

/** The same tolerance as the domain's share checks: half an øre. */
const HALF_ORE = 0.005;

export function shareVerdict(row: ShareRow): string {
  if (row.check.limit === null) return 'OK';
  if (row.whole <= 0) return '–';
  const ok = row.kind === 'max' ? row.part <= row.check.limit * row.whole + HALF_ORE : row.part + HALF_ORE >= row.check.limit * row.whole;
  return ok ? 'OK' : row.kind === 'max' ? 'Over grensen' : 'Under grensen';
}

export function limitText(row: ShareRow): string {
  if (row.check.limit === null) return 'Ingen grense';
  return `${row.kind === 'max' ? 'maks' : 'min.'} ${formatPercent(row.check.limit)}`;
}

/** Label and text of what a tiltak shows under its criteria; null text = required but empty. */
export function criteriaRows(t: MeldingTiltak): [string, string | null][] {
  const required = (text: string) => (text.trim() ? text : null);
  const rows: [string, string | null][] = [
    ['Forankring', required(t.kriterier.forankring)],
    ['Kollektive prosesser', required(t.kriterier.kollektiv)],
    ['Styrking av lærerutdanningen', required(t.kriterier.laererutdanning)],
  ];
  if ((t.koordinator ?? 0) > 0 || t.koordinatorBegrunnelse.trim())
    rows.push(['Begrunnelse for koordinator', required(t.koordinatorBegrunnelse)]);
  if (t.malgruppe.length) rows.push(['Målgruppe', t.malgruppe.join(', ')]);
  if (t.enheter.length) rows.push(['Enheter', t.enheter.join(', ')]);
  if (t.supplerende !== null) rows.push(['Supplerende tilskudd', yesNo(t.supplerende)]);
  return rows;
}

export function tiltakHeading(t: MeldingTiltak, index: number): string {
  return `${t.nr || String(index + 1)}. ${t.tittel || `Tiltak uten tittel (rad ${t.row})`}`;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Feil', warning: 'Advarsel', info: 'Råd' };

const MAX_LISTED_CELLS = 8;

/** "Tiltak!M5, M7" – long lists shortened, since a melding-level finding names every contributing cell. */
export function findingCells(f: Finding): string {
  if (f.cells.length === 0) return f.sheet;
  const shown = f.cells.slice(0, MAX_LISTED_CELLS).join(', ');
  const more = f.cells.length - MAX_LISTED_CELLS;
  return `${f.sheet}!${shown}${more > 0 ? ` … (+${more})` : ''}`;
}

// ---- The sheet ---------------------------------------------------------------------------

/** Points per text line at font size 10, and the default row height. */
const LINE_HEIGHT = 13;
const DEFAULT_ROW_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/**
 * Height a wrapped text needs in a cell `width` characters wide. Errs on the tall side: a
 * row slightly too high looks fine on paper, a clipped criterion does not.
 */
export function estimateRowHeight(text: string, width: number, fontSize = BODY): number {
  const perLine = Math.max(1, Math.floor((width * 11) / fontSize));
  const lines = text.split(/\r?\n/).reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
  return Math.min(MAX_ROW_HEIGHT, Math.max(DEFAULT_ROW_HEIGHT, Math.ceil((lines * LINE_HEIGHT * fontSize) / BODY + 2)));
}

/** Margins in inches, as Excel stores them. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
/** A4 landscape inside the margins, in points. */
const PRINTABLE = { width: (11.69 - MARGINS.left - MARGINS.right) * 72, height: (8.27 - MARGINS.top - MARGINS.bottom) * 72 };
/** Excel's column unit: one character ≈ 7 px, plus 5 px padding; 0.75 pt per px. */
const columnPoints = (chars: number) => (chars * 7 + 5) * 0.75;

/**
 * Excel repeats print-title rows on every page of a sheet, and no setting limits them to part of
 * it: the tiltak header would stand over the criteria and findings too. So it is repeated only
 * when the table itself may run past the first page, estimated from the row heights at the scale
 * that fits the columns to the page width. The heights already err on the tall side (a sample
 * melding estimated at 90 % of the page printed at 75 % in LibreOffice), so no further margin.
 */
function tableMaySpanPages(rowHeights: Readonly<Record<number, number>>, lastTableRow: number): boolean {
  const scale = Math.min(1, PRINTABLE.width / TILTAK_COLUMNS.reduce((w, c) => w + columnPoints(c.width), 0));
  let height = 0;
  for (let r = 1; r <= lastTableRow; r++) height += rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
  return height * scale > PRINTABLE.height;
}

const widthOf = (from: number, to: number) => TILTAK_COLUMNS.slice(from, to + 1).reduce((w, c) => w + c.width, 0);
const addr = (col: number, row: number) => `${columnLetter(col)}${row}`;

/** Collects cells, merges and row heights row by row. */
class SheetBuilder {
  readonly cells: SheetCell[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  row = 1;

  put(col: number, value: SheetValue, style: MeldingStyleKey): void {
    this.cells.push({ address: addr(col, this.row), value, style });
  }

  span(from: number, to: number, value: SheetValue, style: MeldingStyleKey): void {
    this.put(from, value, style);
    if (to > from) this.merges.push(`${addr(from, this.row)}:${addr(to, this.row)}`);
  }

  /** Make the current row at least as tall as `text` needs between columns `from` and `to`. */
  fit(text: string, from: number, to: number): void {
    const h = estimateRowHeight(text, widthOf(from, to));
    if (h > DEFAULT_ROW_HEIGHT) this.rowHeights[this.row] = Math.max(this.rowHeights[this.row] ?? 0, h);
  }

  height(points: number): void {
    this.rowHeights[this.row] = points;
  }

  next(rows = 1): void {
    this.row += rows;
  }
}

function labelValue(b: SheetBuilder, label: string, value: string | null, style: MeldingStyleKey = 'value'): void {
  b.span(0, LABEL_END, label, 'label');
  b.span(VALUE_START, LAST, value ?? NOT_FILLED, value === null ? 'missing' : style);
  if (value) b.fit(value, VALUE_START, LAST);
  b.next();
}

function section(b: SheetBuilder, title: string): void {
  b.span(0, LAST, title, 'section');
  b.height(20);
  b.next();
}

/** Escape user text for an Excel header/footer and keep it short (Excel allows 255 characters). */
function headerFooterText(text: string): string {
  const short = text.length > 90 ? `${text.slice(0, 89)}…` : text;
  return short.replace(/&/g, '&&');
}

export function meldingSheetSpec(melding: Melding, doc: MeldingDocument): SheetSpec {
  const b = new SheetBuilder();
  const m = melding;

  b.span(0, LAST, m.title, 'title');
  b.height(26);
  b.next();
  for (const [label, value] of titleRows(m, doc)) labelValue(b, label, value);
  b.span(0, LABEL_END, 'Status', 'label');
  b.span(VALUE_START, LAST, statusText(m), m.status === 'utkast' ? 'statusDraft' : 'statusFinal');
  b.height(20);
  b.next(2);

  section(b, 'Partnerskap');
  for (const [label, value] of partnershipRows(m)) labelValue(b, label, value);
  b.next();

  section(b, 'Tiltak');
  const headerRow = b.row;
  TILTAK_COLUMNS.forEach((c, i) => b.put(i, c.header, i >= C.eier && i <= C.egen ? 'tableHeaderNumber' : 'tableHeader'));
  b.height(28);
  b.next();
  const first = b.row;
  for (const t of m.tiltak) tiltakRow(b, t);
  const last = b.row - 1;
  const totalsRow = b.row;
  totals(b, m, first, last);
  b.next(2);

  section(b, 'Andeler og grenser');
  const shareRange = shares(b, m, { first, last, totals: totalsRow });
  b.next();

  section(b, 'Kriterier per tiltak');
  m.tiltak.forEach((t, i) => {
    b.span(0, LAST, tiltakHeading(t, i), 'subheading');
    b.next();
    for (const [label, text] of criteriaRows(t)) labelValue(b, label, text);
  });

  if (m.findings.length) {
    b.next();
    section(b, 'Funn');
    findings(b, m.findings);
  }

  const lastRow = b.row - 1;
  return {
    name: m.sheetName,
    cells: b.cells,
    styles: MELDING_STYLES,
    merges: b.merges,
    columnWidths: TILTAK_COLUMNS.map((c) => c.width),
    rowHeights: b.rowHeights,
    conditionalFormats: [
      { range: shareRange, containsText: 'Over grensen', style: 'alert' },
      { range: shareRange, containsText: 'Under grensen', style: 'alert' },
    ],
    page: {
      paperSize: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: `A1:${addr(LAST, lastRow)}`,
      ...(tableMaySpanPages(b.rowHeights, totalsRow) ? { printTitleRows: `${headerRow}:${headerRow}` } : {}),
      margins: MARGINS,
      header: m.status === 'utkast' ? { center: `&"-,Bold"&KC00000${headerFooterText(statusText(m))}` } : {},
      footer: { left: headerFooterText(m.title), center: 'Side &P av &N', right: `Generert ${formatDate(doc.generated)}` },
    },
    showGridLines: false,
  };
}

function amount(b: SheetBuilder, col: number, value: number | null): void {
  b.put(col, value ?? UNREADABLE, value === null ? 'unreadable' : 'nok');
}

function tiltakRow(b: SheetBuilder, t: MeldingTiltak): void {
  const r = b.row;
  const wrapped: [string, number][] = [
    [t.nr, C.nr],
    [t.tittel, C.tittel],
    [t.faseNavn, C.fase],
    [t.beskrivelse, C.hva],
    [t.ansvar, C.hvem],
    [t.start, C.start],
    [t.slutt, C.slutt],
  ];
  for (const [text, col] of wrapped) {
    b.put(col, text, col === C.nr ? 'cellCenter' : 'cell');
    b.fit(text, col, col);
  }
  amount(b, C.eier, t.tilskuddEier);
  amount(b, C.uh, t.tilskuddUh);
  b.put(C.sum, { formula: `SUM(${addr(C.eier, r)}:${addr(C.uh, r)})`, result: (t.tilskuddEier ?? 0) + (t.tilskuddUh ?? 0) }, 'nok');
  amount(b, C.koord, t.koordinator);
  amount(b, C.egen, t.egenandel);
  b.put(C.fler, yesNo(t.flerarig), 'cellCenter');
  b.next();
}

function totals(b: SheetBuilder, m: Melding, first: number, last: number): void {
  const known = (pick: (t: MeldingTiltak) => number | null) => m.tiltak.reduce((s, t) => s + (pick(t) ?? 0), 0);
  const results: [number, number][] = [
    [C.eier, known((t) => t.tilskuddEier)],
    [C.uh, known((t) => t.tilskuddUh)],
    [C.sum, known((t) => t.tilskuddEier) + known((t) => t.tilskuddUh)],
    [C.koord, known((t) => t.koordinator)],
    [C.egen, known((t) => t.egenandel)],
  ];
  b.span(0, C.hvem, 'Sum', 'totalLabel');
  for (const [col, result] of results) {
    const value = last >= first ? { formula: `SUM(${addr(col, first)}:${addr(col, last)})`, result } : 0;
    b.put(col, value, 'totalNok');
  }
  b.span(C.start, LAST, null, 'totalLabel');
}

/** The shares block; returns the range of its verdict cells. */
function shares(b: SheetBuilder, m: Melding, rows: { first: number; last: number; totals: number }): string {
  const SHARE = { part: 5, whole: 6, share: 7, limit: 8, verdict: 9, verdictEnd: 10 } as const;
  b.span(0, 4, 'Andel', 'tableHeader');
  b.put(SHARE.part, 'Beløp', 'tableHeaderNumber');
  b.put(SHARE.whole, 'Av', 'tableHeaderNumber');
  b.put(SHARE.share, 'Andel', 'tableHeaderNumber');
  b.put(SHARE.limit, 'Grense', 'tableHeaderNumber');
  b.span(SHARE.verdict, SHARE.verdictEnd, 'Vurdering', 'tableHeader');
  b.next();
  const t = rows.totals;
  const span = (col: number) => `${addr(col, rows.first)}:${addr(col, rows.last)}`;
  const formulas: Record<ShareRow['id'], { part: string; whole: string }> = {
    koordinator: { part: addr(C.koord, t), whole: addr(C.eier, t) },
    flerarig: { part: `SUMIF(${span(C.fler)},"Ja",${span(C.sum)})`, whole: addr(C.sum, t) },
    egenandel: { part: addr(C.egen, t), whole: addr(C.eier, t) },
  };
  const start = b.row;
  for (const row of shareRows(m)) {
    const r = b.row;
    const [part, whole, limit] = [addr(SHARE.part, r), addr(SHARE.whole, r), addr(SHARE.limit, r)];
    b.span(0, 4, row.label, 'cell');
    b.put(SHARE.part, { formula: formulas[row.id].part, result: row.part }, 'nok');
    b.put(SHARE.whole, { formula: formulas[row.id].whole, result: row.whole }, 'nok');
    b.put(SHARE.share, { formula: `IF(${whole}>0,${part}/${whole},"")`, result: row.whole > 0 ? row.part / row.whole : '' }, 'percent');
    if (row.check.limit === null) {
      b.put(SHARE.limit, limitText(row), 'limitNone');
      b.span(SHARE.verdict, SHARE.verdictEnd, shareVerdict(row), 'shareStatus');
    } else {
      b.put(SHARE.limit, row.check.limit, row.kind === 'max' ? 'limitMax' : 'limitMin');
      const test = row.kind === 'max' ? `${part}<=${limit}*${whole}+${HALF_ORE}` : `${part}+${HALF_ORE}>=${limit}*${whole}`;
      const over = row.kind === 'max' ? 'Over grensen' : 'Under grensen';
      b.span(
        SHARE.verdict,
        SHARE.verdictEnd,
        { formula: `IF(${whole}>0,IF(${test},"OK","${over}"),"–")`, result: shareVerdict(row) },
        'shareStatus',
      );
    }
    b.next();
  }
  return `${addr(SHARE.verdict, start)}:${addr(SHARE.verdict, b.row - 1)}`;
}

const SEVERITY_STYLE: Record<Severity, MeldingStyleKey> = { error: 'findingError', warning: 'findingWarning', info: 'findingInfo' };

/** Finding columns: severity A–B, cells C, message D–E, fix F–I, source J–M. */
const FINDING_COLUMNS = { message: [3, 4], hint: [5, 8], source: [9, LAST] } as const;

function findings(b: SheetBuilder, list: readonly Finding[]): void {
  const { message, hint, source } = FINDING_COLUMNS;
  b.span(0, 1, 'Alvorlighet', 'tableHeader');
  b.put(2, 'Celler', 'tableHeader');
  b.span(message[0], message[1], 'Funn', 'tableHeader');
  b.span(hint[0], hint[1], 'Slik retter du det', 'tableHeader');
  b.span(source[0], source[1], 'Kilde', 'tableHeader');
  b.next();
  for (const f of list) {
    const cells = findingCells(f);
    const cited = findingSource(f);
    b.span(0, 1, SEVERITY_LABEL[f.severity], SEVERITY_STYLE[f.severity]);
    b.put(2, cells, 'cell');
    b.span(message[0], message[1], f.message, 'cell');
    b.span(hint[0], hint[1], f.hint ?? '', 'cell');
    b.span(source[0], source[1], cited, 'cell');
    b.fit(cells, 2, 2);
    b.fit(f.message, message[0], message[1]);
    b.fit(f.hint ?? '', hint[0], hint[1]);
    b.fit(cited, source[0], source[1]);
    b.next();
  }
}

/** «Brukerveiledning Behovsmeldinger 2024: «Hvert partnerskap …»»: where the rule comes from. */
export function findingSource(f: Finding): string {
  return f.source ? formatSource(f.source) : '';
}

// ---- Recognising generated sheets --------------------------------------------------------

/**
 * How a generated sheet is recognised: a workbook-level defined name
 * `Behovsmelding_generert_<n>` that refers to the sheet's A1.
 *
 * Why a name and not a marker cell: both exceljs (workbook.definedNames) and Office.js
 * (workbook.names, ExcelApi 1.1/1.4) read and write workbook-level names; the reference
 * follows the sheet when the user renames it; a copy the user makes of a generated sheet does
 * not carry a workbook-level name (Excel gives copies sheet-scoped names at most, which are
 * ignored here), so the copy is the user's and is never removed; and no cell of the sheet is
 * spent on it, so nothing can be overwritten or cleared by accident. A name whose sheet is
 * gone (#REF!) is stale and is removed along with the others.
 */
export const GENERATED_MARKER = {
  prefix: 'Behovsmelding_generert_',
  /** Name for the n-th generated sheet (0-based n). */
  name(index: number): string {
    return `${GENERATED_MARKER.prefix}${index + 1}`;
  },
  isName(name: string): boolean {
    return /^Behovsmelding_generert_\d+$/i.test(name);
  },
  /** Reference the name holds, e.g. `'Melding Regional ordning'!$A$1`. */
  reference(sheetName: string): string {
    return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
  },
  /** The sheet a marker reference points at; null unless it is a sheet's A1. Accepts a leading `=`. */
  sheetOf(reference: string): string | null {
    const m = /^=?(?:'((?:[^']|'')+)'|([^'!\s#=][^'!\s]*))!\$?A\$?1$/.exec(reference.trim());
    if (!m) return null;
    return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  },
};

/** Names of the sheets that the defined names mark as generated (original spelling). */
export function generatedSheetNames(names: readonly { name: string; reference: string }[]): string[] {
  const sheets = names.filter((n) => GENERATED_MARKER.isName(n.name)).map((n) => GENERATED_MARKER.sheetOf(n.reference));
  return [...new Set(sheets.filter((s): s is string => s !== null))];
}

/**
 * The sheet names every writer gives the meldinger (the pane's Excel sheets, the .xlsx of the pane
 * and the CLI), given the sheets that stay in the workbook: a melding's own name (the domain's,
 * see domain/sheet-names.ts) when free, otherwise the next free "Name (2)". A user's sheet of the
 * same name, in any case, is never replaced.
 */
export function freeSheetNames(doc: MeldingDocument, remainingSheets: readonly string[] = []): string[] {
  const used = new Set(remainingSheets.map((s) => s.toLowerCase()));
  return doc.meldinger.map((m) => uniqueSheetName(m.sheetName, used));
}
