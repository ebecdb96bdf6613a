/**
 * The coordinator's overview from the production pane inside Excel, in Chromium: the real Office.js
 * Excel client over the simulated host (excel-harness.ts). The files are read and checked in the
 * pane's Web Workers; the overview goes through the port into a new workbook where Excel opens one,
 * else into new sheets of the open workbook with their charts drawn through Office.js, and on the
 * oldest Excel the manifest admits the pane says it cannot.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { writeOwnerWorkbook } from '../oversikt/workbooks';
import { TODAY } from './excel-flow';
import { buildExcelPage, EXCEL_PAGE } from './excel-harness';
import { buildPane, startHarness, type PaneHarness } from './harness';

let harness: PaneHarness;
let dir: string;

before(async () => {
  harness = await startHarness([await buildExcelPage(buildPane())]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oversikt-excel-'));
  const tiltak = [{ tittel: 'Lesing i alle fag', beskrivelse: 'Lærerne arbeider med lesing i fagene i lærende team.' }];
  await writeOwnerWorkbook(path.join(dir, 'lier.xlsx'), { partnerskap: 'Lier', eiere: 'Lier', tiltak });
  await writeOwnerWorkbook(path.join(dir, 'asker.xlsx'), { partnerskap: 'Asker', eiere: 'Asker', tiltak });
  fs.writeFileSync(path.join(dir, 'soknad.docx'), 'ikke en arbeidsbok');
});

after(async () => {
  await harness?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function overviewIn(profile: string, blockNewWorkbook = false) {
  const opened = await harness.open(`/${EXCEL_PAGE}?profil=${profile}`, { beforeLoad: (c) => c.clock.setFixedTime(TODAY) });
  const { page } = opened;
  await page.getByRole('button', { name: 'Valider' }).waitFor();
  if (blockNewWorkbook) await page.evaluate(() => window.excelHost.blockCreateWorkbook());
  const sheetsBefore = await page.evaluate(() => window.excelHost.book.sheets.map((s) => s.name));
  await page.getByRole('button', { name: 'Oversikt over mange arbeidsbøker' }).click();
  await page.locator('input[data-oversikt="folder"]').setInputFiles(dir);
  const live = page.locator('main p[role="status"]');
  // Until the run has ended: neither still reading nor still writing.
  await page.waitForFunction(
    () =>
      !/^(Leser og sjekker|Skriver oversikten)/.test(document.querySelector('main p[role="status"]')?.textContent ?? 'Leser og sjekker'),
    undefined,
    { timeout: 120_000 },
  );
  return { ...opened, sheetsBefore, said: await live.innerText() };
}

test('Excel on the web: the overview opens as a new workbook', async () => {
  const { page, said, errors, sheetsBefore } = await overviewIn('web');
  assert.equal(said, 'Oversikten er åpnet som en ny arbeidsbok.');
  assert.equal(await page.evaluate(() => window.excelHost.state.opened.length), 1);
  assert.deepEqual(await page.evaluate(() => window.excelHost.book.sheets.map((s) => s.name)), sheetsBefore);
  assert.deepEqual(errors, []);
});

test('where Excel refuses a new workbook: four new sheets at the end, two charts drawn, the user’s sheets untouched', async () => {
  const { page, said, errors, sheetsBefore } = await overviewIn('web', true);
  assert.equal(
    said,
    'Oversikten er lagt inn som nye ark sist i denne arbeidsboken: «Oversikt», «Funn», «Felles tiltak» og «Filer». Arkene dine er ikke endret.',
  );
  const book = await page.evaluate(() => ({
    sheets: window.excelHost.book.sheets.map((s) => s.name),
    charts: window.excelHost.book.sheet('Oversikt').charts.map((c) => c.title),
    filer: ['A1', 'A2', 'A3', 'A4'].map((a) => window.excelHost.book.sheet('Filer').get(a)),
    opened: window.excelHost.state.opened.length,
  }));
  assert.deepEqual(book.sheets, [...sheetsBefore, 'Oversikt', 'Funn', 'Felles tiltak', 'Filer']);
  // Every file of the folder on "Filer", the one that is no workbook too.
  assert.deepEqual(book.filer, ['Fil', 'asker.xlsx', 'lier.xlsx', 'soknad.docx']);
  assert.deepEqual(book.charts, ['Midler per partnerskap og ordning', 'Andeler mot grensene']);
  assert.equal(book.opened, 0);
  assert.deepEqual(errors, []);
});

test('the oldest Excel the manifest admits, where it refuses a new workbook: the overview is made, and the pane says it cannot be written here', async () => {
  const { page, said, errors } = await overviewIn('oldest', true);
  assert.match(said, /^Denne Excel-versjonen kan verken åpne en ny arbeidsbok eller sette inn ark fra en fil/);
  assert.match(await page.locator('main').innerText(), /Profil kompetansenettverk-2024: /);
  assert.deepEqual(errors, []);
});
