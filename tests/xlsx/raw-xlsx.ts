import JSZip from 'jszip';

/**
 * A minimal .xlsx written part by part, the way Excel itself stores cells (shared strings,
 * `t="e"` errors, shared formulas, inline strings, date styles, table parts), so the reader is
 * tested on more than what exceljs writes.
 */
export interface RawSheet {
  name: string;
  /** The children of <sheetData>. */
  rows: string;
  /** Extra elements after </sheetData>, e.g. <mergeCells>. */
  after?: string;
  /** The table part of this sheet (a <table> element), if any. */
  table?: string;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style 0 is General; style 1 is the built-in date format 14 (d.m.yyyy in a Norwegian Excel). */
const STYLES = [
  `<styleSheet xmlns="${NS}">`,
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>',
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
  '</styleSheet>',
].join('');

const relationships = (rels: Array<[type: string, target: string]>) =>
  `<Relationships xmlns="${PKG}">${rels.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`;

/** A shared string: plain text, or rich text given as its <r> runs. */
const sharedString = (s: string) => (s.startsWith('<r>') ? `<si>${s}</si>` : `<si><t xml:space="preserve">${s}</t></si>`);

export async function rawXlsx(sheets: RawSheet[], sharedStrings: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const part = (name: string, xml: string) => zip.file(name, XML + xml);
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`,
    ...sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`),
    ...sheets.flatMap((s, i) => (s.table ? [`<Override PartName="/xl/tables/table${i + 1}.xml" ContentType="${CT}.table+xml"/>`] : [])),
  ];
  part(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      `<Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  part('_rels/.rels', relationships([['officeDocument', 'xl/workbook.xml']]));
  const sheetList = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  part('xl/workbook.xml', `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheetList}</sheets></workbook>`);
  part(
    'xl/_rels/workbook.xml.rels',
    relationships([
      ...sheets.map((_, i): [string, string] => ['worksheet', `worksheets/sheet${i + 1}.xml`]),
      ['styles', 'styles.xml'],
      ['sharedStrings', 'sharedStrings.xml'],
    ]),
  );
  part('xl/styles.xml', STYLES);
  const count = sharedStrings.length;
  part(
    'xl/sharedStrings.xml',
    `<sst xmlns="${NS}" count="${count}" uniqueCount="${count}">${sharedStrings.map(sharedString).join('')}</sst>`,
  );
  sheets.forEach((s, i) => {
    const tablePart = s.table ? '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' : '';
    part(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>${s.rows}</sheetData>${s.after ?? ''}${tablePart}</worksheet>`,
    );
    if (s.table) {
      part(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relationships([['table', `../tables/table${i + 1}.xml`]]));
      part(`xl/tables/table${i + 1}.xml`, s.table);
    }
  });
  return zip.generateAsync({ type: 'uint8array' });
}
