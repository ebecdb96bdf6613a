import { nb } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { isCellError, type WorkbookGrid } from '../../src/table/grid';
import { zlibInflate } from '../../src/xlsx/open';
import { openWorkbookBytes } from '../../src/xlsx/open-bytes';
import { fflateInflate, type Inflate } from '../../src/xlsx/zip';
import { bomb, craftZip, entry, ods, workbookEntries, worksheet, wrap, type CraftedEntry } from './crafted';

/**
 * Files made to hurt (issue 23), each crafted here and small on disk: every one is refused with
 * one sentence that names the file and the problem, with either inflater, or read as Excel reads
 * it where it is no harm. How long each takes and how much memory is in `npm run bench -- bounds`.
 */
const INFLATERS: Array<[string, Inflate]> = [
  ['fflate', fflateInflate],
  ['zlib', zlibInflate],
];

function open(bytes: Uint8Array, name = 'bombe.xlsx', inflate: Inflate = fflateInflate): WorkbookGrid | string {
  const result = openWorkbookBytes(bytes, name, nb, inflate);
  return result.ok ? result.grid : result.message;
}

const resave = 'åpne den i Excel og lagre den på nytt, eller be avsenderen om en ny kopi.';
const damagedIn = (where: string) => `«bombe.xlsx» ser ut til å være skadet (${where}) og kan ikke leses: ${resave}`;
const sheetEntry = (rows: string) => entry('xl/worksheets/sheet1.xml', worksheet(rows));
const zipOf = (rows: string, more: CraftedEntry[] = []) => craftZip(workbookEntries(sheetEntry(rows), more));
const ROW = '<row><c><v>1</v></c></row>';

describe.each(INFLATERS)('zip bombs, inflated with %s', (_, inflate) => {
  it('refuses a sheet that inflates to 2.1 GB from its declared size, before inflating it', () => {
    const rows = bomb(ROW.repeat(40_000), 2_000);
    expect(rows.size).toBeGreaterThan(2e9);
    const sheet = { name: 'xl/worksheets/sheet1.xml', ...rows };
    const zip = craftZip(workbookEntries(sheet));
    expect(zip.length).toBeLessThan(8e6);
    expect(open(zip, 'bombe.xlsx', inflate)).toBe(
      '«bombe.xlsx» pakker seg ut til mer enn 256 MB, langt mer enn en behovsmelding trenger, og leses ikke: flytt tiltakene til en ny arbeidsbok og prøv igjen.',
    );
  });

  it('refuses the same sheet when its directory lies about its size: never more is inflated than declared', () => {
    const rows = bomb(ROW.repeat(40_000), 2_000);
    const zip = craftZip(workbookEntries({ name: 'xl/worksheets/sheet1.xml', data: rows.data, size: 1 << 20 }));
    expect(open(zip, 'bombe.xlsx', inflate)).toMatch(
      /^«bombe\.xlsx» ser ut til å være skadet \((arket «Tiltak» slutter brått etter rad [\d ]+|i delen xl\/worksheets\/sheet1\.xml)\)/,
    );
  });

  it('refuses megabytes of white space at the first megabyte of it', () => {
    const sheet = wrap('xl/worksheets/sheet1.xml', worksheet('\0').split('\0') as [string, string], bomb(' '.repeat(1 << 16), 128));
    const zip = craftZip(workbookEntries(sheet));
    expect(open(zip, 'bombe.xlsx', inflate)).toBe(damagedIn('arket «Tiltak» slutter brått før første rad'));
  });
});

describe('the zip and its parts', () => {
  it('refuses more directory entries than a workbook has', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ name: `xl/x/${i}.xml`, data: new Uint8Array(0), size: 0, stored: true }));
    expect(open(zipOf(ROW, many))).toBe(
      `«bombe.xlsx» består av 20 004 deler, mer enn de 10 000 en arbeidsbok kan ha her, og leses ikke: ${resave}`,
    );
  });

  it('refuses two entries of one name, which programs would read differently', () => {
    const zip = craftZip([...workbookEntries(sheetEntry(ROW)), entry('xl/worksheets/sheet1.xml', worksheet('<row><c><v>2</v></c></row>'))]);
    expect(open(zip)).toBe(damagedIn('i delen xl/worksheets/sheet1.xml'));
  });

  it('never inflates parts it does not read: a thousand 4 MB parts cost nothing', () => {
    const unused = Array.from({ length: 1_000 }, (_, i) => ({ name: `xl/media/image${i}.png`, ...bomb('\0'.repeat(1 << 16), 64) }));
    let inflated = 0;
    const counting: Inflate = (data, size) => {
      inflated += size;
      return fflateInflate(data, size);
    };
    const grid = open(zipOf(ROW, unused), 'bombe.xlsx', counting);
    expect(typeof grid).toBe('object');
    expect(inflated).toBeLessThan(10_000);
  });

  it('reads each part once: a sheet part listed 4 000 times is refused at its second mention', () => {
    const sheets = Array.from({ length: 4_000 }, (_, i) => `<sheet name="Ark${i}" sheetId="${i + 1}" r:id="rId1"/>`).join('');
    expect(open(craftZip(workbookEntries(sheetEntry(ROW), [], sheets)))).toBe(damagedIn('i delen xl/worksheets/sheet1.xml'));
  });

  it('refuses a zip whose directory points outside the file', () => {
    const zip = zipOf(ROW);
    const view = new DataView(zip.buffer);
    view.setUint32(zip.length - 6, zip.length + 1000, true);
    expect(open(zip)).toBe(`«bombe.xlsx» ser ut til å være skadet og kan ikke leses: ${resave}`);
  });
});

describe('rows, columns, repeats and texts within what Excel holds', () => {
  it('refuses a row past Excel’s last, without making a row for it', () => {
    expect(open(zipOf('<row r="2000000000"><c><v>1</v></c></row>'))).toBe(
      `«bombe.xlsx» har en celle utenfor Excels grenser i arket «Tiltak» (rad 2 000 000 000; Excel har 1 048 576 rader og 16 384 kolonner) og leses ikke: ${resave}`,
    );
    expect(open(zipOf(`<row r="1048576"><c><v>1</v></c></row>${ROW}`))).toMatch(/utenfor Excels grenser i arket «Tiltak» \(rad 1 048 577;/);
  });

  it('refuses a column past XFD', () => {
    expect(open(zipOf('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toMatch(/utenfor Excels grenser i arket «Tiltak» \(kolonne 16 385;/);
  });

  it('refuses a cell with more text than a cell holds, naming it', () => {
    const long = `<row r="2"><c r="B2" t="inlineStr"><is><t>${'x'.repeat(40_000)}</t></is></c></row>`;
    expect(open(zipOf(long))).toBe(
      '«bombe.xlsx» har en celle (B2) i arket «Tiltak» med mer tekst enn de 32 767 tegnene en Excel-celle kan holde: kort ned teksten og prøv igjen.',
    );
  });

  it('refuses more shared strings than the cells of a workbook can use', () => {
    const sst = bomb('<si/>'.repeat(100_000), 41);
    const entries = workbookEntries(sheetEntry(ROW));
    entries[2] = entry(
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    );
    const zip = craftZip([
      ...entries,
      wrap('xl/sharedStrings.xml', ['<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', '</sst>'], sst),
    ]);
    expect(open(zip)).toBe(
      '«bombe.xlsx» har mer enn 4 000 000 utfylte celler, flere enn det leses fra én fil: flytt tiltakene til en egen arbeidsbok og prøv igjen.',
    );
  });
});

describe('XML that is not what a workbook is', () => {
  it('refuses a DOCTYPE: no entity is expanded, none fetched', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const xxe = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>';
    for (const doctype of [laughs, xxe]) {
      const sheet = entry(
        'xl/worksheets/sheet1.xml',
        `${doctype}${worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&c;&e;</t></is></c></row>')}`,
      );
      expect(open(craftZip(workbookEntries(sheet)))).toBe(
        `«bombe.xlsx» har en dokumenttypedefinisjon (DOCTYPE) i arket «Tiltak», noe en Excel-fil aldri har, og leses ikke av sikkerhetshensyn: ${resave}`,
      );
    }
    expect(open(zipOf('<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row>'))).toBe(
      damagedIn('arket «Tiltak» slutter brått før første rad'),
    );
  });

  it('refuses a sheet cut after row 8 as damaged, never as the rows before the cut', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i + 1}</v></c></row>`).join('');
    const whole = worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>Nr</t></is></c></row>${rows}`);
    const cut = whole.slice(0, whole.indexOf('<row r="9">') + 15);
    expect(open(craftZip(workbookEntries(cut)))).toBe(damagedIn('arket «Tiltak» slutter brått etter rad 8'));
    expect(open(craftZip(workbookEntries(whole.slice(0, whole.indexOf('</sheetData>')))))).toBe(
      damagedIn('arket «Tiltak» slutter brått etter rad 13'),
    );
    const nn = openWorkbookBytes(craftZip(workbookEntries(cut)), 'bombe.xlsx', textsFor('nn'));
    expect(nn.ok ? '' : nn.message).toBe(
      '«bombe.xlsx» ser ut til å vere skadd (arket «Tiltak» sluttar brått etter rad 8) og kan ikkje lesast: opne ho i Excel og lagre ho på nytt, eller be avsendaren om ein ny kopi.',
    );
  });

  it('refuses tags that do not match, attributes past a tag’s bound, an unclosed string item, deep nesting', () => {
    expect(open(zipOf('<row r="1"><c r="A1"><v>1</c></v></row>'))).toMatch(/skadet/);
    expect(open(zipOf(`<row r="1"><c ${'a '.repeat(8_000)}></c></row>`))).toMatch(/skadet/);
    expect(open(zipOf(`<row r="1"><c ${'a'.repeat(2 << 20)}/></row>`))).toMatch(/skadet/);
    expect(open(zipOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(1_000)}`))).toMatch(/skadet/);
    expect(open(zipOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(1 << 20)}`))).toMatch(/mer tekst enn de 32 767 tegnene/);
    expect(open(zipOf('<a>'.repeat(100_000)))).toMatch(/skadet/);
  });

  it('skips comments: a value or an end tag in one is no part of the sheet', () => {
    const rows = '<row r="1"><c r="A1"><!--<v>999999999</v></c></row></sheetData>--><v>400000</v></c></row>';
    const grid = open(zipOf(rows)) as WorkbookGrid;
    expect(grid.sheets[0]!.cells).toEqual([[400000]]);
  });

  it('reads names with ../ inside the package only, and an injection payload as plain text', () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../../../../../etc/passwd"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
    const payloads = ["=cmd|' /C calc'!A0", '@SUM(1+1)*cmd|" /C calc"!A0', '<script>alert(1)</script>', '+HYPERLINK("http://x")'];
    const cells = payloads.map(
      (p, i) =>
        `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`,
    );
    const entries = workbookEntries(
      sheetEntry(`<row r="1">${cells.join('')}</row>`),
      [entry('../../evil.xml', '<x/>')],
      '<sheet name="Passord" sheetId="1" r:id="rId1"/><sheet name="Tiltak" sheetId="2" r:id="rId2"/>',
    );
    entries[2] = entry('xl/_rels/workbook.xml.rels', rels);
    const grid = open(craftZip(entries)) as WorkbookGrid;
    expect(grid.sheets.map((s) => s.name)).toEqual(['Tiltak']);
    expect(grid.sheets[0]!.cells).toEqual([payloads]);
    expect(grid.sheets[0]!.cells[0]!.some((v) => v !== null && isCellError(v))).toBe(false);
  });
});

describe('OpenDocument repeats and spaces', () => {
  const cell = (attrs: string, text = '1') =>
    `<table:table-cell office:value-type="float" office:value="1" ${attrs}><text:p>${text}</text:p></table:table-cell>`;
  const openOds = (table: string) => open(ods(table), 'bombe.ods');

  it('refuses a filled cell repeated past the last column, or a filled row past the last row', () => {
    expect(openOds(`<table:table-row>${cell('table:number-columns-repeated="999999999"')}</table:table-row>`)).toMatch(
      /^«bombe\.ods» har en celle utenfor Excels grenser i arket «Ark1» \(kolonne 999 999 999;/,
    );
    expect(openOds(`<table:table-row table:number-rows-repeated="999999999">${cell('')}</table:table-row>`)).toMatch(
      /utenfor Excels grenser i arket «Ark1» \(rad 999 999 999;/,
    );
  });

  it('refuses spaces past what a cell holds', () => {
    expect(
      openOds(
        `<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="999999999"/></text:p></table:table-cell></table:table-row>`,
      ),
    ).toBe(
      '«bombe.ods» har en celle i arket «Ark1» med mer tekst enn de 32 767 tegnene en Excel-celle kan holde: kort ned teksten og prøv igjen.',
    );
  });

  it('reads empty repeats to the sheet’s end as the filler they are', () => {
    const grid = openOds(
      `<table:table-row>${cell('')}<table:table-cell table:number-columns-repeated="16383"/></table:table-row>` +
        '<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
    ) as WorkbookGrid;
    expect(grid.sheets[0]!.cells).toEqual([[1]]);
  });
});

describe('CSV within what a cell and a sheet hold', () => {
  it('refuses a quoted field longer than a cell holds', () => {
    const text = `Tiltak;Beløp\n"${'x'.repeat(40_000)}";1\n`;
    expect(open(new TextEncoder().encode(text), 'lang.csv')).toBe(
      '«lang.csv» har en celle med mer tekst enn de 32 767 tegnene en Excel-celle kan holde: kort ned teksten og prøv igjen.',
    );
  });
});
