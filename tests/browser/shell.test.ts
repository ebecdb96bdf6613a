import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startHarness, type PaneHarness } from './harness';

let harness: PaneHarness;

before(async () => {
  harness = await startHarness();
});

after(async () => {
  await harness?.close();
});

test('outside Office the pane shows its title, starts in demo mode, logs no errors and passes axe', async () => {
  const { page, errors } = await harness.open('/taskpane.html');
  await page.getByRole('heading', { level: 1, name: 'Behovsmelding' }).waitFor();
  await page
    .getByText(/demomodus/)
    .first()
    .waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb');

  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    [],
  );
  assert.deepEqual(errors, []);
});

test('when office.js cannot load, the pane still starts in demo mode', async () => {
  const { page, errors } = await harness.open('/taskpane.html', { block: ['/office-js/office.js'] });
  await page
    .getByText(/demomodus/)
    .first()
    .waitFor();
  assert.equal(await page.evaluate(() => typeof (window as { Office?: unknown }).Office), 'undefined');
  // The only error is the missing script itself.
  assert.deepEqual(
    errors.filter((e) => !e.includes('404')),
    [],
  );
});

test('the function file loads office.js and its script without errors', async () => {
  const { page, errors } = await harness.open('/commands.html');
  // Outside Office onReady resolves with no host; the commands script registers its functions then.
  const ready = await page.evaluate(() => (window as unknown as { Office: typeof Office }).Office.onReady());
  assert.equal(ready.host, null);
  assert.deepEqual(errors, []);
});
