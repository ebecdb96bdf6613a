/**
 * «Sjekk oppsettet» in the production pane, in Chromium over the real Office.js Excel client and
 * the simulated host (excel-harness.ts): opened under Hjelp after a Valider, run, its report shown
 * and copied, the user's sheets as they were; on the oldest Excel the manifest admits and on
 * Microsoft 365, in bokmål and in nynorsk. In demo mode there is no Excel to check, and it says so.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { host, TODAY } from './excel-flow';
import { buildExcelPage, EXCEL_PAGE } from './excel-harness';
import { buildPane, liveRegion, ROOT, startHarness, type PaneHarness } from './harness';

let harness: PaneHarness;

before(async () => {
  harness = await startHarness([await buildExcelPage(buildPane())]);
});

after(async () => {
  await harness?.close();
});

/** The user's sheets as they could see them: names, values, merges, formats, page setup. */
const usersSheets = (page: Page) =>
  host<string>(
    page,
    `JSON.stringify(host.book.sheets.map((s) => [s.name, s.rows, [...s.numberFormats], s.merges, s.formats, s.styles, s.page, s.visibility]))`,
  );

const CASES = [
  { profile: 'web', language: 'nb', done: /^Sjekken av oppsettet er ferdig\. Alle \d+ operasjonene som ble prøvd, virket\.$/ },
  { profile: 'oldest', language: 'nn', done: /^Sjekken av oppsettet er ferdig\. / },
] as const;

for (const { profile, language, done } of CASES) {
  test(`Excel (${profile}, ${language}): Sjekk oppsettet under Hjelp reports every operation, can be copied, and leaves the user's sheets as they were`, async () => {
    const { page, errors } = await harness.open(`/${EXCEL_PAGE}?profil=${profile}`, {
      context: { permissions: ['clipboard-read', 'clipboard-write'] },
      beforeLoad: (c) => c.clock.setFixedTime(TODAY),
    });
    await page.setViewportSize({ width: 320, height: 700 });
    // Under load Excel may report in after the pane's timeout: the pane then starts in demo mode and
    // moves over to the workbook. Only then is it the Excel pane.
    await page.evaluate('Office.onReady()');
    await page.getByRole('grid').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Valider' }).waitFor();
    if (language === 'nn') await page.getByRole('button', { name: 'Nynorsk' }).click();
    // After a Valider the pane re-checks on every change: the self-check's own sheet must not confuse it.
    await page.getByRole('button', { name: 'Valider' }).click();
    const counts = page.getByText(/tiltak (sjekket|sjekka) på arket «Tiltak»/);
    await counts.waitFor();
    const checked = await counts.innerText();
    const before = await usersSheets(page);
    const settings = await host<string>(page, 'JSON.stringify(host.book.settings)');

    await page.getByRole('button', { name: 'Hjelp', exact: true }).click();
    const help = page.getByRole('link', { name: /^Hjelp, personvern og tilgjenge/ });
    assert.equal(await help.getAttribute('href'), language === 'nn' ? 'hjelp-nn.html' : 'hjelp.html');
    await page.getByRole('button', { name: 'Sjekk oppsettet' }).click();
    await liveRegion(page).getByText(done).waitFor({ timeout: 60_000 });

    const report = await page.getByRole('textbox', { name: 'Rapport om oppsettet' }).inputValue();
    const lines = report.split('\n');
    assert.equal(lines[0], 'Behovsmelding – sjekk av oppsettet');
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(lines[1], `Behovsmelding: versjon ${version}`);
    assert.match(report, /^Plattform: Excel /m);
    assert.match(report, /^ExcelApi: 1\.\d+ /m);
    assert.match(report, language === 'nn' ? /^✓ Legge til eit mellombels ark: OK$/m : /^✓ Legge til et midlertidig ark: OK$/m);
    assert.match(report, language === 'nn' ? /^✓ Slette det mellombelse arket: OK$/m : /^✓ Slette det midlertidige arket: OK$/m);
    // Not asked for: no new workbook opened in front of the user.
    assert.match(report, /^– (Åpne en|Opne ei) ny arbeidsbok/m);
    // The live region says the report's own last sentence.
    assert.equal(await liveRegion(page).innerText(), `Sjekken av oppsettet er ferdig. ${lines.at(-1)}`);

    assert.equal(await usersSheets(page), before, 'the self-check changed a sheet of the user');
    assert.equal(await host<string>(page, 'JSON.stringify(host.book.settings)'), settings, 'the self-check left a setting behind');

    await page.getByRole('button', { name: 'Kopier rapporten' }).click();
    await liveRegion(page).getByText('Rapporten er kopiert.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), report);
    // Its temporary sheet set off no re-check that found something else or failed.
    assert.equal(await counts.innerText(), checked);
    assert.deepEqual(errors, []);
  });
}

test('demo mode: Hjelp says that Sjekk oppsettet runs only in Excel, and links the help page', async () => {
  const { page, errors } = await harness.open('/taskpane.html');
  await page.getByRole('button', { name: 'Hjelp', exact: true }).click();
  await page.getByText('Sjekk oppsettet prøver Excel selv, så den kan bare kjøres i Excel, ikke i demomodus.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Sjekk oppsettet' }).count(), 0);
  const help = page.getByRole('link', { name: 'Hjelp, personvern og tilgjengelighet' });
  assert.equal(await help.getAttribute('href'), 'hjelp.html');
  // The page it opens is there, in the build the pane came from.
  const response = await page.request.get(new URL('hjelp.html', page.url()).href);
  assert.equal(response.status(), 200);
  assert.match(await response.text(), /<html lang="nb"/);
  assert.deepEqual(errors, []);
});
