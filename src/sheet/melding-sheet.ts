/**
 * The melding as a sheet (spec.ts): title and status, the partnership, the tiltak table with
 * live sums, shares against the caps, criteria per tiltak and the findings, laid out for A4.
 *
 * Freeze panes: none. The title and partnership blocks sit above the tiltak table, so a frozen
 * header would take half the screen; on paper the table header repeats when the table runs over
 * pages instead.
 */
import type { Melding, MeldingDocument, MeldingTiltak } from '../domain/melding';
import type { Finding, Severity } from '../domain/model';
import type { Texts } from '../i18n';
import { columnLetter } from '../table/grid';
import { HALF_ORE, meldingTexts, TILTAK_COLUMNS, TILTAK_WIDTHS, type MeldingTexts, type ShareRow } from './melding-texts';
import { BODY, MELDING_STYLES, type MeldingStyleKey, type SheetCell, type SheetSpec, type SheetValue } from './spec';

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
const WIDTHS = TILTAK_COLUMNS.map((c) => TILTAK_WIDTHS[c]);
const LAST = TILTAK_COLUMNS.length - 1;
/** Label/value blocks: label in A:C, value in D:M. */
const LABEL_END = 2;
const VALUE_START = 3;

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
  const scale = Math.min(1, PRINTABLE.width / WIDTHS.reduce((w, c) => w + columnPoints(c), 0));
  let height = 0;
  for (let r = 1; r <= lastTableRow; r++) height += rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
  return height * scale > PRINTABLE.height;
}

const widthOf = (from: number, to: number) => WIDTHS.slice(from, to + 1).reduce((w, c) => w + c, 0);
const addr = (col: number, row: number) => `${columnLetter(col)}${row}`;

/** Collects cells, merges and row heights row by row, with the words of the melding's language at hand. */
class SheetBuilder {
  readonly cells: SheetCell[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};
  row = 1;

  constructor(readonly w: MeldingTexts) {}

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
  b.span(VALUE_START, LAST, value ?? b.w.t.notFilled, value === null ? 'missing' : style);
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

export function meldingSheetSpec(melding: Melding, doc: MeldingDocument, texts: Texts): SheetSpec {
  const w = meldingTexts(texts);
  const { t } = w;
  const b = new SheetBuilder(w);
  const m = melding;

  b.span(0, LAST, m.title, 'title');
  b.height(26);
  b.next();
  for (const [label, value] of w.titleRows(m, doc)) labelValue(b, label, value);
  b.span(0, LABEL_END, t.head.status, 'label');
  b.span(VALUE_START, LAST, w.statusText(m), m.status === 'utkast' ? 'statusDraft' : 'statusFinal');
  b.height(20);
  b.next(2);

  section(b, t.sections.partnership);
  for (const [label, value] of w.partnershipRows(m)) labelValue(b, label, value);
  b.next();

  section(b, t.sections.tiltak);
  const headerRow = b.row;
  TILTAK_COLUMNS.forEach((c, i) => b.put(i, t.columns[c], i >= C.eier && i <= C.egen ? 'tableHeaderNumber' : 'tableHeader'));
  b.height(28);
  b.next();
  const first = b.row;
  for (const t of m.tiltak) tiltakRow(b, t);
  const last = b.row - 1;
  const totalsRow = b.row;
  totals(b, m, first, last);
  b.next(2);

  section(b, t.sections.shares);
  const shareRange = shares(b, m, { first, last, totals: totalsRow });
  b.next();

  section(b, t.sections.criteria);
  m.tiltak.forEach((x, i) => {
    b.span(0, LAST, w.tiltakHeading(x, i), 'subheading');
    b.next();
    for (const [label, text] of w.criteriaRows(x)) labelValue(b, label, text);
  });

  if (m.findings.length) {
    b.next();
    section(b, t.sections.findings);
    findings(b, m.findings);
  }

  const lastRow = b.row - 1;
  return {
    name: m.sheetName,
    cells: b.cells,
    styles: MELDING_STYLES,
    merges: b.merges,
    columnWidths: WIDTHS,
    rowHeights: b.rowHeights,
    conditionalFormats: [
      { range: shareRange, containsText: t.shares.over, style: 'alert' },
      { range: shareRange, containsText: t.shares.under, style: 'alert' },
    ],
    page: {
      paperSize: 'A4',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: `A1:${addr(LAST, lastRow)}`,
      ...(tableMaySpanPages(b.rowHeights, totalsRow) ? { printTitleRows: `${headerRow}:${headerRow}` } : {}),
      margins: MARGINS,
      header: m.status === 'utkast' ? { center: `&"-,Bold"&KC00000${headerFooterText(w.statusText(m))}` } : {},
      footer: { left: headerFooterText(m.title), center: t.excelPage, right: t.generated({ date: doc.generated }) },
    },
    showGridLines: false,
  };
}

function amount(b: SheetBuilder, col: number, value: number | null): void {
  b.put(col, value ?? b.w.t.unreadable, value === null ? 'unreadable' : 'nok');
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
  b.put(C.fler, b.w.yesNo(t.flerarig), 'cellCenter');
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
  b.span(0, C.hvem, b.w.t.total, 'totalLabel');
  for (const [col, result] of results) {
    const value = last >= first ? { formula: `SUM(${addr(col, first)}:${addr(col, last)})`, result } : 0;
    b.put(col, value, 'totalNok');
  }
  b.span(C.start, LAST, null, 'totalLabel');
}

/** The shares block; returns the range of its verdict cells. */
function shares(b: SheetBuilder, m: Melding, rows: { first: number; last: number; totals: number }): string {
  const SHARE = { part: 5, whole: 6, share: 7, limit: 8, verdict: 9, verdictEnd: 10 } as const;
  const { w } = b;
  const words = w.t.shares;
  b.span(0, 4, words.columns.what, 'tableHeader');
  b.put(SHARE.part, words.columns.part, 'tableHeaderNumber');
  b.put(SHARE.whole, words.columns.whole, 'tableHeaderNumber');
  b.put(SHARE.share, words.columns.share, 'tableHeaderNumber');
  b.put(SHARE.limit, words.columns.limit, 'tableHeaderNumber');
  b.span(SHARE.verdict, SHARE.verdictEnd, words.columns.verdict, 'tableHeader');
  b.next();
  const t = rows.totals;
  const span = (col: number) => `${addr(col, rows.first)}:${addr(col, rows.last)}`;
  const formulas: Record<ShareRow['id'], { part: string; whole: string }> = {
    koordinator: { part: addr(C.koord, t), whole: addr(C.eier, t) },
    flerarig: { part: `SUMIF(${span(C.fler)},"${w.yesNo(true)}",${span(C.sum)})`, whole: addr(C.sum, t) },
    egenandel: { part: addr(C.egen, t), whole: addr(C.eier, t) },
  };
  const start = b.row;
  for (const row of w.shareRows(m)) {
    const r = b.row;
    const [part, whole, limit] = [addr(SHARE.part, r), addr(SHARE.whole, r), addr(SHARE.limit, r)];
    b.span(0, 4, row.label, 'cell');
    b.put(SHARE.part, { formula: formulas[row.id].part, result: row.part }, 'nok');
    b.put(SHARE.whole, { formula: formulas[row.id].whole, result: row.whole }, 'nok');
    b.put(SHARE.share, { formula: `IF(${whole}>0,${part}/${whole},"")`, result: row.whole > 0 ? row.part / row.whole : '' }, 'percent');
    if (row.check.limit === null) {
      b.put(SHARE.limit, w.limitText(row), 'limitNone');
      b.span(SHARE.verdict, SHARE.verdictEnd, w.shareVerdict(row), 'shareStatus');
    } else {
      b.put(SHARE.limit, row.check.limit, row.kind === 'max' ? 'limitMax' : 'limitMin');
      const test = row.kind === 'max' ? `${part}<=${limit}*${whole}+${HALF_ORE}` : `${part}+${HALF_ORE}>=${limit}*${whole}`;
      const over = row.kind === 'max' ? words.over : words.under;
      b.span(
        SHARE.verdict,
        SHARE.verdictEnd,
        { formula: `IF(${whole}>0,IF(${test},"${words.ok}","${over}"),"–")`, result: w.shareVerdict(row) },
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
  const { w } = b;
  const heads = w.t.findingColumns;
  b.span(0, 1, heads.severity, 'tableHeader');
  b.put(2, heads.cells, 'tableHeader');
  b.span(message[0], message[1], heads.finding, 'tableHeader');
  b.span(hint[0], hint[1], heads.fix, 'tableHeader');
  b.span(source[0], source[1], heads.source, 'tableHeader');
  b.next();
  for (const f of list) {
    const cells = w.findingCells(f);
    const cited = w.findingSource(f);
    b.span(0, 1, w.severity(f.severity), SEVERITY_STYLE[f.severity]);
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
