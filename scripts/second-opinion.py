#!/usr/bin/python3
"""Writes tests/fixtures/second-opinion.json: how other, well-kept readers read every fixture.

- .xlsx and .xlsm: openpyxl 3.0 (Debian python3-openpyxl), cached values (`data_only`), as a
  program that shows what Excel saved;
- .ods: LibreOffice 7.4 converts it to .xlsx, which openpyxl then reads: LibreOffice's view;
- .csv: Python's csv module, the text decoded as UTF-8 (with or without a byte-order mark) or
  else as Windows-1252 (Python's cp1252 codec, a real code-page table).
tests/xlsx/second-opinion.test.ts compares our reader with it and names each difference. Run
`/usr/bin/python3 scripts/second-opinion.py` after changing a fixture and commit the JSON.
"""
import csv
import datetime
import io
import json
import os
import subprocess
import sys
import tempfile
import warnings

import openpyxl

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures')
OUT = os.path.join(FIXTURES, 'second-opinion.json')


def value(cell):
    v = cell.value
    if v is None:
        return None
    if cell.data_type == 'e':
        return {'error': str(v)}
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, datetime.datetime):
        return {'date': v.isoformat(timespec='milliseconds')}
    if isinstance(v, datetime.date):
        return {'date': datetime.datetime(v.year, v.month, v.day).isoformat(timespec='milliseconds')}
    if isinstance(v, datetime.time):
        return {'time': v.isoformat(timespec='milliseconds')}
    if isinstance(v, datetime.timedelta):
        return {'duration': v.total_seconds()}
    return str(v)


def trim(rows):
    """Rows with a value, as {row number: values without trailing empty cells}."""
    out = {}
    for number, row in enumerate(rows, start=1):
        r = list(row)
        while r and r[-1] is None:
            r.pop()
        if r:
            out[str(number)] = r
    return out


def read_xlsx(path):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = trim([value(c) for c in row] for row in ws.iter_rows())
        sheets.append({'name': ws.title, 'hidden': ws.sheet_state != 'visible', 'rows': rows,
                       'merges': sorted(str(m) for m in ws.merged_cells.ranges)})
    return sheets


def read_ods(path):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmp}/profile', '--convert-to', 'xlsx',
                        '--outdir', tmp, path], check=True, capture_output=True)
        return read_xlsx(os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + '.xlsx'))


def read_csv(path):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8-sig')
    except UnicodeDecodeError:
        text = data.decode('cp1252')
    first = text.split('\n', 1)[0]
    delimiter = max([';', ',', '\t'], key=first.count)
    rows = [[v if v.strip() else None for v in r] for r in csv.reader(io.StringIO(text, newline=''), delimiter=delimiter)]
    return [{'name': os.path.splitext(os.path.basename(path))[0], 'hidden': False, 'rows': trim(rows), 'merges': []}]


READERS = {'.xlsx': ('openpyxl ' + openpyxl.__version__, read_xlsx), '.xlsm': ('openpyxl ' + openpyxl.__version__, read_xlsx),
           '.ods': ('LibreOffice 7.4, then openpyxl ' + openpyxl.__version__, read_ods), '.csv': ('Python csv, cp1252 codec', read_csv)}


def main():
    out = {}
    for name in sorted(os.listdir(FIXTURES)):
        ext = os.path.splitext(name)[1].lower()
        if ext not in READERS:
            continue
        reader, read = READERS[ext]
        try:
            out[name] = {'reader': reader, 'sheets': read(os.path.join(FIXTURES, name))}
        except Exception as e:  # the other reader's failure is a finding too
            out[name] = {'reader': reader, 'error': f'{type(e).__name__}: {e}'[:300]}
        print(name, 'error' if 'error' in out[name] else 'ok', file=sys.stderr)
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    main()
