import { nb } from '../../src/i18n';
import ExcelJS from 'exceljs';
import { freeSheetNames } from '../../src/sheet/generated';
import { writeMeldingSheets } from '../../src/excel/melding';
import { writeMeldingOnlyWorkbook } from '../../src/xlsx/melding-workbook';
import { GOOD_ROW } from '../domain/builders';
import { buildDoc, manyRows, OV, REALISTIC_ROWS } from '../melding/fixtures';
import { createExcelHost } from '../office-host/host';
import { HostWorkbook } from '../office-host/workbook';
import { EACH_PROFILE } from './workbooks';
import type { HostProfile } from '../office-host/profiles';

function userHost(profile: HostProfile) {
  const book = new HostWorkbook();
  book.addSheet('Tiltak').set('A1', 'Tiltak');
  const host = createExcelHost(profile, book);
  host.install();
  return host;
}

describe.each(EACH_PROFILE)('Lag behovsmelding on %s', (_name, profile) => {
  it('writes the melding sheets and marks them with workbook names', async () => {
    const host = userHost(profile);
    const names = await writeMeldingSheets(host.run, buildDoc(manyRows(5)), nb);
    expect(host.book.sheets.map((s) => s.name)).toEqual(['Tiltak', ...names]);
    expect(host.book.names.map((n) => n.formula)).toEqual(names.map((n) => `='${n}'!$A$1`));
    const sheet = host.book.sheet(names[0]!);
    expect(sheet.page).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1 } });
    // Five tiltak fit on the first page: no header repeated over the criteria pages.
    expect(sheet.page.setPrintTitleRows).toBeUndefined();
  });

  it('repeats the tiltak header when the table runs over pages', async () => {
    const host = userHost(profile);
    const [name] = await writeMeldingSheets(host.run, buildDoc(manyRows(30)), nb);
    expect(host.book.sheet(name!).page.setPrintTitleRows).toMatch(/^\d+:\d+$/);
  });

  it('writes text that looks like a formula as text, and totals as live formulas', async () => {
    const host = userHost(profile);
    const doc = buildDoc([{ ...GOOD_ROW, tittel: '=HYPERLINK("http://x")', ansvar: '-5 % av tiden til UH' }]);
    const [name] = await writeMeldingSheets(host.run, doc, nb);
    const cells = host.book
      .sheet(name!)
      .rows.flat()
      .filter((c) => c !== undefined);
    expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining(['=HYPERLINK("http://x")', '-5 % av tiden til UH']));
    expect(cells.filter((c) => c.value === '=HYPERLINK("http://x")').every((c) => !c.formula)).toBe(true);
    expect(cells.some((c) => /^=SUM\(/.test(c.formula ?? ''))).toBe(true);
  });

  it('makes the melding again under the same names, replacing only the sheets it generated', async () => {
    const host = userHost(profile);
    const first = await writeMeldingSheets(host.run, buildDoc(), nb);
    host.book.addSheet('Min kopi');
    const second = await writeMeldingSheets(host.run, buildDoc(), nb);
    expect(second).toEqual(first);
    expect(host.book.sheets.map((s) => s.name)).toEqual(['Tiltak', 'Min kopi', ...first]);
    expect(host.book.names).toHaveLength(first.length);
  });

  it("never replaces a user's own sheet named like a melding", async () => {
    const host = userHost(profile);
    const first = freeSheetNames(buildDoc(), ['Tiltak']);
    host.book.addSheet(first[0]!).set('A1', 'mitt');
    const written = await writeMeldingSheets(host.run, buildDoc(), nb);
    expect(host.book.sheet(first[0]!).get('A1')).toBe('mitt');
    expect(written[0]).not.toBe(first[0]);
  });

  it('names the sheets as the .xlsx does, by partnership; a user sheet of such a name keeps its content', async () => {
    const rows = [1, 2, 3].map((n) => ({ ...REALISTIC_ROWS[0]!, partnerskap: `Kompetansenettverk Nord-Østerdal ${n}` }));
    const doc = buildDoc(rows);
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load((await writeMeldingOnlyWorkbook(doc, nb)) as unknown as ArrayBuffer);
    expect(xlsx.worksheets.map((ws) => ws.name)).toEqual(['Nord-Østerdal 1 – Dekom', 'Nord-Østerdal 2 – Dekom', 'Nord-Østerdal 3 – Dekom']);

    const host = userHost(profile);
    host.book.addSheet('nord-østerdal 2 – dekom').set('A1', 'mitt');
    const written = await writeMeldingSheets(host.run, doc, nb);
    expect(written).toEqual(['Nord-Østerdal 1 – Dekom', 'Nord-Østerdal 2 – Dekom (2)', 'Nord-Østerdal 3 – Dekom']);
    expect(host.book.sheets.map((s) => s.name)).toEqual(['Tiltak', 'nord-østerdal 2 – dekom', ...written]);
    expect(host.book.sheet('nord-østerdal 2 – dekom').get('A1')).toBe('mitt');
  });

  it.each([
    ['kompetansenettverk', 50, undefined],
    ['kompetansenettverk', 200, undefined],
    ['oslo-viken, one sheet per tiltak', 20, OV],
  ] as const)('%s with %i tiltak: every request and response under 4 MB', async (_p, count, meldingProfile) => {
    const host = userHost(profile);
    const names = await writeMeldingSheets(host.run, buildDoc(manyRows(count), { profile: meldingProfile }), nb);
    expect(names.length).toBeGreaterThan(0);
    expect(host.stats.largestRequest()).toBeLessThan(4_000_000);
    expect(host.stats.largestResponse()).toBeLessThan(4_000_000);
  });
});
