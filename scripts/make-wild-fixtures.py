#!/usr/bin/python3
"""Writes the fixtures of issue 23 (files from the wild) into tests/fixtures/.

Each file stands in for a public file from a library's fixture collection that the reader once
read differently from Excel (tests/fixtures/README.md names it). None of those files is
committed: each feature is reproduced here, by LibreOffice 7.4 (Debian libreoffice-calc-nogui)
from a flat ODS, by openpyxl 3.0 (Debian python3-openpyxl), or part by part to the example of
ECMA-376 (SpreadsheetML) or OpenDocument 1.2 where no program here writes the feature. Run it
with `/usr/bin/python3 scripts/make-wild-fixtures.py` and commit what it wrote together with
`scripts/second-opinion.py`'s output.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

from openpyxl import Workbook

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures')

MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'
CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml'
# Strict OOXML (ISO/IEC 29500 strict) names its namespaces and relationship types differently.
STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main'
STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships'

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

HEADERS = ['Nr', 'Tiltak', 'Ordning', 'Fase', 'Tilskudd eier', 'Tilskudd UH']
ROWS = [[1, 'Lesing i alle fag', 'Desentralisert', 'Gjennomføring', 400000, 250000],
        [2, 'Vurdering for læring', 'Desentralisert', 'Planlegging', 300000, 200000]]


def esc(s):
    return str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def inline_rows(rows, first=1):
    """Rows of cells: numbers as numbers, text as inline strings (no shared string table needed)."""
    out = []
    for r, values in enumerate(rows):
        cells = []
        for c, v in enumerate(values):
            ref = f'{col(c)}{first + r}'
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v is not None:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c>')
        out.append(f'<row r="{first + r}">{"".join(cells)}</row>')
    return ''.join(out)


STYLES = (f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm:ss"/></numFmts>'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '{dxfs}</styleSheet>')


def rels(items, ns=REL):
    body = ''.join(f'<Relationship Id="rId{i + 1}" Type="{ns}/{t}" Target="{target}"/>' for i, (t, target) in enumerate(items))
    return f'<Relationships xmlns="{PKG}">{body}</Relationships>'


def content_types(overrides):
    body = ''.join(f'<Override PartName="{p}" ContentType="{CT}.{t}+xml"/>' for p, t in overrides)
    return ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{body}</Types>')


def workbook(sheets, ns=MAIN, rel_ns=REL, extra=''):
    listed = ''.join(f'<sheet name="{esc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(sheets))
    return f'<workbook xmlns="{ns}" xmlns:r="{rel_ns}">{extra}<sheets>{listed}</sheets></workbook>'


def worksheet(rows_xml, after='', ns=MAIN):
    return f'<worksheet xmlns="{ns}"><sheetData>{rows_xml}</sheetData>{after}</worksheet>'


def write_zip(name, parts, encode=lambda part, xml: (DECL + xml).encode('utf-8'), names=lambda n: n):
    with zipfile.ZipFile(os.path.join(OUT, name), 'w', zipfile.ZIP_DEFLATED) as z:
        for part, xml in parts:
            z.writestr(names(part), encode(part, xml))


def standard_package(sheet_xml, styles_dxfs='', sheet_name='Tiltak'):
    """The parts of a one-sheet workbook at the usual place (xl/)."""
    return [
        ('[Content_Types].xml', content_types([('/xl/workbook.xml', 'sheet.main'), ('/xl/styles.xml', 'styles'),
                                               ('/xl/worksheets/sheet1.xml', 'worksheet')])),
        ('_rels/.rels', rels([('officeDocument', 'xl/workbook.xml')])),
        ('xl/workbook.xml', workbook([sheet_name])),
        ('xl/_rels/workbook.xml.rels', rels([('worksheet', 'worksheets/sheet1.xml'), ('styles', 'styles.xml')])),
        ('xl/styles.xml', STYLES.format(dxfs=styles_dxfs)),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]


TABLE = inline_rows([HEADERS] + ROWS)


def std_root_rels():
    # 1: the workbook at the package root, found only through _rels/.rels (calamine's minimal_package.xlsx).
    write_zip('std-root-rels.xlsx', [
        ('[Content_Types].xml', content_types([('/workbook.xml', 'sheet.main'), ('/sheet1.xml', 'worksheet'),
                                               ('/styles.xml', 'styles')])),
        ('_rels/.rels', rels([('officeDocument', 'workbook.xml')])),
        ('workbook.xml', workbook(['Tiltak'])),
        ('_rels/workbook.xml.rels', rels([('worksheet', 'sheet1.xml'), ('styles', 'styles.xml')])),
        ('styles.xml', STYLES.format(dxfs='')),
        ('sheet1.xml', worksheet(TABLE)),
    ])


def std_utf16():
    # 2: XML parts in UTF-16, as Excel Mobile writes them: little-endian with a byte-order mark, and
    # (as another writer does) big-endian without one for the sheet.
    def encode(part, xml):
        text = '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\r\n' + xml
        if part == 'xl/worksheets/sheet1.xml':
            return text.encode('utf-16-be')
        return b'\xff\xfe' + text.encode('utf-16-le')
    write_zip('std-utf16.xlsx', standard_package(worksheet(TABLE)), encode=encode)


def std_backslash():
    # The zip's names with Windows path separators (xl\\workbook.xml), which Excel opens.
    write_zip('std-backslash.xlsx', standard_package(worksheet(TABLE)), names=lambda n: n.replace('/', '\\'))


def std_dxfs_numfmt():
    # 4: a differential format (a pivot table's) with a numFmt of id 14: cells with the built-in date
    # format 14 stay dates.
    dxfs = '<dxfs count="1"><dxf><numFmt numFmtId="14" formatCode="0.00%"/></dxf></dxfs>'
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Oppstart</t></is></c><c r="B1" s="1"><v>45505</v></c></row>'
    write_zip('std-dxfs-numfmt.xlsx', standard_package(worksheet(rows), styles_dxfs=dxfs))


def std_strict_iso():
    # 6: Strict OOXML cells of type d: a date-time with more digits of seconds than milliseconds, a
    # time of day, and ISO 8601 durations under an elapsed format (ExcelDataReader's strict files).
    styles = (f'<styleSheet xmlns="{STRICT_MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="[h]:mm"/>'
              '<numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/>'
              '<xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/>'
              '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>')
    rows = ('<row r="1"><c r="A1" s="1" t="d"><v>2024-08-01</v></c><c r="B1" s="4" t="d"><v>2009-01-01T11:00:00.00000020954757600</v></c>'
            '<c r="C1" s="2" t="d"><v>10:59:59.9999999999984025</v></c><c r="D1" s="3" t="d"><v>PT24H0M0.000S</v></c>'
            '<c r="E1" s="3" t="d"><v>PT1392H0M0.000S</v></c></row>')
    write_zip('std-strict-iso.xlsx', [
        ('[Content_Types].xml', content_types([('/xl/workbook.xml', 'sheet.main'), ('/xl/styles.xml', 'styles'),
                                               ('/xl/worksheets/sheet1.xml', 'worksheet')])),
        ('_rels/.rels', rels([('officeDocument', 'xl/workbook.xml')], ns=STRICT_REL)),
        ('xl/workbook.xml', workbook(['Ark1'], ns=STRICT_MAIN, rel_ns=STRICT_REL)),
        ('xl/_rels/workbook.xml.rels', rels([('worksheet', 'worksheets/sheet1.xml'), ('styles', 'styles.xml')], ns=STRICT_REL)),
        ('xl/styles.xml', styles),
        ('xl/worksheets/sheet1.xml', worksheet(rows, ns=STRICT_MAIN)),
    ])


def std_crlf():
    # 8: a literal CR LF in text, which XML reads as one LF, next to Excel's _x000D_ escape before it
    # (calamine's has_x000D_.xlsx, SheetJS's crlf.xlsx, readxl's new_line_errors.xlsx).
    sst = (f'<sst xmlns="{MAIN}" count="2" uniqueCount="2"><si><t>Linje en\r\nlinje to</t></si>'
           '<si><t>ABC_x000D_\r\nDEF</t></si></sst>')
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
            '<c r="C1" t="str"><f>"abc"&amp;CHAR(13)&amp;CHAR(10)&amp;"def"</f><v>abc_x000D_\r\ndef</v></c></row>')
    parts = standard_package(worksheet(rows))
    parts[0] = ('[Content_Types].xml', content_types([('/xl/workbook.xml', 'sheet.main'), ('/xl/styles.xml', 'styles'),
                                                      ('/xl/worksheets/sheet1.xml', 'worksheet'),
                                                      ('/xl/sharedStrings.xml', 'sharedStrings')]))
    parts[3] = ('xl/_rels/workbook.xml.rels', rels([('worksheet', 'worksheets/sheet1.xml'), ('styles', 'styles.xml'),
                                                    ('sharedStrings', 'sharedStrings.xml')]))
    parts.append(('xl/sharedStrings.xml', sst))
    write_zip('std-crlf.xlsx', parts)


def std_cdata():
    # 9: inline strings in CDATA sections (calamine's inlineStr_cdata.xlsx), one mixed with plain text.
    rows = ('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[Lesing & skriving]]></t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>før <![CDATA[<etter>]]></t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[12345]]></t></is></c>'
            '<c r="B2" t="inlineStr"><is><t>Vanlig tekst</t></is></c></row>')
    write_zip('std-cdata.xlsx', standard_package(worksheet(rows)))


def std_comment_value():
    # Files made to hurt: a value inside an XML comment is no cell (Excel and LibreOffice show 400 000).
    rows = inline_rows([HEADERS]) + ('<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Lesing</t></is></c>'
                                     '<c r="E2"><!--<v>999999999</v>--><v>400000</v></c></row>')
    write_zip('std-comment-value.xlsx', standard_package(worksheet(rows)))


def openpyxl_files():
    # 5: elapsed-time formats (calamine's date.xlsx, ClosedXML's CellsWithTimeSpanDataTypeOrFormatting.xlsx),
    # beside a time of day.
    wb = Workbook()
    ws = wb.active
    ws.title = 'Tid'
    for r, (label, value, fmt) in enumerate([
        ('[h]:mm:ss', datetime.timedelta(hours=255, minutes=10, seconds=10), '[h]:mm:ss'),
        ('[mm]:ss', datetime.timedelta(minutes=75, seconds=5), '[mm]:ss'),
        ('[h]:mm', datetime.timedelta(hours=1392), '[h]:mm'),
        ('h:mm', datetime.time(13, 30), 'h:mm'),
    ], start=1):
        ws.cell(r, 1, label)
        cell = ws.cell(r, 2, value)
        cell.number_format = fmt
    wb.save(os.path.join(OUT, 'py-elapsed.xlsx'))

    # 6: ISO 8601 cells of type d as openpyxl writes them with iso_dates (calamine's date_iso.xlsx).
    wb = Workbook()
    wb.iso_dates = True
    ws = wb.active
    ws.title = 'Datoer'
    ws['A1'] = datetime.date(2021, 1, 1)
    ws['A2'] = datetime.datetime(2021, 1, 1, 10, 10, 10)
    ws['A3'] = datetime.time(10, 10, 10)
    wb.save(os.path.join(OUT, 'py-iso-dates.xlsx'))

    # 11: serials no date can show (ExcelDataReader's Test_git_issue_14_InvalidOADate.xlsx): Excel shows ####.
    wb = Workbook()
    ws = wb.active
    ws.title = 'Ark1'
    for r, value in enumerate([1e12, -1, 45505], start=1):
        ws.cell(r, 1, value).number_format = 'd.m.yyyy'
    wb.save(os.path.join(OUT, 'py-out-of-range-date.xlsx'))

    # Rows stored sparsely: one cell at Excel's last row under a small table.
    wb = Workbook()
    ws = wb.active
    ws.title = 'Tiltak'
    for r in [HEADERS] + ROWS:
        ws.append(r)
    ws['A1048576'] = 'Siste rad'
    wb.save(os.path.join(OUT, 'py-last-row.xlsx'))


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')


def fods(styles, body):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
            f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:automatic-styles>{styles}'
            f'</office:automatic-styles><office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document>')


def text_cell(v):
    return f'<table:table-cell office:value-type="string"><text:p>{esc(v)}</text:p></table:table-cell>'


def float_cell(v, tag='table:table-cell', extra=''):
    return f'<{tag} office:value-type="float" office:value="{v}"{extra}><text:p>{v}</text:p></{tag}>'


def soffice(name, document, targets):
    """Converts a flat ODS with LibreOffice; targets: [(extension, filter, output name)]."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, name + '.fods')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(document)
        for ext, filt, out in targets:
            subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmp}/profile',
                            '--convert-to', filt, '--outdir', tmp, src], check=True, capture_output=True)
            shutil.copy(os.path.join(tmp, f'{name}.{ext}'), os.path.join(OUT, out))


def libreoffice_files():
    # 7: time values in an .ods (calamine's date.ods): times of day, and an elapsed time whose style does
    # not wrap at 24 hours; the same document as .xlsx for the reader's two halves to agree on.
    styles = ('<number:time-style style:name="N1"><number:hours number:style="long"/><number:text>:</number:text>'
              '<number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:time-style>'
              '<number:time-style style:name="N2"><number:hours number:style="long"/><number:text>:</number:text>'
              '<number:minutes number:style="long"/><number:text>:</number:text>'
              '<number:seconds number:style="long" number:decimal-places="2"/></number:time-style>'
              '<number:time-style style:name="N3" number:truncate-on-overflow="false"><number:hours number:style="long"/>'
              '<number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text>'
              '<number:seconds number:style="long"/></number:time-style>'
              '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>'
              '<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>'
              '<style:style style:name="ce3" style:family="table-cell" style:data-style-name="N3"/>')

    def time_cell(value, style):
        return (f'<table:table-cell table:style-name="{style}" office:value-type="time" office:time-value="{value}">'
                f'<text:p>{value}</text:p></table:table-cell>')
    rows = [(text_cell('Klokkeslett'), time_cell('PT10H10M10S', 'ce1')),
            (text_cell('Med hundredeler'), time_cell('PT10H10M10.12S', 'ce2')),
            (text_cell('Medgått tid'), time_cell('PT255H10M10S', 'ce3'))]
    body = ('<table:table table:name="Tid"><table:table-column table:number-columns-repeated="2"/>'
            + ''.join(f'<table:table-row>{a}{b}</table:table-row>' for a, b in rows) + '</table:table>')
    soffice('lo-time', fods(styles, body), [('ods', 'ods', 'lo-time.ods'), ('xlsx', 'xlsx', 'lo-time.xlsx')])

    # 12: values kept under a merged area (PhpSpreadsheet's HiddenMergeCellsTest.xlsx, written by
    # LibreOffice): A2:C2 merged over 12, with 4 and 3 in its covered cells. Excel shows 12 only.
    body = ('<table:table table:name="Tiltak"><table:table-column table:number-columns-repeated="3"/>'
            f'<table:table-row><table:table-cell/>{float_cell(2)}<table:table-cell/></table:table-row>'
            '<table:table-row>' + float_cell(12, extra=' table:number-columns-spanned="3" table:number-rows-spanned="1"')
            + float_cell(4, 'table:covered-table-cell') + float_cell(3, 'table:covered-table-cell') + '</table:table-row></table:table>')
    soffice('lo-hidden-merge', fods('', body), [('xlsx', 'xlsx', 'lo-hidden-merge.xlsx')])

    # 10: Excel's plain CSV is Windows-1252: Sámi place names and the characters 0x80–0x9F hold.
    rows = [['Kommune', 'Tiltak', 'Beløp'], ['Kárášjohka – Karasjok', '«Språk» og ’lesing’ “nå”', '€ 150 000'],
            ['Guovdageaidnu – Kautokeino', 'Šiellat og Žanra', '80 000']]
    body = ('<table:table table:name="Ark1">' + ''.join(
        '<table:table-row>' + ''.join(text_cell(v) for v in r) + '</table:table-row>' for r in rows) + '</table:table>')
    soffice('lo-windows-1252', fods('', body), [('csv', 'csv:Text - txt - csv (StarCalc):59,34,1,1', 'lo-windows-1252.csv')])


def repacked_ods():
    # 3: an .ods whose zip does not start with its mimetype entry (roo's numbers1.ods), and one without it
    # (PhpSpreadsheet's nomimetype.ods): the same document LibreOffice wrote, packed again.
    with zipfile.ZipFile(os.path.join(OUT, 'lo-tiltak.ods')) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    for name, keep in [('lo-mimetype-last.ods', True), ('lo-no-mimetype.ods', False)]:
        with zipfile.ZipFile(os.path.join(OUT, name), 'w', zipfile.ZIP_DEFLATED) as z:
            for filename, data in [e for e in entries if e[0] != 'mimetype'] + [e for e in entries if e[0] == 'mimetype' and keep]:
                z.writestr(filename, data)


def csv_files():
    # 10: a UTF-8 CSV with one line pasted from a Windows-1252 program.
    lines = ['Kommune;Tiltak;Beløp', 'Tromsø;Lesing i alle fag;150 000']
    data = '\r\n'.join(lines).encode('utf-8') + b'\r\n' + 'Kárášjohka;Språk;80 000\r\n'.encode('cp1252')
    with open(os.path.join(OUT, 'py-mixed-encoding.csv'), 'wb') as f:
        f.write(data)


def renamed_xls():
    # An .xls renamed .xlsx (roo's type_excel.xlsx): the old format's sentence, not "passordbeskyttet".
    shutil.copy(os.path.join(OUT, 'lo-tiltak.xls'), os.path.join(OUT, 'lo-xls-renamed.xlsx'))


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    std_root_rels()
    std_utf16()
    std_backslash()
    std_dxfs_numfmt()
    std_strict_iso()
    std_crlf()
    std_cdata()
    std_comment_value()
    openpyxl_files()
    libreoffice_files()
    repacked_ods()
    csv_files()
    renamed_xls()
