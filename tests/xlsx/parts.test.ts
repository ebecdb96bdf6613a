import { readCsvGrid } from '../../src/xlsx/csv';
import { resolveTarget } from '../../src/xlsx/package';
import { isDateFormat } from '../../src/xlsx/styles';
import { START, StringItem, XmlScanner, decodeEntities, decodeOoxmlEscapes, scanWhole } from '../../src/xlsx/xml';

/** The text of a string item (`<si>` body) as the reader collects it. */
function itemText(body: string): string {
  const item = new StringItem();
  scanWhole(`<si>${body}</si>`, undefined, (s, kind) => item.token(s, kind));
  return item.value();
}

/** The attributes of the root element, by the names asked for. */
function rootAttributes(xml: string, names: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  scanWhole(xml, undefined, (s: XmlScanner, kind) => {
    if (kind === START && s.depth === 1) for (const n of names) out[n] = s.attr(n);
  });
  return out;
}

describe('the parts of the format the cell reader reads by hand', () => {
  it('decodes entities, character references and OOXML _xHHHH_ escapes', () => {
    expect(decodeOoxmlEscapes(decodeEntities('Lier &amp; Drammen &lt;3 &#229;&#xF8; linje_x000D_'))).toBe('Lier & Drammen <3 åø linje\r');
    expect(rootAttributes(`<sheet name="Tiltak &amp; mer" r:id='rId3' state="hidden"/>`, ['name', 'r:id', 'id', 'state'])).toEqual({
      name: 'Tiltak & mer',
      'r:id': 'rId3',
      id: 'rId3',
      state: 'hidden',
    });
  });

  it('decodes _xHHHH_ only in text, never in names such as a sheet called Plan_x2024_', () => {
    expect(rootAttributes('<sheet name="Plan_x2024_"/>', ['name']).name).toBe('Plan_x2024_');
    expect(itemText('<t>Plan_x2024_</t>')).toBe('Plan\u2024');
  });

  it('joins rich-text runs and leaves phonetic guides out', () => {
    expect(itemText('<r><rPr><b/></rPr><t>Fet</t></r><r><t xml:space="preserve"> og vanlig</t></r><rPh sb="0" eb="1"><t>x</t></rPh>')).toBe(
      'Fet og vanlig',
    );
    expect(itemText('<x:t>prefiks</x:t>')).toBe('prefiks');
  });

  it('resolves relationship targets relative to their part and absolute from the root', () => {
    expect(resolveTarget('xl/', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/worksheets/', '../tables/table1.xml')).toBe('xl/tables/table1.xml');
    expect(resolveTarget('xl/', '/xl/worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml');
  });

  it('tells date formats from number formats', () => {
    for (const f of ['d.m.yyyy', '[$-414]d. mmmm yyyy', 'dd/mm/yy;@', 'h:mm', '[h]:mm:ss']) expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of ['General', '# ##0 "kr"', '[Red]0.00', '0 %', '#,##0 "dager"', '0.00E+00'])
      expect([f, isDateFormat(f)]).toEqual([f, false]);
  });
});

describe('readCsvGrid', () => {
  it('reads semicolons and quotes, and Windows-1252 text as Excel’s plain CSV writes it', () => {
    const latin1 = Uint8Array.from([...'Tiltak;Eiere\n"Lesing; skriving";Bø\n'].map((c) => c.charCodeAt(0)));
    expect(readCsvGrid(latin1, 'ark').sheets[0]!.cells).toEqual([
      ['Tiltak', 'Eiere'],
      ['Lesing; skriving', 'Bø'],
    ]);
    const utf8 = new TextEncoder().encode('\uFEFFTiltak,Beløp\nLesing,"150 000"\n,\n');
    expect(readCsvGrid(utf8, 'ark').sheets[0]!.cells).toEqual([
      ['Tiltak', 'Beløp'],
      ['Lesing', '150 000'],
    ]);
  });
});
