import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pdfText } from '../pdf-text';
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
    JSON.stringify(withParameters(JSON.parse(readFileSync(resolve(__dirname, 'profile-base.json'), 'utf8')), { maxDurationYears: 0.5 })),
  );
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORT_KEYS = ['file', 'profile', 'sheet', 'headerRow', 'mapping', 'findings', 'summary'];
const FINDING_KEYS = new Set(['rule', 'severity', 'sheet', 'cells', 'row', 'field', 'message', 'hint', 'source']);

/** A profile with some parameters changed. */
function withParameters(profile: { parameters: object }, parameters: object) {
  return { ...profile, parameters: { ...profile.parameters, ...parameters } };
}

describe('behovsmelding validate', () => {
  it('finds the header below title rows and reports findings on the right cells, as JSON', () => {
    const before = readFileSync(files.plain!);
    const r = cli('validate', files.plain!, '--json', '--today', '2023-11-01');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(Object.keys(report)).toEqual(REPORT_KEYS);
    expect(report).toMatchObject({ file: files.plain, profile: 'kompetansenettverk-2024', sheet: 'Tiltak', headerRow: 3 });
    for (const f of report.findings) {
      expect(Object.keys(f).filter((k) => !FINDING_KEYS.has(k))).toEqual([]);
      expect(f).toMatchObject({ rule: expect.any(String), sheet: expect.any(String), message: expect.any(String) });
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.cells.every((c) => /^[A-Z]{1,3}[1-9]\d*$/.test(c))).toBe(true);
    }
    expect(report.mapping).toMatchObject({ tittel: 'A', fase: 'C', tilskuddEier: 'H' });
    const at = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => [f.row, f.cells]);
    expect(at('phase-multiple')).toEqual([[5, ['C5']]]);
    expect(at('amount-invalid')).toEqual([[5, ['H5']]]);
    expect(at('cell-error')).toEqual([[7, ['H7']]]);
    expect(report.summary.rows).toBe(3); // empty and sum rows are not tiltak
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
    expect(readFileSync(files.plain!)).toEqual(before);
  });

  it('writes every message in nynorsk with --sprak nn, with the same keys, rule ids and cells', () => {
    const bokmal = JSON.parse(cli('validate', files.plain!, '--json', '--today', '2023-11-01').stdout) as Report;
    const r = cli('validate', files.plain!, '--json', '--today', '2023-11-01', '--sprak', 'nn');
    expect(r.status).toBe(1);
    const nynorsk = JSON.parse(r.stdout) as Report;
    const shape = (report: Report) => report.findings.map((f) => [f.rule, f.cells, f.row, f.field]);
    expect(shape(nynorsk)).toEqual(shape(bokmal));
    const message = (report: Report, rule: string) => report.findings.find((f) => f.rule === rule)?.message;
    expect(message(bokmal, 'phase-multiple')).toBe(
      '«Vurdering og gjennomføring» nevner flere faser (vurdering og gjennomføring). Et tiltak kan bare være i én fase.',
    );
    expect(message(nynorsk, 'phase-multiple')).toBe(
      '«Vurdering og gjennomføring» nemner fleire fasar (vurdering og gjennomføring). Eit tiltak kan berre vere i éin fase.',
    );
    expect(message(nynorsk, 'cell-error')).toBe('Cella for «Tilskot eigar» viser feilverdien #DIV/0!, så innhaldet kan ikkje lesast.');
    expect(cli('validate', files.plain!, '--language', 'nn', '--json', '--today', '2023-11-01').stdout).toBe(r.stdout);
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
      '--map',
      'ansvar=Beskrivelse',
      '--profile',
      join(dir, 'profil.json'),
    );
    const report = JSON.parse(r.stdout) as Report;
    // A column letter and a header text: the two columns swap fields.
    expect(report.mapping).toMatchObject({ beskrivelse: 'E', ansvar: 'D' });
    expect(report.profile).toBe('test-2025');
    expect(report.findings.some((f) => f.rule === 'duration-too-long')).toBe(true);
  });

  it('prints readable Norwegian text and uses the sample workbook without a file', () => {
    const r = cli('validate', '--today', '2023-11-01');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^eksempel\.xlsx – ark «Tiltak», overskrifter i rad 3, \d+ av 24 felt gjenkjent, profil kompetansenettverk-2024\n/,
    );
    expect(r.stdout).toMatch(/FEIL\s+D6\s+phase-multiple\n\s+«Vurdering og planlegging» nevner flere faser.*\n\s+→ \S/);
    // Row 9 in reading order: column B before column Q.
    expect(r.stdout).toMatch(/FEIL\s+B9\s+too-many-measures[^]*ADVARSEL Q9\s+criterion-text-thin/);
    expect(r.stdout).toMatch(/12 tiltak sjekket: \d+ feil, \d+ advars(el|ler), 0 råd\./);
  });

  it('exits 2 with one Norwegian sentence per unusable file and no stack', () => {
    const names = ['finnes-ikke.xlsx', 'tekst.xlsx', 'passord.xlsx', 'tom.xlsx'];
    const r = cli('validate', ...names.map((n) => join(dir, n)));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Fant ikke filen «.*finnes-ikke\.xlsx»\.$/);
    expect(lines[1]).toMatch(/^«tekst\.xlsx» er ikke en Excel-fil: bruk en arbeidsbok lagret som \.xlsx \(eller \.xlsm, \.ods, \.csv\)\.$/);
    expect(lines[2]).toMatch(/^«passord\.xlsx» er passordbeskyttet: fjern passordet/);
    expect(lines[3]).toMatch(/^.*tom\.xlsx: Fant ingen overskriftsrad/);
  });

  it('gives an unusable file among several its own entry in the JSON array, and exit 2', () => {
    const r = cli('validate', files.merged!, join(dir, 'tekst.xlsx'), '--json', '--today', '2023-11-01');
    expect(r.status).toBe(2);
    const docs = JSON.parse(r.stdout) as Array<Report | { file: string; error: string }>;
    expect(docs).toHaveLength(2);
    expect(docs[0]).toMatchObject({ file: files.merged, summary: { rows: 2, errors: 0 } });
    const sentence = '«tekst.xlsx» er ikke en Excel-fil: bruk en arbeidsbok lagret som .xlsx (eller .xlsm, .ods, .csv).';
    expect(docs[1]).toEqual({ file: join(dir, 'tekst.xlsx'), error: sentence });
    expect(r.stderr.trim()).toBe(sentence);
  });

  it('exits 2 on an unknown command, pointing to --help', () => {
    const r = cli('sjekk', files.plain!);
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: 'Ukjent kommando «sjekk»: bruk validate, melding, oversikt, profiles eller template (se --help).\n',
    });
  });

  it('explains a bad profile file in Norwegian', () => {
    writeFileSync(
      join(dir, 'andel.json'),
      JSON.stringify(withParameters(JSON.parse(readFileSync(join(dir, 'profil.json'), 'utf8')), { multiYearMaxShare: 50 })),
    );
    const r = cli('validate', '--profile', join(dir, 'andel.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^Profilfilen «.*andel\.json»: Profilen er ikke gyldig: «parameters › multiYearMaxShare» – skal være høyst 1\.\n?$/,
    );
  });
});

describe('behovsmelding melding', () => {
  it('writes the melding sheet as a workbook of its own, and a PDF, and only reads the input', async () => {
    const out = join(dir, 'melding.xlsx');
    const pdf = join(dir, 'melding.pdf');
    const before = readFileSync(files.plain!);
    const r = cli('melding', files.plain!, '--out', out, '--pdf', pdf, '--today', '2023-11-01');
    expect(r.status).toBe(1); // the table has errors: the melding is a draft
    expect(r.stdout).toContain('UTKAST');
    expect(readFileSync(files.plain!)).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Melding Regional ordning']);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('Behovsmelding – Vest – regional ordning');
    const text = pdfText(readFileSync(pdf));
    expect(text).toContain('Behovsmelding – Vest – regional ordning');
    expect(text).toContain('UTKAST');
    expect(text).toContain('Lesing i alle fag');
    expect(text).toContain('Styrking av lærerutdanningen');
    expect(cli('melding', files.plain!, '--out', files.plain!).status).toBe(2);
  });
});
