/**
 * The overview's charts as parts of the .xlsx package: exceljs writes no charts (its issue #141,
 * open since 2016), and no maintained npm package adds one to a finished workbook, so the parts
 * are written here, after exceljs, from the same ChartSpec the pane hands to Office.js:
 * xl/charts/chartN.xml (DrawingML bar charts bound to the sheet's cells, with the values cached
 * for readers that do not recalculate), xl/drawings/drawing1.xml (where they sit), the
 * relationships between sheet, drawing and charts, and their content types.
 *
 * Element order follows the schema (ECMA-376 part 1, §21.2 and §20.5), which Excel holds to:
 * a part out of order opens as "We found a problem with some content".
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ChartLayout, ChartSpec } from '../sheet/oversikt-charts';
import { parseAddress } from '../table/grid';
import { xlsxText } from './excel-safe';

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const REL = {
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};
const TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** `xlsx` with the layout's charts on its `sheet`-th worksheet (1-based, as exceljs numbers the parts). */
export function addCharts(xlsx: Uint8Array, sheet: number, layout: Pick<ChartLayout, 'charts' | 'rows'>): Uint8Array {
  const files = unzipSync(xlsx);
  const sheetPath = `xl/worksheets/sheet${sheet}.xml`;
  const relsPath = `xl/worksheets/_rels/sheet${sheet}.xml.rels`;
  const text = (path: string) => strFromU8(files[path]!);

  const rels = files[relsPath] ? text(relsPath) : `${XML_HEAD}<Relationships xmlns="${NS.rels}"></Relationships>`;
  // A new id after the sheet's own (its tables'): ids must be unique within the part.
  const used = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const drawingId = `rId${Math.max(0, ...used) + 1}`;
  files[relsPath] = strToU8(
    rels.replace(
      '</Relationships>',
      `<Relationship Id="${drawingId}" Type="${REL.drawing}" Target="../drawings/drawing1.xml"/></Relationships>`,
    ),
  );
  files[sheetPath] = strToU8(withDrawing(text(sheetPath), drawingId));

  files['xl/drawings/drawing1.xml'] = strToU8(drawingXml(layout.charts));
  files['xl/drawings/_rels/drawing1.xml.rels'] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${NS.rels}">` +
      layout.charts.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL.chart}" Target="../charts/chart${i + 1}.xml"/>`).join('') +
      '</Relationships>',
  );
  layout.charts.forEach((chart, i) => (files[`xl/charts/chart${i + 1}.xml`] = strToU8(chartXml(chart, layout.rows))));

  const overrides = [
    `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${TYPE.drawing}"/>`,
    ...layout.charts.map((_, i) => `<Override PartName="/xl/charts/chart${i + 1}.xml" ContentType="${TYPE.chart}"/>`),
  ].join('');
  files['[Content_Types].xml'] = strToU8(text('[Content_Types].xml').replace('</Types>', `${overrides}</Types>`));
  return zipSync(files, { level: 6 });
}

/**
 * The sheet's `<drawing>` element, where the schema puts it: after the page setup and header/footer,
 * before legacyDrawing, tableParts and extLst.
 */
function withDrawing(sheetXml: string, id: string): string {
  const element = `<drawing r:id="${id}"/>`;
  const before = [
    '<legacyDrawing',
    '<legacyDrawingHF',
    '<picture',
    '<oleObjects',
    '<controls',
    '<webPublishItems',
    '<tableParts',
    '<extLst',
  ]
    .map((tag) => sheetXml.indexOf(tag))
    .filter((at) => at >= 0);
  const at = before.length ? Math.min(...before) : sheetXml.lastIndexOf('</worksheet>');
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

function drawingXml(charts: readonly ChartSpec[]): string {
  const anchor = (chart: ChartSpec, i: number) => {
    const from = parseAddress(chart.from)!;
    const to = parseAddress(chart.to)!;
    const marker = (p: { row: number; col: number }) =>
      `<xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(from)}</xdr:from><xdr:to>${marker(to)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escape(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  };
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${charts.map(anchor).join('')}</xdr:wsDr>`;
}

function chartXml(chart: ChartSpec, rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const labels = rows.map((r) => String(r[0] ?? ''));
  const strCache = (values: readonly string[]) =>
    `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escape(xlsxText(v))}</c:v></c:pt>`).join('')}</c:strCache>`;
  const series = chart.series
    .map((s, i) => {
      const values = rows.map((r) => r[s.column]);
      const points = values.map((v, idx) => (typeof v === 'number' ? `<c:pt idx="${idx}"><c:v>${v}</c:v></c:pt>` : '')).join('');
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escape(s.name)}</c:f></c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${chart.colours[i] ?? '808080'}"/></a:solidFill></c:spPr>` +
        '<c:invertIfNegative val="0"/>' +
        `<c:cat><c:strRef><c:f>${escape(chart.categories)}</c:f>${strCache(labels)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escape(s.values)}</c:f><c:numCache><c:formatCode>${escape(chart.numberFormat)}</c:formatCode>` +
        `<c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef></c:val>` +
        '</c:ser>'
      );
    })
    .join('');
  const stacked = chart.kind === 'barStacked';
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="500001"/><c:axId val="500002"/></c:barChart>` +
    // Categories top to bottom in the table's order, with the value axis along the bottom.
    '<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>' +
    `<c:numFmt formatCode="${escape(chart.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    '<c:crossAx val="500001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart></c:chartSpace>'
  );
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
