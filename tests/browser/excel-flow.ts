/**
 * The main flow of the production pane in Excel, as a user goes through it, on a page opened at
 * `EXCEL_PAGE` (the clock set to TODAY before it loaded). Asserts what the user sees and what the
 * workbook holds after each step; returns the milliseconds each step took (for the bench).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { liveRegion } from './harness';

/** The day the pane checks on: the browser's clock is set, the findings never depend on today. */
export const TODAY = new Date('2023-10-02T10:00:00+02:00');

/** Reads the simulated host (the user's side of the workbook) from the page. */
export const host = <T>(page: Page, read: string) =>
  page.evaluate((code) => new Function('host', `return ${code}`)(window.excelHost) as T, read);
const overlayCount = (page: Page) =>
  host<number>(page, `host.book.sheets.flatMap((s) => s.formats).filter((f) => (f.formula ?? '').includes('"Behovsmelding:')).length`);

export async function excelFlow(page: Page): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  let since = Date.now();
  const lap = (step: string) => {
    times[step] = Date.now() - since;
    since = Date.now();
  };
  // Inside Excel: no demo sheet beside the pane, and nothing missing on this version.
  await page.getByRole('button', { name: 'Valider' }).waitFor();
  assert.equal(await page.getByRole('grid').count(), 0, 'the demo sheet is shown: the pane did not start as in Excel');
  const settingsBefore = await host<string>(page, 'JSON.stringify(host.book.settings)');
  lap('ready');

  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(/tiltak sjekket på arket «Tiltak»/).waitFor();
  lap('valider');
  // The demo's sample, checked on TODAY.
  assert.equal(await liveRegion(page).innerText(), 'Sjekket: 8 feil, 1 advarsel.');
  const overlays = await overlayCount(page);
  assert.ok(overlays > 0, 'Valider put no overlays into the workbook');
  // Valider saves nothing into the document (saving the settings would clear Excel's undo list).
  assert.equal(await host<number>(page, 'host.stats.settingsSaves'), 0);
  assert.equal(await host<string>(page, 'JSON.stringify(host.book.settings)'), settingsBefore);

  // Neste feil selects the finding's cell in the workbook.
  await page.getByRole('button', { name: 'Neste feil' }).click();
  await liveRegion(page)
    .getByText(/^Feil 1 av \d+\. Markerte /)
    .waitFor();
  lap('nesteFeil');
  const first = /^Feil 1 av \d+\. Markerte ([A-Z]+\d+)/.exec(await liveRegion(page).innerText())![1]!;
  const selection = await host<{ sheet: string; address: string }>(page, 'host.state.selection');
  assert.equal(selection.sheet, 'Tiltak');
  assert.equal(selection.address.split(/[,:]/)[0], first);

  // A one-click fix writes one value into one cell of the workbook.
  const list = page.getByRole('region', { name: 'Funn', exact: true });
  const amount = list.locator('li[data-rule]', { has: page.getByRole('button', { name: 'Gå til J7 (Tilskudd eier)' }) });
  await amount.getByRole('button', { name: 'Rett J7 til 200 000 …' }).click();
  await amount.getByRole('button', { name: 'Ja, skriv 200 000 i J7' }).click();
  // The sentence names the old value (the undo of Excel 2021/2024) before what the re-check found.
  await liveRegion(page)
    .getByText(/^Skrev 200 000 i J7 \(var «ca\. 200 000»\)\. Bedre: J7 er rettet\./)
    .waitFor();
  lap('fix');
  assert.equal(await host<unknown>(page, `host.book.sheet('Tiltak').get('J7')`), 200000);

  // The user types in a cell of the workbook: the pane re-checks on its own and says what changed.
  await page.evaluate(() => window.excelHost.userEdit('Tiltak', 'D6', 'Planlegging og utvikling'));
  await liveRegion(page)
    .getByText(/^Bedre: D6 er rettet\./)
    .waitFor();
  lap('liveEdit');
  assert.equal(await host<number>(page, `host.book.sheet('Tiltak').formatsAt('D6').length`), 0);

  // The user clicks a cell in the workbook: its finding (the list's last) is marked in the list.
  const last = await list
    .locator('li[data-rule]')
    .last()
    .getByRole('button', { name: /^Gå til / })
    .innerText();
  const cell = /^Gå til ([A-Z]+\d+)/.exec(last)![1]!;
  await page.evaluate((address) => window.excelHost.userSelect('Tiltak', address), cell);
  await list.locator('li[aria-current="true"]', { has: page.getByRole('button', { name: last }) }).waitFor();
  lap('select');

  // Lag behovsmelding writes the melding sheets into the workbook.
  await page.getByRole('button', { name: /^Lag behovsmelding/ }).click();
  await liveRegion(page)
    .getByText(/^Laget arkene? «/)
    .waitFor();
  lap('melding');
  const made = [...(await liveRegion(page).innerText()).matchAll(/«([^»]+)»/g)].map((m) => m[1]!);
  const sheets = await host<string[]>(page, 'host.book.sheets.map((s) => s.name)');
  for (const name of made) assert.ok(sheets.includes(name), `no sheet ${name} in ${sheets.join(', ')}`);

  // Fjern markering takes the overlays out of the workbook; the values stay.
  await page.getByRole('button', { name: 'Fjern markering' }).click();
  await liveRegion(page)
    .getByText(/Markeringene er fjernet/)
    .waitFor();
  lap('clear');
  assert.equal(await overlayCount(page), 0);
  assert.equal(await host<unknown>(page, `host.book.sheet('Tiltak').get('D6')`), 'Planlegging og utvikling');
  assert.equal(await host<number>(page, 'host.stats.settingsSaves'), 0);
  return times;
}
