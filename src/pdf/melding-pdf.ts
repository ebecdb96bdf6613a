/**
 * The melding document as a PDF (pdfmake 0.3): A4 landscape, one section per melding with its
 * own page numbers ("Side 2 av 3"), the same content and texts as the melding sheet. A
 * melding with errors carries the UTKAST mark in its title block, in the header of its later
 * pages and as a watermark on all of them.
 */
import type { Content, ContentTable, CustomTableLayout, StyleDictionary, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Melding, MeldingDocument, MeldingTiltak } from '../domain/melding';
import { LOCALE, type Texts } from '../i18n';
import { meldingTexts, TILTAK_COLUMNS, type MeldingTexts } from '../sheet/melding-texts';
import { unbreakableOnlyWhereItFits, withBreakableText, type PageBox } from './fit-pages';
import { loadPdfMake, type PdfMake } from './pdfmake';

const RED = '#C00000';
const NAVY = '#1F3864';
const GREY = '#595959';
const HEADER_FILL = '#D9E1F2';

const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#A6A6A6',
  vLineColor: () => '#A6A6A6',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** Tiltak table widths in points, in TILTAK_COLUMNS order; `*` takes what is left. */
const TILTAK_WIDTHS: (number | '*')[] = [16, 80, 62, '*', 90, 50, 50, 52, 50, 50, 40, 40, 30];

/** The PDF bytes. `pdfMake` is a prepared pdfmake (see preparePdfMake); by default this host's, loaded lazily. */
export async function renderMeldingPdf(doc: MeldingDocument, texts: Texts, pdfMake?: PdfMake): Promise<Uint8Array> {
  const engine = pdfMake ?? (await loadPdfMake());
  const bytes = await engine.createPdf(meldingPdfDefinition(doc, texts)).getBuffer();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A4 landscape (841.89 × 595.28 points) inside the page margins. */
const MARGINS: [number, number, number, number] = [32, 40, 32, 36];
const PAGE: PageBox = { width: 841.89 - MARGINS[0] - MARGINS[2], height: 595.28 - MARGINS[1] - MARGINS[3] };
const FONT_SIZE = 9;
const LINE_HEIGHT = 1.15;

const STYLES: StyleDictionary = {
  title: { fontSize: 16, bold: true, color: NAVY, margin: [0, 0, 0, 6] },
  section: { fontSize: 11.5, bold: true, color: NAVY, margin: [0, 12, 0, 4] },
  label: { bold: true },
  tableHeader: { bold: true, fillColor: HEADER_FILL },
  small: { fontSize: 7.5 },
  missing: { italics: true, color: RED },
};

export function meldingPdfDefinition(doc: MeldingDocument, texts: Texts): TDocumentDefinitions {
  const w = meldingTexts(texts);
  const pages = new SectionPages(w);
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    language: LOCALE[texts.language],
    info: {
      title: doc.meldinger.length === 1 ? doc.meldinger[0]!.title : w.t.pdf.title,
      subject: doc.profile.name,
      creator: 'Behovsmelding',
      creationDate: new Date(`${doc.generated}T00:00:00Z`),
    },
    defaultStyle: { font: 'Roboto', fontSize: FONT_SIZE, lineHeight: LINE_HEIGHT },
    styles: STYLES,
    content: doc.meldinger.map((m, i) => ({
      section: withBreakableText(meldingContent(w, m, doc)),
      header: (page: number) => withBreakableText(pages.header(i, page, m)),
      footer: (page: number, pageCount: number) => withBreakableText(pages.footer(i, page, pageCount, m, doc)),
      ...(m.status === 'utkast' ? { watermark: { text: w.t.pdf.watermark, color: RED, opacity: 0.07, bold: true, fontSize: 120 } } : {}),
    })),
  };
}

/**
 * Page numbers per melding. pdfmake lays out all content, then calls every page's header and
 * then every page's footer, in page order; so the headers can note which pages belong to
 * which melding, and the footers then know "Side k av n" within it.
 */
class SectionPages {
  private readonly pages = new Map<number, Set<number>>();

  constructor(private readonly w: MeldingTexts) {}

  header(section: number, page: number, m: Melding): Content | null {
    // Page 1 starts a layout pass; should pdfmake lay out again, count afresh.
    if (page === 1) this.pages.clear();
    const seen = this.pages.get(section) ?? new Set<number>();
    this.pages.set(section, seen.add(page));
    if (page === Math.min(...seen)) return null;
    const draft = m.status === 'utkast' ? [{ text: `  ${this.w.statusText(m)}`, color: RED, bold: true }] : [];
    return { text: [{ text: runningTitle(m) }, ...draft], style: 'small', color: GREY, alignment: 'right', margin: [32, 20, 32, 0] };
  }

  footer(section: number, page: number, pageCount: number, m: Melding, doc: MeldingDocument): Content {
    const seen = [...(this.pages.get(section) ?? [])].sort((a, b) => a - b);
    const [k, n] = seen.includes(page) ? [seen.indexOf(page) + 1, seen.length] : [page, pageCount];
    return {
      columns: [
        { text: runningTitle(m), width: '*' },
        { text: this.w.t.generated({ date: doc.generated }), width: 'auto', alignment: 'center' },
        { text: this.w.t.page({ page: k, count: n }), width: 110, alignment: 'right' },
      ],
      columnGap: 12,
      style: 'small',
      color: GREY,
      margin: [32, 12, 32, 0],
    };
  }
}

/**
 * The title in the margins of every page, cut to two lines at most: the margins have room for no
 * more, and the whole title stands on the melding's first page.
 */
const RUNNING_TITLE = 150;
function runningTitle(m: Melding): string {
  return m.title.length > RUNNING_TITLE ? `${m.title.slice(0, RUNNING_TITLE - 1).trimEnd()}…` : m.title;
}

function meldingContent(w: MeldingTexts, m: Melding, doc: MeldingDocument): Content[] {
  const sections = w.t.sections;
  const content: Content[] = [
    { text: m.title, style: 'title' },
    labelTable(w, w.titleRows(m, doc), LABEL_WIDTHS, false),
    statusBanner(w, m),
    headed(sections.partnership, partnershipTable(w, m)),
    headed(sections.tiltak, tiltakTable(w, m)),
    headed(sections.shares, sharesTable(w, m)),
    ...m.tiltak.map((t, i) => (i === 0 ? headed(sections.criteria, criteriaTable(w, t, i)) : criteriaTable(w, t, i))),
  ];
  if (m.findings.length) content.push(headed(sections.findings, findingsTable(w, m)));
  // No row, header or heading with the rows kept to it may be taller than a page: pdfmake would drop it.
  return content.map((node) => (isTable(node) ? unbreakableOnlyWhereItFits(node, PAGE, tableMetrics(node)) : node));
}

const isTable = (node: Content): node is ContentTable => typeof node === 'object' && node !== null && 'table' in node;

function tableMetrics(node: ContentTable) {
  const fontSize = (typeof node.style === 'string' && STYLES[node.style]?.fontSize) || FONT_SIZE;
  const layout = node.layout && typeof node.layout === 'object' ? node.layout : GRID;
  const padding = (side: CustomTableLayout['paddingLeft']) => (typeof side === 'function' ? side(0, node) : side) ?? 4;
  return {
    fontSize,
    lineHeight: LINE_HEIGHT,
    styles: STYLES,
    paddingX: padding(layout.paddingLeft) + padding(layout.paddingRight),
    paddingY: padding(layout.paddingTop) + padding(layout.paddingBottom),
  };
}

const LABEL_WIDTHS: (number | '*')[] = [150, '*'];

/**
 * A section heading as the table's first header row, kept with the rows after it: a heading
 * never ends a page alone, and it repeats with the column headers on the table's later pages.
 */
function headed(title: string, node: ContentTable): ContentTable {
  const columns = node.table.widths?.length ?? 1;
  const heading: TableCell[] = [
    { text: title, style: 'section', colSpan: columns, border: [false, false, false, false] },
    ...Array.from({ length: columns - 1 }, () => ({})),
  ];
  const headerRows = (node.table.headerRows ?? 0) + 1;
  const layout = typeof node.layout === 'object' ? node.layout : GRID;
  const lineWidth = layout.hLineWidth;
  return {
    ...node,
    table: { ...node.table, headerRows, keepWithHeaderRows: 1, body: [heading, ...node.table.body] },
    // No line above the heading: pdfmake would draw one, shifted, despite the cell's borders.
    layout: { ...layout, hLineWidth: (i, table) => (i === 0 ? 0 : typeof lineWidth === 'function' ? lineWidth(i, table) : 0.5) },
  };
}

function labelTable(w: MeldingTexts, rows: [string, string | null][], widths: (number | '*')[], lines = true): ContentTable {
  return {
    table: {
      widths,
      body: rows.map(([label, value]) => [
        { text: label, style: 'label' },
        value === null ? { text: w.t.notFilled, style: 'missing' } : { text: value },
      ]),
    },
    layout: lines ? GRID : 'noBorders',
  };
}

/** Who is in the partnership on the left, their written agreement on the right. */
function partnershipTable(w: MeldingTexts, m: Melding): ContentTable {
  const rows = w.partnershipRows(m);
  const split = rows.findIndex(([label]) => label === w.texts.domain.partnershipFields.skriftligAvtale);
  const [left, right] = [rows.slice(0, split), rows.slice(split)];
  const cells = ([label, value]: [string, string] | [undefined, undefined]): TableCell[] =>
    label === undefined ? [{ text: '' }, { text: '' }] : [{ text: label, style: 'label' }, { text: value }];
  const body = left.map((row, i) => [...cells(row), ...cells(right[i] ?? [undefined, undefined])]);
  return { table: { widths: [110, '*', 150, '*'], body }, layout: GRID };
}

function statusBanner(w: MeldingTexts, m: Melding): ContentTable {
  const draft = m.status === 'utkast';
  return {
    table: {
      widths: ['*'],
      body: [
        [{ text: w.statusText(m), bold: true, fontSize: 12, color: draft ? '#FFFFFF' : '#1E4620', fillColor: draft ? RED : '#D9EAD3' }],
      ],
    },
    layout: { ...GRID, hLineWidth: () => 0, vLineWidth: () => 0, paddingTop: () => 4, paddingBottom: () => 4, paddingLeft: () => 6 },
    margin: [0, 6, 0, 0],
  };
}

function tiltakTable(w: MeldingTexts, m: Melding): ContentTable {
  const nok = amountCell(w);
  const sum = (pick: (t: MeldingTiltak) => number | null) => m.tiltak.reduce((s, t) => s + (pick(t) ?? 0), 0);
  const header: TableCell[] = TILTAK_COLUMNS.map((c, i) => ({
    text: w.t.columns[c],
    style: 'tableHeader',
    alignment: i >= 5 && i <= 9 ? 'right' : 'left',
  }));
  const rows: TableCell[][] = m.tiltak.map((t) => [
    { text: t.nr },
    { text: t.tittel },
    { text: t.faseNavn },
    { text: t.beskrivelse },
    { text: t.ansvar },
    nok(t.tilskuddEier),
    nok(t.tilskuddUh),
    nok((t.tilskuddEier ?? 0) + (t.tilskuddUh ?? 0)),
    nok(t.koordinator),
    nok(t.egenandel),
    { text: t.start },
    { text: t.slutt },
    { text: w.yesNo(t.flerarig), alignment: 'center' },
  ]);
  const eier = sum((t) => t.tilskuddEier);
  const uh = sum((t) => t.tilskuddUh);
  const totals: TableCell[] = [
    { text: w.t.total, bold: true, colSpan: 5 },
    {},
    {},
    {},
    {},
    nok(eier, true),
    nok(uh, true),
    nok(eier + uh, true),
    nok(
      sum((t) => t.koordinator),
      true,
    ),
    nok(
      sum((t) => t.egenandel),
      true,
    ),
    { text: '', colSpan: 3 },
    {},
    {},
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: TILTAK_WIDTHS, body: [header, ...rows, totals] },
    layout: { ...GRID, hLineWidth: (i, node) => (i === node.table.body.length - 1 ? 1.2 : 0.5) },
    style: 'small',
  };
}

function sharesTable(w: MeldingTexts, m: Melding): ContentTable {
  const nok = amountCell(w);
  const words = w.t.shares;
  const { what, part, whole, share, limit, verdict: judged } = words.columns;
  const header: TableCell[] = [what, part, whole, share, limit, judged].map((text, i) => ({
    text,
    style: 'tableHeader',
    alignment: i === 0 ? 'left' : i === 5 ? 'center' : 'right',
  }));
  const rows: TableCell[][] = w.shareRows(m).map((row) => {
    const verdict = w.shareVerdict(row);
    const alert = verdict === words.over || verdict === words.under;
    return [
      { text: row.label },
      nok(row.part),
      nok(row.whole),
      { text: row.whole > 0 ? w.texts.format.percent(row.part / row.whole) : '–', alignment: 'right' },
      { text: w.limitText(row), alignment: 'right' },
      { text: verdict, bold: true, alignment: 'center', color: alert ? RED : undefined },
    ];
  });
  return { table: { headerRows: 1, widths: [200, 80, 80, 60, 70, 90], body: [header, ...rows] }, layout: GRID };
}

function criteriaTable(w: MeldingTexts, t: MeldingTiltak, index: number): ContentTable {
  const heading: TableCell[] = [{ text: w.tiltakHeading(t, index), bold: true, fillColor: '#EDEDED', colSpan: 2 }, {}];
  const rows: TableCell[][] = w
    .criteriaRows(t)
    .map(([label, text]) => [{ text: label, style: 'label' }, text === null ? { text: w.t.notFilled, style: 'missing' } : { text }]);
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, widths: LABEL_WIDTHS, body: [heading, ...rows] },
    layout: GRID,
    margin: [0, 0, 0, 8],
  };
}

function findingsTable(w: MeldingTexts, m: Melding): ContentTable {
  const color = { error: RED, warning: '#9C5700', info: NAVY } as const;
  const heads = w.t.findingColumns;
  const header: TableCell[] = [heads.severity, heads.cells, heads.finding, heads.fix, heads.source].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  const rows: TableCell[][] = m.findings.map((f) => [
    { text: w.severity(f.severity), bold: true, color: color[f.severity] },
    { text: w.findingCells(f) },
    { text: f.message },
    { text: f.hint ?? '' },
    { text: w.findingSource(f) },
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [55, 90, '*', 170, 170], body: [header, ...rows] },
    layout: GRID,
    style: 'small',
  };
}

/** An amount as the PDF shows it: kroner, or the word for an unreadable cell. */
function amountCell(w: MeldingTexts): (value: number | null, bold?: boolean) => TableCell {
  return (value, bold = false) =>
    value === null
      ? { text: w.t.unreadable, style: 'missing', alignment: 'right' }
      : { text: w.texts.format.nok(value), alignment: 'right', noWrap: true, bold };
}
