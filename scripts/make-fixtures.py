#!/usr/bin/python3
"""Writes tests/fixtures/: workbooks written by other programs than the one the project reads with.

LibreOffice 7.4 (Debian libreoffice-calc-nogui) converts flat ODS documents written here to
.xlsx, .ods, .xls and .csv; openpyxl 3.0 (Debian python3-openpyxl) writes .xlsx the way a
program does that never calculates (formulas without cached results, absolute relationship
targets, comments under xl/comments/, chart sheets). The test suite only reads the results:
run this script again (`/usr/bin/python3 scripts/make-fixtures.py`) after changing it and
commit what it wrote. Each file's purpose is in tests/fixtures/README.md.
"""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures')

HEADERS = ['Nr', 'Tiltak', 'Ordning', 'Fase', 'Beskrivelse', 'Hvem gjør hva', 'Eiere', 'UH', 'Målgruppe',
           'Tilskudd eier', 'Tilskudd UH', 'Koordinator', 'Begrunnelse koordinator', 'Egenandel',
           'Start', 'Slutt', 'Forankring', 'Kollektive prosesser', 'Lærerutdanning']

TEXTS = {
    'forankring': 'Lærere og rektorer pekte på behovet i kartleggingen våren 2024, og det er drøftet med USN.',
    'kollektiv': 'Lærerne på hvert trinn planlegger, prøver ut og drøfter opplegg sammen i faste teamtider.',
    'laerer': 'USN knytter praksisstudenter til skolene, og erfaringene brukes i lærerutdanningen.',
}


def row(nr, tittel, eiere='Drammen, Lier', eier=400000, uh=250000, koord=None, begr=None, fase='Gjennomføring',
        start='høst 2024', slutt='vår 2025'):
    return [str(nr), tittel, 'Desentralisert', fase, 'Skolebasert utvikling med samlinger og veiledning.',
            'Kommunene organiserer team; USN holder samlinger og veileder.', eiere, 'Universitetet i Sørøst-Norge',
            'skole', eier, uh, koord, begr, round((eier + uh) * 0.2), start, slutt,
            TEXTS['forankring'], TEXTS['kollektiv'], TEXTS['laerer']]


ROWS = [row(1, 'Lesing i alle fag'), row(2, 'Vurdering for læring', eier=300000, uh=200000)]

PARTNERSKAP = [['Partnerskap', 'Vest-Viken'], ['Eiere', 'Drammen, Lier'], ['UH', 'Universitetet i Sørøst-Norge'],
               ['Kontaktperson', 'Kari Nordmann'], ['E-post', 'kari@example.no'],
               ['Skriftlig avtale', 'Ja, signert 15.11.2023'], ['Avtale – hvem', 'Drammen, Lier og USN'],
               ['Avtale – hva', 'Lesing og vurdering'], ['Avtale – når', '2024–2025'],
               ['Ansatte og tillitsvalgte involvert', 'Ja']]

# ---------------------------------------------------------------- flat ODS for LibreOffice

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')

STYLES = '''<office:automatic-styles>
<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
<number:date-style style:name="N37"><number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style>
<style:style style:name="ceDate" style:family="table-cell" style:data-style-name="N37"/>
</office:automatic-styles>'''


class Date(str):
    """An ISO date typed as a date cell."""


class Formula:
    def __init__(self, formula, value):
        self.formula, self.value = formula, value


class Span:
    """A merged cell: text over `cols` columns and `rows` rows."""

    def __init__(self, text, cols=1, rows=1):
        self.text, self.cols, self.rows = text, cols, rows


COVERED = object()


def ods_cell(v):
    if v is None:
        return '<table:table-cell/>'
    if v is COVERED:
        return '<table:covered-table-cell/>'
    if isinstance(v, Span):
        return (f'<table:table-cell table:number-columns-spanned="{v.cols}" table:number-rows-spanned="{v.rows}" '
                f'office:value-type="string"><text:p>{escape(v.text)}</text:p></table:table-cell>')
    if isinstance(v, Formula):
        return (f'<table:table-cell table:formula="{escape(v.formula)}" office:value-type="float" '
                f'office:value="{v.value}"><text:p>{v.value}</text:p></table:table-cell>')
    if isinstance(v, Date):
        return (f'<table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="{v}">'
                f'<text:p>{v}</text:p></table:table-cell>')
    if isinstance(v, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'


def fods(sheets, null_date=None, filters=()):
    """sheets: [(name, rows)]; filters: target ranges such as 'Tiltak.A3:Tiltak.S5' with autofilter."""
    body = []
    for name, rows in sheets:
        cells = ''.join('<table:table-row>' + ''.join(ods_cell(v) for v in r) + '</table:table-row>' for r in rows)
        body.append(f'<table:table table:name="{escape(name)}" table:style-name="ta1">'
                    f'<table:table-column table:number-columns-repeated="{max(len(r) for r in rows)}"/>{cells}</table:table>')
    settings = (f'<table:calculation-settings><table:null-date table:date-value="{null_date}"/></table:calculation-settings>'
                if null_date else '')
    ranges = ''.join(f'<table:database-range table:name="filter{i}" table:target-range-address="{r}" '
                     'table:display-filter-buttons="true"/>' for i, r in enumerate(filters))
    db = f'<table:database-ranges>{ranges}</table:database-ranges>' if ranges else ''
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
            f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}'
            f'<office:body><office:spreadsheet>{settings}{"".join(body)}{db}</office:spreadsheet></office:body></office:document>')


def soffice(name, document, formats=('xlsx',)):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, name + '.fods')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(document)
        for fmt in formats:
            target = {'csv': 'csv:Text - txt - csv (StarCalc):59,34,76,1', 'xlsm': 'xlsm:Calc MS Excel 2007 VBA XML'}.get(fmt, fmt)
            subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmp}/profile',
                            '--convert-to', target, '--outdir', tmp, src], check=True, capture_output=True)
            shutil.copy(os.path.join(tmp, f'{name}.{fmt}'), os.path.join(OUT, f'{name}.{fmt}'))


def partnerskap():
    return ('Partnerskap', PARTNERSKAP)


def libreoffice():
    title = [['Behovsmelding 2024 – Vest-Viken']]
    # 2: the 1904 date system, dates typed as date cells; 2024-08-01 to 2027-07-31 is three school years.
    dated = [r[:14] + [Date('2024-08-01'), Date('2027-07-31')] + r[16:] for r in ROWS]
    soffice('lo-1904', fods([('Tiltak', [HEADERS] + dated), partnerskap()], null_date='1904-01-01'), formats=('xlsx', 'ods'))
    # 3 and 10: an autofilter (LibreOffice writes a Table without style info), a totals line and a note below.
    totals = [None, 'Til sammen', None, None, None, None, None, None, None,
              Formula('of:=SUM([.J3:.J4])', 700000), Formula('of:=SUM([.K3:.K4])', 450000)]
    note = ['Merknad: beløpene er foreløpige og avklares med USN i januar.']
    soffice('lo-autofilter-note', fods([('Tiltak', title + [HEADERS] + ROWS + [totals, [], note]), partnerskap()],
                                       filters=['Tiltak.A2:Tiltak.S4']), formats=('xlsx', 'ods'))
    # 5: the same table as .ods, .xls and .csv.
    soffice('lo-tiltak', fods([('Tiltak', [HEADERS] + ROWS)]), formats=('ods', 'xls', 'csv', 'xlsm'))
    # 6: a two-row header with merged group labels, and headers below row 30 with other names.
    upper = [Span(h, 1, 2) for h in HEADERS[:9]] + [Span('Tilskudd', 2, 1), COVERED] + \
            [Span(h, 1, 2) for h in HEADERS[11:14]] + [Span('Periode', 2, 1), COVERED] + [Span(h, 1, 2) for h in HEADERS[16:]]
    lower = [COVERED] * 9 + ['Eier', 'UH'] + [COVERED] * 3 + ['Fra', 'Til'] + [COVERED] * 3
    soffice('lo-two-row-header', fods([('Tiltak', title + [upper, lower] + ROWS), partnerskap()]), formats=('xlsx', 'ods'))
    renamed = HEADERS[:10] + ['Sum UH'] + HEADERS[11:14] + ['Fra dato', 'Til dato'] + HEADERS[16:]
    intro = [[f'Veiledning, punkt {i}: fyll inn ett tiltak per rad under overskriftene.'] for i in range(1, 35)]
    soffice('lo-deep-header', fods([('Tiltak', intro + [renamed] + ROWS), partnerskap()]))
    # 6: only two known headers: too few for a table, and the message must not ask for them.
    soffice('lo-few-headers', fods([('Ark1', [['Tiltak', 'Ordning', 'Notat'], ['Lesing', 'Regional', 'x']])]))
    # 7: a county owner whose name holds "og", with coordinator funds: one owner, not two.
    county = row(1, 'Lesing i alle fag', eiere='Møre og Romsdal fylkeskommune', koord=60000,
                 begr='Fylket samordner arbeidet på mange skoler og trenger en koordinator for samlingene.')
    soffice('lo-county-owner', fods([('Tiltak', [HEADERS, county]), partnerskap()]))
    oslo_viken()


def oslo_viken():
    # 8 and 9 (oslo-viken-2024): owners and places read from the municipality list, a Sted column
    # of towns; Norwegian dates and a negative amount in the messages.
    places = [HEADERS + ['Sted'],
              row(1, 'Lesing i alle fag', eiere='Oslo kommune v/ Utdanningsetaten') + ['Oslo'],
              row(2, 'Vurdering for læring', eiere='Drammen kommune') + ['Drammen, Lillestrøm'],
              row(3, 'Realfag i praksis', eiere='Oslo kommune') + ['Bærum'],
              row(4, 'Språk og lesing', eiere='Oslo kommune', start='01.01.2025', slutt='31.12.2024') + ['Oslo'],
              row(5, 'Matematikk i alle fag', eiere='Oslo kommune', eier=-5000) + ['Oslo']]
    soffice('lo-oslo-viken', fods([('Tiltak', places), partnerskap()]))


# ---------------------------------------------------------------- openpyxl

def table_sheet(ws, rows, first_row=1):
    for i, h in enumerate(HEADERS):
        ws.cell(first_row, i + 1, h)
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            if v is not None:
                ws.cell(first_row + 1 + r, c + 1, v)


def partnerskap_sheet(wb):
    p = wb.create_sheet('Partnerskap')
    for r in PARTNERSKAP:
        p.append(r)


def tiltak_workbook(rows, first_sheet='Tiltak'):
    """A workbook whose first sheet holds the headers and `rows`; returns it and that sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = first_sheet
    table_sheet(ws, rows)
    return wb, ws


def save(wb, name):
    partnerskap_sheet(wb)
    wb.save(os.path.join(OUT, name))


def openpyxl_fixtures():
    # 1: a hidden template sheet with headers and no tiltak ahead of the real table, whose
    # second tiltak lacks its Fase.
    wb, ws = tiltak_workbook([], 'Mal')
    ws.sheet_state = 'hidden'
    table_sheet(wb.create_sheet('Tiltak'), [ROWS[0], row(2, 'Vurdering for læring', fase=None)])
    wb.active = 1
    save(wb, 'py-hidden-template.xlsx')

    # 3 and 5: an Excel Table with a totals row, a note under it, a comment (xl/comments/comment1.xml)
    # and openpyxl's absolute relationship targets.
    wb, ws = tiltak_workbook(ROWS)
    ws.cell(4, 2, 'Til sammen')
    ws.cell(4, 10, 700000)
    ws.cell(4, 11, 450000)
    ws.cell(6, 1, 'Merknad: beløpene er foreløpige og avklares med USN i januar.')
    ws['B2'].comment = Comment('Avtalt med USN i oktober', 'Kari')
    table = Table(displayName='Tiltaksliste', ref='A1:S4', totalsRowCount=1)
    table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium2', showRowStripes=True)
    ws.add_table(table)
    save(wb, 'py-table-totals.xlsx')

    # 4: amounts as formulas, stored without results as by any program that does not calculate.
    wb, ws = tiltak_workbook(ROWS)
    ws['J2'] = '=200000*2'
    ws['K3'] = '=SUM(J2:J2)/2'
    save(wb, 'py-formula-no-value.xlsx')

    # 5: a chart sheet ahead of the table.
    wb, ws = tiltak_workbook(ROWS)
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=10, min_row=1, max_row=3), titles_from_data=True)
    wb.create_chartsheet('Diagram', 0).add_chart(chart)
    save(wb, 'py-chartsheet-first.xlsx')


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    libreoffice()
    openpyxl_fixtures()
