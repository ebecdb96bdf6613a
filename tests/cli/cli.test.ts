import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GOOD, HEADERS, tempDir, writeWorkbook } from './workbooks';

const BIN = resolve(__dirname, '../../bin/behovsmelding.js');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Report {
  file: string;
  profile: string;
  sheet: string;
  headerRow: number;
  mapping: Record<string, string>;
  findings: Array<{ rule: string; severity: string; sheet: string; cells: string[]; row?: number; field?: string; message: string }>;
  summary: { rows: number; errors: number; warnings: number; infos: number };
}

const dir = tempDir();
const files: Record<string, string> = {};

beforeAll(async () => {
  // Title rows above the header; an error value, text in an amount cell, an empty row and a sum row.
  files.plain = await writeWorkbook(join(dir, 'plain.xlsx'), (wb) => {
    const ws = wb.addWorksheet('Tiltak');
    ws.addRow(['Behovsmelding 2024 – Drammen']);
    ws.addRow([]);
    ws.addRow(HEADERS);
    ws.addRow(GOOD);
    ws.addRow([
      'Regning',
      'Regional',
      'Vurdering og gjennomføring',
      '',
      'Kommunen',
      'Drammen',
      'USN',
      'ca. 200 000',
      50000,
      'høst 2024',
      'vår 2025',
      'Ansatte og ledere er med',
      'Felles arbeid i team',
      'Studenter har praksis',
    ]);
    ws.addRow([]);
    ws.addRow([...GOOD.slice(0, 7), { formula: '1/0', result: { error: '#DIV/0!' } }, ...GOOD.slice(8)]);
    ws.addRow(['Sum', null, null, null, null, null, null, 300000, 150000]);
  });
  // An Excel Table on the second sheet, odd spellings, columns in another order.
  files.table = await writeWorkbook(join(dir, 'table.xlsx'), (wb) => {
    wb.addWorksheet('Forside').addRow(['Les meg']);
    const ws = wb.addWorksheet('Data');
    const headers = [
      'UH-PARTNER',
      'navn på tiltak',
      'Tilskuddsordning',
      'FASE:',
      'Hva skal gjøres?',
      'Roller',
      'Kommuner',
      'Midler eier',
      'Midler UH',
      'Oppstart',
      'Avslutning',
      'Involvering',
      'Kollektive prosesser',
      'Styrker lærerutdanningen',
    ];
    const row = ['USN', ...GOOD.slice(0, 5), 'Drammen, Lier', ...GOOD.slice(7)];
    ws.addTable({
      name: 'Tiltak',
      ref: 'B2',
      headerRow: true,
      columns: headers.map((name) => ({ name })),
      rows: [row, row.map((v, i) => (i === 1 ? 'Skriving' : v))],
    });
  });
  files.merged = await writeWorkbook(join(dir, 'merged.xlsx'), (wb) => {
    const ws = wb.addWorksheet('Tiltak');
    ws.addRow(HEADERS);
    ws.addRow(GOOD);
    ws.addRow(GOOD.map((v, i) => (i === 0 ? 'Skriving' : i === 1 ? null : v)));
    ws.mergeCells('B2:B3');
  });
  files.noHeader = await writeWorkbook(join(dir, 'tom.xlsx'), (wb) => wb.addWorksheet('Ark1').addRow(['hei', 'på', 'deg']), false);
  writeFileSync(join(dir, 'tekst.xlsx'), 'dette er ikke en arbeidsbok');
  writeFileSync(join(dir, 'passord.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  writeFileSync(
    join(dir, 'profil.json'),
    JSON.stringify({ ...JSON.parse(readFileSync(resolve(__dirname, 'profile-base.json'), 'utf8')), maxDurationYears: 0.5 }),
  );
}, 30_000);

describe('behovsmelding validate', () => {
  it('finds the header below title rows and reports findings on the right cells, as JSON', () => {
    const before = readFileSync(files.plain!);
    const r = cli('validate', files.plain!, '--json', '--today', '2023-11-01');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report).toMatchObject({ file: 'plain.xlsx', profile: 'kompetansenettverk-2024', sheet: 'Tiltak', headerRow: 3 });
    expect(report.mapping).toMatchObject({ tittel: 'A', fase: 'C', tilskuddEier: 'H' });
    const at = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => [f.row, f.cells]);
    expect(at('phase-multiple')).toEqual([[5, ['C5']]]);
    expect(at('amount-invalid')).toEqual([[5, ['H5']]]);
    expect(at('cell-error')).toEqual([[7, ['H7']]]);
    expect(report.summary.rows).toBe(3); // empty and sum rows are not tiltak
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
    expect(readFileSync(files.plain!)).toEqual(before);
  });

  it('reads an Excel Table on another sheet with odd spellings, and merged cells from their first cell', () => {
    const r = cli('validate', files.table!, files.merged!, '--json', '--today', '2023-11-01');
    expect(r.status).toBe(0);
    const [table, merged] = JSON.parse(r.stdout) as Report[];
    expect(table).toMatchObject({ sheet: 'Data', headerRow: 2, summary: { rows: 2, errors: 0 } });
    expect(table!.mapping).toMatchObject({ uh: 'B', tittel: 'C', ordning: 'D', forankring: 'M' });
    expect(merged!.summary).toMatchObject({ rows: 2, errors: 0 });
  });

  it('honours --sheet, --map and a profile from a JSON file', () => {
    const r = cli(
      'validate',
      files.plain!,
      '--json',
      '--today',
      '2023-11-01',
      '--sheet',
      'Tiltak',
      '--map',
      'beskrivelse=E',
      '--profile',
      join(dir, 'profil.json'),
    );
    const report = JSON.parse(r.stdout) as Report;
    expect(report.mapping.beskrivelse).toBe('E');
    expect(report.mapping.ansvar).toBeUndefined();
    expect(report.profile).toBe('test-2025');
    expect(report.findings.some((f) => f.rule === 'duration-too-long')).toBe(true);
  });

  it('prints readable Norwegian text and uses the sample workbook without a file', () => {
    const r = cli('validate', '--today', '2023-11-01');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('eksempel.xlsx – ark «Tiltak», overskrifter i rad 3');
    expect(r.stdout).toMatch(/FEIL\s+D6\s+phase-multiple/);
    expect(r.stdout).toMatch(/12 tiltak sjekket: \d+ feil, \d+ advars(el|ler), 0 råd\./);
  });

  it.each([
    ['finnes-ikke.xlsx', /^Fant ikke filen «.*finnes-ikke\.xlsx»\.$/],
    ['tekst.xlsx', /^«tekst\.xlsx» er ikke en Excel-fil \(\.xlsx\)\.$/],
    ['passord.xlsx', /^«passord\.xlsx» er passordbeskyttet\./],
    ['tom.xlsx', /^tom\.xlsx: Fant ingen overskriftsrad/],
  ])('exits 2 with one Norwegian sentence and no stack for %s', (name, message) => {
    const r = cli('validate', join(dir, name));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown option or profile, and lists the profiles', () => {
    expect(cli('validate', '--feil').status).toBe(2);
    expect(cli('validate', '--profile', 'finnes-ikke').stderr).toContain('Ukjent profil «finnes-ikke»');
    const p = cli('profiles');
    expect(p.status).toBe(0);
    expect(p.stdout).toContain('kompetansenettverk-2024');
    expect(p.stdout).toContain('oslo-viken-2024');
  });
});

describe('behovsmelding melding', () => {
  it('writes the workbook unchanged plus the melding sheet, and a PDF, never over the input', async () => {
    const out = join(dir, 'melding.xlsx');
    const pdf = join(dir, 'melding.pdf');
    const before = readFileSync(files.plain!);
    const r = cli('melding', files.plain!, '--out', out, '--pdf', pdf, '--today', '2023-11-01');
    expect(r.status).toBe(1); // the table has errors: the melding is a draft
    expect(r.stdout).toContain('UTKAST');
    expect(readFileSync(files.plain!)).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tiltak', 'Partnerskap', 'Melding Regional ordning']);
    expect(wb.getWorksheet('Tiltak')!.getCell('C5').value).toBe('Vurdering og gjennomføring');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Behovsmelding – Vest – regional ordning');
    expect(text).toContain('UTKAST');
    expect(text).toContain('Lesing i alle fag');
    expect(text).toContain('Styrking av lærerutdanningen');
    expect(cli('melding', files.plain!, '--out', files.plain!).status).toBe(2);
  });
});
