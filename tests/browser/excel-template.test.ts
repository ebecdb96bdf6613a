/**
 * Lag mal and the utvalgslister in the production pane, in Chromium, over the real Office.js Excel
 * client and the simulated host (excel-harness.ts), on the oldest Excel the manifest admits and on
 * Microsoft 365: what the pane says before and after, and what the workbook holds. In demo mode
 * (a plain browser) the template is made with exceljs in the page and downloaded.
 */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { profileCarriedBy } from '../../src/table/check';
import { readWorkbookGridSync } from '../../src/xlsx/read';
import { host, TODAY } from './excel-flow';
import { buildExcelPage, EXCEL_PAGE } from './excel-harness';
import { buildPane, liveRegion, startHarness, type PaneHarness } from './harness';

let harness: PaneHarness;

before(async () => {
  harness = await startHarness([await buildExcelPage(buildPane())]);
});

after(async () => {
  await harness?.close();
});

async function openSection(page: Page) {
  await page.getByRole('button', { name: 'Valider' }).waitFor();
  await page.getByRole('button', { name: 'Mal og utvalgslister' }).click();
}

for (const profile of ['oldest', 'web'] as const) {
  test(`Excel (${profile}): Legg til utvalgslister after Valider, kept through Fjern markering, then Fjern utvalgslister; nothing of the user's changes`, async () => {
    const { page, errors } = await harness.open(`/${EXCEL_PAGE}?profil=${profile}`, { beforeLoad: (c) => c.clock.setFixedTime(TODAY) });
    const values = await host<string>(page, `JSON.stringify(host.book.sheet('Tiltak').rows)`);
    const formats = await host<string>(page, `JSON.stringify([...host.book.sheet('Tiltak').numberFormats])`);
    await openSection(page);
    // Before a check the pane does not know the columns: it says so and the button waits.
    await page.getByText('Trykk Valider først, så tillegget vet hvilke kolonner tabellen har.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Legg til utvalgslister' }).getAttribute('aria-disabled'), 'true');

    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByText(/tiltak sjekket på arket «Tiltak»/).waitFor();
    // Said before: where, which columns, that no value or format changes, and how to take it back.
    await page.getByText(/^Legg til utvalgslister gir de \d+ kolonnene Valider kjente igjen på arket «Tiltak» \(«/).waitFor();
    await page.getByText(/^Ingen verdi og ingen formatering blir endret/).waitFor();
    await page.getByText(/^Angre i Excel tar ikke dette tilbake.*Fjern utvalgslister\.$/).waitFor();

    await page.getByRole('button', { name: 'Legg til utvalgslister' }).click();
    await liveRegion(page)
      .getByText(/^La til utvalgslister og hjelpetekst i \d+ kolonner: «.*Ingen verdier er endret\.$/)
      .waitFor();
    const added = await host<number>(page, `host.book.sheet('Tiltak').validations.length`);
    assert.ok(added > 5, `only ${added} validations in the workbook`);
    const fase = await host<{ rule: unknown; prompt: { title: string } }>(
      page,
      `host.book.sheet('Tiltak').validations.find((v) => v.prompt && v.prompt.title === 'Fase')`,
    );
    assert.deepEqual(fase.rule, { list: { inCellDropDown: true, source: 'vurdering,planlegging,gjennomføring' } });
    assert.equal(await host<string>(page, `JSON.stringify(host.book.sheet('Tiltak').rows)`), values);
    assert.equal(await host<string>(page, `JSON.stringify([...host.book.sheet('Tiltak').numberFormats])`), formats);
    await page.getByText(/^Arket «Tiltak» har utvalgslister fra tillegget i «/).waitFor();

    // Fjern markering leaves them.
    await page.getByRole('button', { name: 'Fjern markering' }).click();
    await liveRegion(page)
      .getByText(/Markeringene er fjernet/)
      .waitFor();
    assert.equal(await host<number>(page, `host.book.sheet('Tiltak').validations.length`), added);

    await page.getByRole('button', { name: 'Fjern utvalgslister' }).click();
    await liveRegion(page)
      .getByText(new RegExp(`^Fjernet utvalgslistene fra ${added} kolonner; verdiene står som før\\.$`))
      .waitFor();
    assert.equal(await host<number>(page, `host.book.sheet('Tiltak').validations.length`), 0);
    assert.equal(await host<string>(page, `JSON.stringify(host.book.sheet('Tiltak').rows)`), values);
    assert.equal(await page.getByRole('button', { name: 'Fjern utvalgslister' }).count(), 0);
    assert.deepEqual(errors, []);
  });

  test(`Excel (${profile}): Lag mal in a new, empty workbook adds the template's sheets; in this one it opens a new workbook`, async () => {
    const empty = await harness.open(`/${EXCEL_PAGE}?profil=${profile}&arbeidsbok=tom`, { beforeLoad: (c) => c.clock.setFixedTime(TODAY) });
    await openSection(empty.page);
    await empty.page.getByText(/^Lag mal lager arbeidsboken for en runde etter profilen «/).waitFor();
    await empty.page.getByText(/^Er denne arbeidsboken tom, legges arkene inn her\./).waitFor();
    await empty.page.getByRole('button', { name: 'Lag mal' }).click();
    await liveRegion(empty.page)
      .getByText(
        /^Malen er lagt inn i arbeidsboken: arkene «Tiltak», «Partnerskap» og «Veiledning» og et skjult ark med profilen\. Ingenting annet er endret\./,
      )
      .waitFor();
    const sheets = await host<Array<[string, string]>>(empty.page, `host.book.sheets.map((s) => [s.name, s.visibility])`);
    assert.deepEqual(sheets, [
      ['Ark1', 'Visible'],
      ['Tiltak', 'Visible'],
      ['Partnerskap', 'Visible'],
      ['Veiledning', 'Visible'],
      ['Behovsmelding_profil', 'VeryHidden'],
    ]);
    assert.equal(await host<number>(empty.page, 'host.state.opened.length'), 0);
    // Valider on the template: nothing but that it has no tiltak yet.
    await empty.page.getByRole('button', { name: 'Valider' }).click();
    await empty.page.getByText(/0 tiltak sjekket på arket «Tiltak»: 0 feil, 0 advarsler og 1 råd\./).waitFor();
    await empty.page.getByText('Tabellen har ingen tiltak ennå.').waitFor();
    assert.deepEqual(empty.errors, []);

    const full = await harness.open(`/${EXCEL_PAGE}?profil=${profile}`, { beforeLoad: (c) => c.clock.setFixedTime(TODAY) });
    const before = await host<string>(full.page, `JSON.stringify(host.book.sheets.map((s) => [s.name, s.rows]))`);
    await openSection(full.page);
    await full.page.getByRole('button', { name: 'Lag mal' }).click();
    await liveRegion(full.page)
      .getByText(/^Malen er åpnet som en ny arbeidsbok.*Denne arbeidsboken er ikke endret\./)
      .waitFor();
    assert.equal(await host<number>(full.page, 'host.state.opened.length'), 1);
    assert.equal(await host<string>(full.page, `JSON.stringify(host.book.sheets.map((s) => [s.name, s.rows]))`), before);
    assert.deepEqual(full.errors, []);
  });
}

test('demo mode: the section passes axe, and Lag mal downloads the template, which carries its profile', async () => {
  const { page, errors } = await harness.open('/taskpane.html');
  await page.setViewportSize({ width: 320, height: 700 });
  await page.locator('td[data-address="D6"]').waitFor();
  await openSection(page);
  await page.getByRole('button', { name: 'Lag mal' }).waitFor();
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.help}`),
    [],
  );
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lag mal' }).click()]);
  assert.equal(download.suggestedFilename(), 'mal-kollektiv-kompetanseutvikling-2026.xlsx');
  await liveRegion(page).getByText('Lastet ned: mal-kollektiv-kompetanseutvikling-2026.xlsx').waitFor();
  const file = await download.path();
  const grid = readWorkbookGridSync(fs.readFileSync(file));
  assert.deepEqual(profileCarriedBy(grid), { stored: { kind: 'builtin', id: 'kollektiv-kompetanseutvikling-2026' }, language: 'nb' });
  assert.deepEqual(errors, []);
});
