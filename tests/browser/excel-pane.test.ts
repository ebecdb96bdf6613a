/**
 * The production pane's Excel path in Chromium: the pane's own bundle, started by Office.onReady as
 * inside Excel, over the real Office.js Excel client and the simulated host (excel-harness.ts), on
 * the oldest Excel the manifest admits and on Microsoft 365. The user's side (typing in a cell,
 * clicking a cell) is the host's; the test reads what the user sees: roles, labels, the live region.
 * How long each step takes: `npm run bench -- excel-pane`.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { excelFlow, TODAY } from './excel-flow';
import { buildExcelPage, EXCEL_PAGE } from './excel-harness';
import { buildPane, startHarness, type PaneHarness } from './harness';

let harness: PaneHarness;

before(async () => {
  harness = await startHarness([await buildExcelPage(buildPane())]);
});

after(async () => {
  await harness?.close();
});

for (const profile of ['oldest', 'web'] as const) {
  test(`Excel (${profile}): Valider, Neste feil, a one-click fix, a cell edit re-checked live, a cell clicked in the sheet, Lag behovsmelding, Fjern markering`, async () => {
    const { page, errors } = await harness.open(`/${EXCEL_PAGE}?profil=${profile}`, { beforeLoad: (c) => c.clock.setFixedTime(TODAY) });
    await page.setViewportSize({ width: 320, height: 700 });
    // Below ExcelApi 1.13 the pane says that merged cells cannot be read.
    await page.getByRole('button', { name: 'Valider' }).waitFor();
    assert.equal(await page.getByText(/kan ikke lese sammenslåtte celler \(krever ExcelApi 1\.13\)/).count(), profile === 'oldest' ? 1 : 0);
    await excelFlow(page);
    assert.deepEqual(errors, []);
  });
}

test('the add-in’s own build carries neither the simulated host nor Microsoft’s Excel client', () => {
  const dist = buildPane();
  // office-js/ is the development build's local copy of office.js (the production build loads Microsoft's CDN).
  const chunks = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js') && !file.startsWith(`office-js${path.sep}`));
  assert.ok(chunks.includes('taskpane.js') && chunks.includes('commands.js'), `built chunks: ${chunks.join(', ')}`);
  for (const file of chunks) {
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const marker of ['excelHost', 'attachHost', '__EXCEL_API_SETS__', '_testTriggerRichApiMessageEvent', 'var OfficeExtension'])
      assert.ok(!code.includes(marker), `${file} contains ${marker}`);
  }
});
