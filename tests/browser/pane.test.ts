import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pdfText } from '../pdf-text';
import { ROOT, startHarness, type PaneHarness } from './harness';

let harness: PaneHarness;

before(async () => {
  harness = await startHarness();
});

after(async () => {
  await harness?.close();
});

/** The demo flow a municipal user follows: Valider, go to a problem, fix it, watch it clear, Fjern markering. */
test('demo mode: Valider highlights the sample, a click selects the cell, a fix clears it, Fjern markering removes all', async () => {
  const { page, errors } = await harness.open('/taskpane.html');
  await page
    .getByText(/demomodus/)
    .first()
    .waitFor();
  const cell = (address: string) => page.locator(`td[data-address="${address}"]`);
  await cell('D6').waitFor();
  assert.equal(await page.locator('td[data-mark="error"]').count(), 0);

  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(/tiltak sjekket på arket «Tiltak»/).waitFor();
  const list = page.getByRole('region', { name: 'Funn', exact: true });
  const phaseFinding = list.locator('li[data-rule="phase-multiple"]');
  assert.equal(await phaseFinding.count(), 1);
  assert.match(await phaseFinding.innerText(), /Vurdering og planlegging/);
  assert.equal(await cell('D6').getAttribute('data-mark'), 'error');
  assert.ok((await page.locator('td[data-mark="error"]').count()) >= 8);
  assert.ok((await page.locator('td[data-mark="warning"]').count()) >= 1);

  // Go to: the finding's button selects its cell in the sheet, and the pane shows the cell's messages.
  await phaseFinding.getByRole('button', { name: /Gå til Tiltak!D6/ }).click();
  await page.getByText('I cellen D6:').waitFor();
  assert.match((await cell('D6').getAttribute('class')) ?? '', /\S/);
  assert.equal(await page.getByTestId('formula-bar').inputValue(), 'Vurdering og planlegging');

  // Axe on the pane with findings shown.
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    [],
  );

  // Saved beside the test output; assets/skjermbilde-panel.png in the README is a copy of one such run.
  await page.screenshot({ path: path.join(ROOT, 'test-results/skjermbilde-panel.png'), fullPage: false });

  // Fix the value: the live re-check clears the finding and its highlight.
  await page.getByTestId('formula-bar').fill('Planlegging og utvikling');
  await page.getByTestId('formula-bar').press('Enter');
  await phaseFinding.waitFor({ state: 'detached' });
  assert.equal(await cell('D6').getAttribute('data-mark'), '');
  assert.ok((await page.locator('td[data-mark="error"]').count()) >= 7);

  // Errors only: warnings leave the list.
  await page.getByRole('switch', { name: 'Vis bare feil' }).check();
  assert.equal(await list.locator('li[data-rule="criterion-text-thin"]').count(), 0);
  assert.equal(await list.locator('li[data-rule="too-many-measures"]').count(), 2);

  await page.getByRole('button', { name: 'Fjern markering' }).click();
  await page.getByText(/Markeringene er fjernet/).waitFor();
  assert.equal(await page.locator('td[data-mark="error"], td[data-mark="warning"]').count(), 0);
  assert.equal(await cell('D6').innerText(), 'Planlegging og utvikling');
  assert.deepEqual(errors, []);
});

/** Lag behovsmelding and Eksporter in demo mode: the sheets appear, and all three files download. */
test('demo mode: Lag behovsmelding writes the melding sheets and Eksporter downloads xlsx, PDF and JSON', async () => {
  const { page, errors } = await harness.open('/taskpane.html');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(/tiltak sjekket på arket «Tiltak»/).waitFor();
  await page.getByRole('button', { name: 'Lag behovsmelding (utkast)' }).click();
  await page.getByText(/Laget arkene «Melding Desentralisert ordning», «Melding Regional ordning»/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Melding Desentralisert ordning' }).getAttribute('aria-pressed'), 'true');
  assert.match(
    await page.locator('td[data-address="A1"]').innerText(),
    /Behovsmelding – Kompetansenettverk Vest-Viken – desentralisert ordning/,
  );

  // Valider again still reads the user's table, not the generated sheet.
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(/tiltak sjekket på arket «Tiltak»/).waitFor();

  const files: Record<string, string> = {};
  for (const [label, ext] of [
    ['Excel (xlsx)', 'xlsx'],
    ['PDF', 'pdf'],
    ['JSON', 'json'],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
    assert.match(download.suggestedFilename(), new RegExp(`^behovsmelding-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`));
    files[ext] = path.join(os.tmpdir(), `bm-${process.pid}.${ext}`);
    await download.saveAs(files[ext]!);
  }
  const doc = JSON.parse(fs.readFileSync(files.json!, 'utf8')) as { meldinger: Array<{ status: string; tiltak: unknown[] }> };
  assert.deepEqual(
    doc.meldinger.map((m) => [m.status, m.tiltak.length]),
    [
      ['utkast', 7],
      ['utkast', 5],
    ],
  );
  const text = pdfText(fs.readFileSync(files.pdf!));
  assert.match(text, /UTKAST – ikke komplett/);
  assert.match(text, /Øvre Eiker/);
  assert.equal(fs.readFileSync(files.xlsx!).subarray(0, 2).toString(), 'PK');
  assert.deepEqual(errors, []);
});
