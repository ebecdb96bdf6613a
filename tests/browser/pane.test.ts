import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
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

  await page.screenshot({ path: path.join(ROOT, 'assets/skjermbilde-panel.png'), fullPage: false });

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
