import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

/**
 * Issue 9 item by item, on workbooks LibreOffice 7.4 and openpyxl wrote (tests/fixtures/,
 * scripts/make-fixtures.py), through the command line in this process.
 */
const FIXTURES = join(__dirname, '../fixtures');
const fixture = (name: string) => join(FIXTURES, name);
const dir = mkdtempSync(join(tmpdir(), 'behovsmelding-fixtures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

interface Finding {
  rule: string;
  sheet: string;
  cells: string[];
  row?: number;
  field?: string;
  severity: string;
  message: string;
  hint?: string;
}
interface Report {
  sheet: string;
  headerRow: number;
  mapping: Record<string, string>;
  findings: Finding[];
  summary: { rows: number; errors: number };
}

async function validate(file: string): Promise<Report> {
  const r = await run('validate', fixture(file), '--json', '--today', '2024-03-01');
  if (r.status === 2) throw new Error(r.err);
  return JSON.parse(r.out) as Report;
}

const rules = (report: Report) => report.findings.map((f) => f.rule);
const at = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => f.cells.join(','));

describe('reading (issue 9, items 1–7 and 9)', () => {
  it('1: a hidden empty template sheet loses to the visible sheet with tiltak, whose errors are reported', async () => {
    const report = await validate('py-hidden-template.xlsx');
    expect([report.sheet, report.summary.rows]).toEqual(['Tiltak', 2]);
    expect(at(report, 'phase-missing')).toEqual(['D3']);
  });

  it('1: melding on a table without tiltak writes nothing and says so', async () => {
    const out = join(dir, 'tom.xlsx');
    const r = await run(
      'melding',
      fixture('py-hidden-template.xlsx'),
      '--sheet',
      'Mal',
      '--profile',
      'kompetansenettverk-2024',
      '--out',
      out,
    );
    expect(r).toEqual({
      status: 2,
      out: '',
      err: 'py-hidden-template.xlsx: Fant ingen tiltak under overskriftene i rad 1 på arket «Mal», så det er ingen melding å lage.',
    });
    expect(existsSync(out)).toBe(false);
  });

  it('2: dates on the 1904 system are the dates LibreOffice shows, so tiltak to 2027 exceed the multi-year cap', async () => {
    // Read four years early (2020–2023), both tiltak would end before 31.7.2025 and nothing would be found.
    const report = await validate('lo-1904.xlsx');
    expect(report.summary.rows).toBe(2);
    expect(report.findings.find((f) => f.rule === 'multi-year-over-cap')?.cells).toEqual(expect.arrayContaining(['P2', 'P3']));
  });

  it('3: an Excel Table’s totals row and a note under the table are not tiltak', async () => {
    for (const file of ['py-table-totals.xlsx', 'lo-autofilter-note.xlsx']) {
      const report = await validate(file);
      expect([file, report.summary.rows]).toEqual([file, 2]);
      expect([file, rules(report).filter((r) => r !== 'deadline-passed')]).toEqual([file, []]);
    }
  });

  it('4: a formula without a cached result is reported on its cell, never read as zero', async () => {
    const report = await validate('py-formula-no-value.xlsx');
    const errors = report.findings.filter((f) => f.rule === 'formula-no-value');
    expect(errors.map((f) => [f.cells, f.field, f.severity])).toEqual([
      [['J2'], 'tilskuddEier', 'error'],
      [['K3'], 'tilskuddUh', 'error'],
    ]);
    expect(errors[0]!.message).toBe('Formelen =200000*2 i «Tilskudd eier» er lagret uten beregnet verdi, så innholdet er ukjent.');
    expect(errors[1]!.message).toContain('=SUM(J2:J2)/2');
    expect(errors[0]!.hint).toMatch(/Åpne filen i Excel eller LibreOffice og lagre den/);
    expect(report.findings.filter((f) => f.rule === 'cell-error')).toEqual([]);
    const melding = await run('melding', fixture('py-formula-no-value.xlsx'), '--out', join(dir, 'formel.xlsx'), '--today', '2024-03-01');
    expect(melding.status).toBe(1);
    expect(melding.out).toContain('UTKAST');
  });

  it('5: comments under xl/comments/, absolute relationship targets and a chart sheet first are read', async () => {
    expect((await validate('py-table-totals.xlsx')).sheet).toBe('Tiltak');
    const charted = await validate('py-chartsheet-first.xlsx');
    expect([charted.sheet, charted.summary.rows, charted.summary.errors]).toEqual(['Tiltak', 2, 0]);
  });

  it('5: an .xlsm, an .ods and a .csv are read to the same findings; an .xls is told how to save as .xlsx', async () => {
    const xlsm = await validate('lo-tiltak.xlsm');
    expect([xlsm.sheet, xlsm.summary.rows]).toEqual(['Tiltak', 2]);
    const ods = await validate('lo-tiltak.ods');
    const csv = await validate('lo-tiltak.csv');
    expect([csv.sheet, csv.summary.rows, csv.mapping.tilskuddEier]).toEqual(['lo-tiltak', 2, 'J']);
    // The same table in three formats: the same findings on the same cells.
    const bySheet = (r: Report) => r.findings.map((f) => ({ ...f, sheet: f.sheet === r.sheet ? 'tabellen' : f.sheet }));
    expect(bySheet(ods)).toEqual(bySheet(xlsm));
    expect(bySheet(csv)).toEqual(bySheet(xlsm));
    const xls = await run('validate', fixture('lo-tiltak.xls'));
    expect(xls.status).toBe(2);
    expect(xls.err).toMatch(
      /^«lo-tiltak\.xls» er i det gamle \.xls-formatet: .*Lagre som → «Excel-arbeidsbok \(\.xlsx\)» og prøv igjen med den nye filen\.$/,
    );
  });

  it('2 and 10: an .ods on the 1904 system and with an autofilter reads as its .xlsx twin', async () => {
    expect((await validate('lo-1904.ods')).findings).toEqual((await validate('lo-1904.xlsx')).findings);
    const melding = await run('melding', fixture('lo-autofilter-note.ods'), '--out', join(dir, 'ods.xlsx'), '--today', '2024-03-01');
    expect([melding.status, melding.err]).toEqual([0, '']);
  });

  it('6: two-row headers with merged group labels, other header names and a header below row 30', async () => {
    const twoRows = await validate('lo-two-row-header.xlsx');
    expect([twoRows.headerRow, twoRows.summary.rows]).toEqual([3, 2]);
    expect(twoRows.mapping).toMatchObject({ tittel: 'B', tilskuddEier: 'J', tilskuddUh: 'K', start: 'O', slutt: 'P' });
    expect(rules(twoRows)).not.toContain('header-missing');
    const deep = await validate('lo-deep-header.xlsx');
    expect([deep.headerRow, deep.summary.rows]).toEqual([35, 2]);
    expect(deep.mapping).toMatchObject({ tilskuddUh: 'K', start: 'O', slutt: 'P' });
  });

  it('6: too few known headers: the message names those found and asks only for others', async () => {
    const r = await run('validate', fixture('lo-few-headers.xlsx'));
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/Fant bare overskriftene «Tiltak» og «Ordning» i rad 1 på arket «Ark1»/);
    expect(r.err).not.toMatch(/legg til[^.]*«Tiltak»/);
  });

  it('7: "Møre og Romsdal fylkeskommune" is one owner, so its coordinator funds need more municipalities', async () => {
    const report = await validate('lo-county-owner.xlsx');
    expect(at(report, 'coordinator-single-municipality')).toHaveLength(1);
  });

  it('8: owners and a Sted column of towns are placed by the municipality list (oslo-viken-2024)', async () => {
    const r = await run('validate', fixture('lo-oslo-viken.xlsx'), '--profile', 'oslo-viken-2024', '--json', '--today', '2024-01-15');
    const report = JSON.parse(r.out) as Report;
    // Oslo kommune v/ Utdanningsetaten in Oslo, Drammen in Drammen and Lillestrøm: in their region.
    expect(at(report, 'geography-outside-region')).toEqual(['T4,G4']);
    expect(report.findings.find((f) => f.rule === 'geography-outside-region')!.message).toBe(
      'Oslo kommune ligger i Oslo og kan bare melde behov for virksomheter i Oslo, men «Realfag i praksis» (rad 4) gjelder Bærum (Akershus).',
    );
  });

  it('9: messages show Norwegian dates, and a negative amount is not "til sammen 0 kr"', async () => {
    const r = await run('validate', fixture('lo-oslo-viken.xlsx'), '--profile', 'oslo-viken-2024', '--json', '--today', '2024-01-15');
    const report = JSON.parse(r.out) as Report;
    const messages = report.findings.map((f) => f.message).join('\n');
    expect(messages).toContain('Slutt (31.12.2024) er før start (01.01.2025)');
    expect(messages).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(report.findings.filter((f) => f.rule === 'amount-invalid').map((f) => f.message)).toEqual([
      '«Tilskudd eier» er negativt (−5 000 kr).',
    ]);
    expect(messages).not.toContain('0 kr.');
  });

  it('9: "Skriftlig avtale: Ja, signert 15.11.2023" is a written agreement', async () => {
    for (const file of ['lo-county-owner.xlsx', 'py-table-totals.xlsx'])
      expect(rules(await validate(file))).not.toContain('agreement-missing');
  });
});

describe('writing (issue 9, items 10–11)', () => {
  it('10: a workbook with LibreOffice’s style-less autofilter table gives a melding', async () => {
    const out = join(dir, 'filter.xlsx');
    const r = await run('melding', fixture('lo-autofilter-note.xlsx'), '--out', out, '--today', '2024-03-01');
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Melding Desentralisert ordning']);
  });

  it('11: the melding is a workbook of its own; the user’s 1904 workbook is only read', async () => {
    const input = fixture('lo-1904.xlsx');
    const before = readFileSync(input);
    const out = join(dir, 'melding-1904.xlsx');
    await run('melding', input, '--out', out, '--today', '2024-03-01');
    expect(readFileSync(input)).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Melding Desentralisert ordning']);
    expect(wb.worksheets.some((ws) => ws.name === 'Tiltak' || ws.name === 'Partnerskap')).toBe(false);
  });
});
