import { strFromU8, unzipSync } from 'fflate';
import { buildOversikt } from '../../src/domain/oversikt/build';
import type { FileResult, OversiktMelding } from '../../src/domain/oversikt/model';
import { findProfile } from '../../src/domain/profiles';
import { overviewFile, type OverviewFile } from '../../src/app/oversikt-output';
import { writeOverview } from '../../src/excel/oversikt';
import { nb } from '../../src/i18n';
import { createExcelHost } from '../office-host/host';
import { EXCEL_2021, EXCEL_OLDEST, EXCEL_WEB, type HostProfile } from '../office-host/profiles';

/**
 * The pane's overview into Excel (issue 22), on the real Office.js client over the simulated host:
 * a new workbook where Excel opens one, else new sheets of this workbook with the charts drawn
 * through Office.js, never over the user's own sheets, within the web's request limit.
 */
const profile = findProfile('kompetansenettverk-2024')!;
const share = (s: number, limit: number | null) => ({ share: s, limit, ok: limit === null || s <= limit });
const melding = (partnerskap: string, eier: number): OversiktMelding => ({
  file: `${partnerskap.toLowerCase()}.xlsx`,
  partnerskap,
  ordning: 'regional',
  ordningNavn: 'Regional ordning',
  tiltak: 1,
  tilskuddEier: eier,
  tilskuddUh: eier / 2,
  shares: { koordinator: share(0.1, 0.3), flerarig: share(0, 0.5), egenandel: { share: null, limit: null, ok: true } },
  status: 'komplett',
  errors: 0,
  warnings: 0,
});
const results: FileResult[] = [
  { ok: true, checked: { file: 'asker.xlsx', meldinger: [melding('Asker', 200000)], findings: [], tiltak: [] } },
  { ok: true, checked: { file: 'lier.xlsx', meldinger: [melding('Lier', 100000)], findings: [], tiltak: [] } },
];
const oversikt = buildOversikt({ profile, reason: 'Valgt i panelet.' }, '2023-11-01', results, nb);

/** As the pane hands it over: the workbook and the charts its writer placed. */
const overviewFileOf = () => overviewFile(oversikt, nb);

function hostOn(p: HostProfile) {
  const host = createExcelHost(p);
  host.install();
  host.book.addSheet('Tiltak').set('A1', 'Tiltak');
  return host;
}

test('opens the overview as a new workbook, its charts inside, where Excel allows it', async () => {
  const host = hostOn(EXCEL_WEB);
  const file = await overviewFileOf();
  expect(await writeOverview(host.run, file)).toEqual({ where: 'workbook' });
  expect(host.state.opened).toHaveLength(1);
  const parts = unzipSync(new Uint8Array(Buffer.from(host.state.opened[0]!, 'base64')));
  expect(strFromU8(parts['xl/charts/chart1.xml']!)).toContain('Midler per partnerskap og ordning');
  expect(host.book.sheets.map((s) => s.name)).toEqual(['Tiltak']);
});

describe.each([
  ['Excel 2021', EXCEL_2021],
  ['Excel på nettet', EXCEL_WEB],
])('where Excel refuses a new workbook (%s)', (_name, p) => {
  test('inserts the four sheets at the end with the values, and draws the two charts with Office.js', async () => {
    const host = hostOn(p);
    host.blockCreateWorkbook();
    const written = await writeOverview(host.run, await overviewFileOf());
    expect(written).toEqual({ where: 'sheets', sheets: ['Oversikt', 'Funn', 'Felles tiltak', 'Filer'] });
    expect(host.book.sheets.map((s) => s.name)).toEqual(['Tiltak', 'Oversikt', 'Funn', 'Felles tiltak', 'Filer']);
    const sheet = host.book.sheet('Oversikt');
    expect(sheet.get('A1')).toBe('Oversikt over behovsmeldinger');
    expect(sheet.charts.map((c) => [c.type, c.title, c.seriesBy, c.legend, c.valueAxisFormat, c.categoriesReversed])).toEqual([
      ['BarStacked', 'Midler per partnerskap og ordning', 'Columns', 'Bottom', '#,##0 "kr"', true],
      ['BarClustered', 'Andeler mot grensene', 'Columns', 'Bottom', '0 %', true],
    ]);
    // Each chart over its data: the label column and the values the table holds, by the layout.
    const [funds] = sheet.charts;
    const top = funds!.source.top;
    expect([sheet.get(`R${top + 1}`), sheet.get(`S${top + 1}`), sheet.get(`R${top + 2}`), sheet.get(`S${top + 2}`)]).toEqual([
      'Melding',
      'Tilskudd eier',
      'Asker – Regional ordning',
      200000,
    ]);
    expect(funds!.fills).toEqual({ 0: '#1F4E79', 1: '#F4B183' });
    // Over the rows the writer left free between the totals and the melding table.
    expect(funds!.position).toEqual({ start: 'A10', end: 'I24' });
    const tableHeader = Number(/\d+/.exec(funds!.position!.end)![0]) + 1;
    expect([sheet.get('A9'), sheet.get(`A${tableHeader}`), sheet.get(`A${tableHeader - 1}`)]).toEqual([null, 'Fil', null]);
    expect(host.state.activeSheet).toBe('Oversikt');
  });

  test('never over the user’s sheets: a second overview gets names of its own', async () => {
    const host = hostOn(p);
    host.blockCreateWorkbook();
    host.book.addSheet('oversikt');
    const written = await writeOverview(host.run, await overviewFileOf());
    expect(written).toEqual({ where: 'sheets', sheets: ['Oversikt 2', 'Funn 2', 'Felles tiltak 2', 'Filer 2'] });
    expect(host.book.sheet('Oversikt 2').charts).toHaveLength(2);
    expect(host.book.sheet('oversikt').charts).toHaveLength(0);
  });
});

test('below ExcelApi 1.13, with the new workbook refused, says so and writes nothing', async () => {
  const host = hostOn(EXCEL_OLDEST);
  host.blockCreateWorkbook();
  expect(await writeOverview(host.run, await overviewFileOf())).toEqual({ where: 'none', reason: 'unsupported' });
  expect(host.book.sheets.map((s) => s.name)).toEqual(['Tiltak']);
});

test('on the web, a file past the 5 MB a request may carry is neither opened nor inserted', async () => {
  const host = hostOn(EXCEL_WEB);
  const big = new Uint8Array(4_000_000).map((_, i) => (i * 7919) % 251);
  const file: OverviewFile = { bytes: big, charts: [], insertable: async () => ({ bytes: big, oversiktSheet: 'Oversikt' }) };
  expect(await writeOverview(host.run, file)).toEqual({ where: 'none', reason: 'tooLarge' });
  expect(host.state.opened).toEqual([]);
  expect(host.stats.largestRequest()).toBeLessThan(5 * 1024 * 1024);
});
