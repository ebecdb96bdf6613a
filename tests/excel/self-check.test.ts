import { runSelfCheck, SELF_CHECK_SHEET, type SelfCheckStepId } from '../../src/excel/self-check';
import { createExcelPort } from '../../src/excel/port';
import { selfCheckText } from '../../src/excel/self-check-report';
import { textsFor } from '../../src/i18n/all';
import { createExcelHost } from '../office-host/host';
import { EXCEL_2021, withExcelApi, type HostProfile } from '../office-host/profiles';
import { HostWorkbook } from '../office-host/workbook';
import { addTiltakSheet, EACH_PROFILE } from './workbooks';

const ALL_STEPS: SelfCheckStepId[] = [
  'addSheet',
  'write',
  'read',
  'highlight',
  'clear',
  'insertRows',
  'melding',
  'pageLayout',
  'events',
  'settings',
  'createWorkbook',
  'removeSheet',
];

/** A user's workbook: a tiltak table with a merged title, a rule of their own, a name, settings, a second sheet. */
function usersWorkbook(): HostWorkbook {
  const book = new HostWorkbook();
  const tiltak = addTiltakSheet(book, 12);
  tiltak.merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
  tiltak.formats.push({ id: '{user-rule}', type: 'CellValue', areas: [{ top: 2, left: 8, bottom: 13, right: 8 }], fill: '#FF0000' });
  tiltak.numberFormats.set('I3', '#,##0 "kr"');
  book.addSheet('Notater').set('A1', 'Mine notater');
  book.names.push({ name: 'Budsjett', formula: '=Tiltak!$I$3:$I$14' });
  Object.assign(book.settings, { 'behovsmelding.profil': { kind: 'builtin', id: 'kompetansenettverk-2024' } });
  return book;
}

/** Everything of the workbook a user could see or the add-in could have written. */
function snapshot(book: HostWorkbook) {
  return structuredClone({
    sheets: book.sheets.map((s) => ({
      name: s.name,
      id: s.id,
      rows: s.rows,
      numberFormats: Object.fromEntries(s.numberFormats),
      merges: s.merges,
      formats: s.formats,
      styles: s.styles,
      page: s.page,
      showGridlines: s.showGridlines,
      visibility: s.visibility,
    })),
    names: book.names,
    settings: book.settings,
  });
}

function hostFor(profile: HostProfile, book = usersWorkbook()) {
  const host = createExcelHost(profile, book);
  host.install();
  return host;
}

describe.each(EACH_PROFILE)('Sjekk oppsettet on %s', (_name, profile) => {
  it('passes every operation on a sheet of its own and leaves the workbook exactly as it was', async () => {
    const host = hostFor(profile);
    const before = snapshot(host.book);
    const report = await runSelfCheck({ run: host.run });

    expect(report.steps.map((s) => [s.id, s.status])).toEqual(ALL_STEPS.map((id) => [id, id === 'createWorkbook' ? 'skipped' : 'ok']));
    expect(report.steps.find((s) => s.id === 'createWorkbook')?.skipped).toEqual({ notAsked: true });
    expect(report.sheet).toBe(SELF_CHECK_SHEET);
    expect(snapshot(host.book)).toEqual(before);
    expect(host.state.opened).toEqual([]);
    expect(host.state.activeSheet).toBeUndefined();
    expect(report).toMatchObject({ platform: profile.platform, excelApi: `1.${profile.excelApi}` });
    expect(report.sets).toEqual([
      { name: 'ExcelApiOnline 1.1', supported: profile.supports('ExcelApiOnline', 1) },
      { name: 'DelayForCellEdit 1.1', supported: profile.supports('DelayForCellEdit', 1) },
    ]);
  });

  it('opens a new workbook only when asked to', async () => {
    const host = hostFor(profile);
    const report = await runSelfCheck({ run: host.run, openWorkbook: true });
    expect(report.steps.find((s) => s.id === 'createWorkbook')?.status).toBe('ok');
    expect(host.state.opened).toHaveLength(1);
  });
});

describe('Sjekk oppsettet where Excel refuses an operation', () => {
  /** An Excel older than the manifest admits (ExcelApi 1.8, as in Excel 2016 bought once): some operations are missing. */
  const old = withExcelApi(EXCEL_2021, 8);

  it("reports each refused step with Excel's error code, runs the others, and still removes its sheet", async () => {
    const host = hostFor(old);
    const before = snapshot(host.book);
    const report = await runSelfCheck({ run: host.run });
    const failed = report.steps.filter((s) => s.status === 'failed');

    // RangeAreas (the overlays) and Range.copyFrom (a row split) came with ExcelApi 1.9.
    expect(failed.map((s) => s.id)).toEqual(expect.arrayContaining(['highlight', 'insertRows']));
    for (const step of failed) {
      expect(step.code).toBe('ApiNotFound');
      expect(step.detail).toMatch(/\S/);
    }
    expect(report.steps.find((s) => s.id === 'clear')).toEqual({ id: 'clear', status: 'skipped', skipped: { needs: 'highlight' } });
    expect(report.steps.filter((s) => s.status === 'ok').map((s) => s.id)).toEqual(
      expect.arrayContaining(['addSheet', 'write', 'read', 'removeSheet']),
    );
    expect(report.excelApi).toBe('1.8');
    expect(snapshot(host.book)).toEqual(before);
  });

  it('reports a document whose settings cannot be saved, and an Excel that will not open a new workbook, with their codes', async () => {
    const host = hostFor(EXCEL_2021);
    host.failSettingsSave();
    host.blockCreateWorkbook();
    const before = snapshot(host.book);
    const report = await runSelfCheck({ run: host.run, openWorkbook: true });
    expect(report.steps.find((s) => s.id === 'settings')).toMatchObject({ status: 'failed', code: '5001' });
    expect(report.steps.find((s) => s.id === 'createWorkbook')).toMatchObject({ status: 'failed', code: 'InvalidOperation' });
    expect(report.steps.filter((s) => s.status === 'failed').map((s) => s.id)).toEqual(['settings', 'createWorkbook']);
    expect(snapshot(host.book)).toEqual(before);
  });

  it('takes another name when the user has a sheet called Behovsmelding-sjekk, and never touches it', async () => {
    const book = usersWorkbook();
    book.addSheet(SELF_CHECK_SHEET).set('A1', 'Brukerens eget ark');
    book.addSheet(`${SELF_CHECK_SHEET} 2`.toUpperCase()).set('B2', 42);
    const host = hostFor(EXCEL_2021, book);
    const before = snapshot(host.book);
    const report = await runSelfCheck({ run: host.run });
    expect(report.sheet).toBe(`${SELF_CHECK_SHEET} 3`);
    expect(report.steps.every((s) => s.status !== 'failed')).toBe(true);
    expect(snapshot(host.book)).toEqual(before);
  });

  it("says so when Excel keeps something else than was written, and reports Office's build where Office gives it", async () => {
    const host = hostFor(EXCEL_2021);
    Object.assign(host.Office.context, { diagnostics: { version: '16.0.14332.20812' } });
    // Excel turning a written number into text on the way in (as a cell formatted as text would): after
    // the second request (the write), the check's own sheet holds text where it wrote 95000.
    let requests = 0;
    const run: typeof host.run = async (batch, options) => {
      const result = await host.run(batch, options);
      if (++requests === 2) host.book.sheet(SELF_CHECK_SHEET).set('C3', '95000');
      return result;
    };
    const report = await runSelfCheck({ run });
    expect(report.version).toBe('16.0.14332.20812');
    const read = report.steps.find((s) => s.id === 'read');
    expect(read?.status).toBe('failed');
    expect(read?.code).toBeUndefined();
    expect(JSON.parse(read!.mismatch!.got)[2]).toEqual(['Sjekk 2', 'Planlegging og gjennomføring', '95000']);
    expect(JSON.parse(read!.mismatch!.expected)[2]).toEqual(['Sjekk 2', 'Planlegging og gjennomføring', 95000]);
    expect(report.steps.find((s) => s.id === 'removeSheet')?.status).toBe('ok');
  });
});

describe('the self-check as text for a support ticket', () => {
  it("names the add-in, Excel, the sets, and each operation with Excel's code, in bokmål and nynorsk", async () => {
    const host = hostFor(withExcelApi(EXCEL_2021, 8));
    Object.assign(host.Office.context, { diagnostics: { version: '16.0.10827.20181' } });
    const report = await runSelfCheck({ run: host.run });
    const text = selfCheckText(report, textsFor('nb'), '1.4.0');
    const lines = text.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'Behovsmelding – sjekk av oppsettet',
      'Behovsmelding: versjon 1.4.0',
      'Plattform: Excel for Windows (PC)',
      'Office-versjon: 16.0.10827.20181',
      'ExcelApi: 1.8 (den høyeste denne Excel har)',
      'ExcelApiOnline 1.1: nei',
      'DelayForCellEdit 1.1: ja',
      'Midlertidig ark: «Behovsmelding-sjekk»',
    ]);
    expect(lines).toContain('✓ Legge til et midlertidig ark: OK');
    expect(text).toMatch(/^✗ Markere celler \(betinget formatering\): FEIL: Excel svarte ApiNotFound \(«.+»\)$/m);
    expect(lines).toContain('– Fjerne markeringer: ikke prøvd (fordi «Markere celler (betinget formatering)» ikke virket)');
    expect(lines).toContain('– Åpne en ny arbeidsbok (Eksporter til Excel): ikke prøvd (ikke valgt: åpner en ny arbeidsbok)');
    const failed = report.steps.filter((s) => s.status === 'failed').length;
    const tried = report.steps.filter((s) => s.status !== 'skipped').length;
    expect(lines.at(-1)).toBe(`${failed} av ${tried} operasjoner feilet.`);

    const nynorsk = selfCheckText(report, textsFor('nn'), '1.4.0');
    expect(nynorsk).toContain('✓ Legge til eit mellombels ark: OK');
    expect(nynorsk.split('\n').at(-1)).toBe(`${failed} av ${tried} operasjonar feila.`);
  });

  it('says when Excel kept something else, and when all went well', async () => {
    const host = hostFor(EXCEL_2021);
    const passed = selfCheckText(await runSelfCheck({ run: host.run }), textsFor('nb'), '1.4.0');
    expect(passed).toMatch(/Office-versjon: ukjent/);
    expect(passed.split('\n').at(-1)).toBe('Alle 11 operasjonene som ble prøvd, virket.');
    const text = selfCheckText(
      {
        platform: 'Mac',
        excelApi: '1.17',
        sets: [],
        sheet: SELF_CHECK_SHEET,
        steps: [{ id: 'read', status: 'failed', mismatch: { expected: '[[1]]', got: '[["1"]]' } }],
      },
      textsFor('nb'),
      '1.4.0',
    );
    expect(text).toContain('✗ Lese celler: FEIL: skrev [[1]], men leste [["1"]]');
    expect(text).toContain('Plattform: Excel for Mac (Mac)');
  });
});

describe('Sjekk oppsettet through the port, as the pane runs it', () => {
  it('reports in the language asked with the pane’s version, counts what failed, and leaves the workbook as it was', async () => {
    const host = hostFor(withExcelApi(EXCEL_2021, 8));
    const before = snapshot(host.book);
    const port = createExcelPort(host.run);
    const outcome = await port.selfCheck!(textsFor('nn'), { version: '2.3.4', openWorkbook: false });
    const lines = outcome.text.split('\n');
    expect(lines[1]).toBe('Behovsmelding: versjon 2.3.4');
    expect(lines).toContain('Mellombels ark: «Behovsmelding-sjekk»');
    expect(outcome.failed).toBeGreaterThan(0);
    expect(outcome.summary).toMatch(new RegExp(`^${outcome.failed} av \\d+ operasjonar feila\\.$`));
    expect(lines.at(-1)).toBe(outcome.summary);
    expect(snapshot(host.book)).toEqual(before);
  });

  it('opens a new workbook only when asked to', async () => {
    const host = hostFor(EXCEL_2021);
    const port = createExcelPort(host.run);
    const quiet = await port.selfCheck!(textsFor('nb'), { version: '1', openWorkbook: false });
    expect(host.state.opened).toEqual([]);
    expect(quiet).toMatchObject({ failed: 0, summary: 'Alle 11 operasjonene som ble prøvd, virket.' });
    await port.selfCheck!(textsFor('nb'), { version: '1', openWorkbook: true });
    expect(host.state.opened).toHaveLength(1);
  });
});
