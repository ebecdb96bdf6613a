import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookGrid } from '../../src/table/grid';
import { readOdsGrid } from '../../src/xlsx/ods';
import { readWorkbookGridSync } from '../../src/xlsx/read';
import { trimRows } from './exceljs-grid';

/**
 * The .ods reader against the .xlsx reader: LibreOffice wrote each pair from one document
 * (scripts/make-fixtures.py), so both must give the same sheets, values and merges.
 */
const DIR = join(__dirname, '../fixtures');
const read = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));
const comparable = (grid: WorkbookGrid) =>
  grid.sheets.map((s) => ({ name: s.name, hidden: s.hidden ?? false, cells: trimRows(s.cells), merges: s.merges }));

describe.each([
  ['lo-tiltak.ods', 'lo-tiltak.xlsm'],
  ['lo-1904.ods', 'lo-1904.xlsx'],
  ['lo-two-row-header.ods', 'lo-two-row-header.xlsx'],
  ['lo-autofilter-note.ods', 'lo-autofilter-note.xlsx'],
])('%s', (ods, xlsx) => {
  it(`reads what ${xlsx} holds`, () => {
    expect(comparable(readOdsGrid(read(ods)))).toEqual(comparable(readWorkbookGridSync(read(xlsx))));
  });
});

describe('readOdsGrid details', () => {
  it('gives dates as the calendar dates LibreOffice shows, merges, and formula results', () => {
    const [tiltak] = readOdsGrid(read('lo-1904.ods')).sheets;
    expect(tiltak!.cells[1]!.slice(14, 16)).toEqual([new Date(Date.UTC(2024, 7, 1)), new Date(Date.UTC(2027, 6, 31))]);
    const [filtered] = readOdsGrid(read('lo-autofilter-note.ods')).sheets;
    expect(filtered!.cells[4]!.slice(9, 11)).toEqual([700000, 450000]);
  });
});

describe('readOdsGrid on content written by hand', () => {
  it('hides sheets by their style, repeats cells, keeps spaces and line breaks, leaves comments out, reads errors', () => {
    const content =
      '<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x" xmlns:style="s" xmlns:calcext="c"><office:automatic-styles>' +
      '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>' +
      '<office:body><office:spreadsheet><table:table table:name="Mal" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>' +
      '<table:table table:name="Tiltak &amp; mer" table:style-name="ta1"><table:table-header-rows><table:table-row>' +
      '<table:table-cell office:value-type="string"><text:p>Lier<text:s text:c="2"/>og</text:p><text:p>Drammen</text:p>' +
      '<office:annotation><text:p>en merknad</text:p></office:annotation></table:table-cell>' +
      '<table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="1.5"><text:p>1,5</text:p></table:table-cell>' +
      '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>' +
      '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>SANN</text:p></table:table-cell>' +
      '</table:table-row></table:table-header-rows><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
      '</table:table></office:spreadsheet></office:body></office:document-content>';
    const grid = readOdsGrid(
      zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8(content) }),
    );
    expect(grid.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['Mal', true],
      ['Tiltak & mer', false],
    ]);
    expect(grid.sheets[1]!.cells).toEqual([['Lier  og\nDrammen', 1.5, 1.5, { error: '#DIV/0!' }, true]]);
  });
});
