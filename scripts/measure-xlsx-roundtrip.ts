/**
 * What survives when the melding writer (exceljs) rewrites a user's workbook.
 * Run: npx tsx scripts/measure-xlsx-roundtrip.ts
 *
 * The user workbook of the tests is given, by hand, the parts exceljs cannot make itself and
 * Excel files often have: a chart, sparklines (an x14 extension), a sheet-scoped name and a
 * constant name. Then each feature is looked up in the file before and after.
 */
import JSZip from 'jszip';
import { writeMeldingWorkbook } from '../src/xlsx/melding-workbook';
import { buildDoc } from '../tests/melding/fixtures';
import { userWorkbook } from '../tests/melding/user-workbook';

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Tiltak!$D$4:$D$6</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const SPARKLINES = `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>Tiltak!D4:E4</xm:f><xm:sqref>H4</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function withExcelParts(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (path: string) => zip.file(path)!.async('string');
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  const rels = await text('xl/worksheets/_rels/sheet1.xml.rels');
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdChart" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
    ),
  );
  const sheet = await text('xl/worksheets/sheet1.xml');
  zip.file(
    'xl/worksheets/sheet1.xml',
    sheet.replace('<legacyDrawing', '<drawing r:id="rIdChart"/><legacyDrawing').replace('</worksheet>', `${SPARKLINES}</worksheet>`),
  );
  const types = await text('[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  const workbook = await text('xl/workbook.xml');
  zip.file(
    'xl/workbook.xml',
    workbook.replace(
      '<definedNames>',
      '<definedNames><definedName name="Lokal" localSheetId="0">Tiltak!$B$4</definedName><definedName name="Sats">0.3</definedName>',
    ),
  );
  return zip.generateAsync({ type: 'uint8array' });
}

const FEATURES: [string, (files: Record<string, string>) => boolean][] = [
  ['diagram (chart)', (f) => Object.keys(f).some((p) => p.startsWith('xl/charts/'))],
  ['sparklines (x14-utvidelse)', (f) => f['xl/worksheets/sheet1.xml']!.includes('sparklineGroup')],
  ['arkbegrenset navn (localSheetId)', (f) => /name="Lokal" localSheetId="0"/.test(f['xl/workbook.xml']!)],
  ['navn som er en konstant', (f) => f['xl/workbook.xml']!.includes('name="Sats"')],
  ['områdenavn', (f) => f['xl/workbook.xml']!.includes('name="EierMidler"')],
  ['utskriftsområde', (f) => f['xl/workbook.xml']!.includes('_xlnm.Print_Area')],
  ['datavalidering (liste)', (f) => f['xl/worksheets/sheet1.xml']!.includes('<dataValidation ')],
  ['betinget formatering', (f) => (f['xl/worksheets/sheet1.xml']!.match(/<cfRule /g) ?? []).length === 2],
  ['merknad (note)', (f) => Object.keys(f).some((p) => /^xl\/comments\d*\.xml$/.test(p))],
  ['hyperkobling', (f) => f['xl/worksheets/sheet1.xml']!.includes('<hyperlink ')],
  ['Excel-tabell', (f) => Object.keys(f).some((p) => p.startsWith('xl/tables/'))],
  ['frosne rader', (f) => f['xl/worksheets/sheet1.xml']!.includes('state="frozen"')],
  ['skjult kolonne', (f) => /<col [^>]*hidden="1"/.test(f['xl/worksheets/sheet1.xml']!)],
];

async function filesOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => [f.name, await f.async('string')] as const),
  );
  return Object.fromEntries(entries);
}

async function main(): Promise<void> {
  const input = await withExcelParts(await userWorkbook());
  const output = await writeMeldingWorkbook(input, buildDoc());
  const [before, after] = await Promise.all([filesOf(input), filesOf(output)]);
  for (const [feature, present] of FEATURES) {
    const verdict = !present(before) ? 'mangler i inndata' : present(after) ? 'beholdt' : 'TAPT';
    console.log(`${feature.padEnd(34)} ${verdict}`);
  }
  const printArea = (f: Record<string, string>) => /_xlnm\.Print_Area" localSheetId="0">([^<]+)</.exec(f['xl/workbook.xml']!)?.[1];
  console.log(`${'utskriftsområde, skrevet som'.padEnd(34)} ${printArea(before)} → ${printArea(after)}`);
}

void main();
