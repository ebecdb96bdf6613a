import os from 'node:os';
import { chromium } from 'playwright-core';
import { chooseChromium } from '../tests/browser/chromium';
import { excelFlow, TODAY } from '../tests/browser/excel-flow';
import { buildExcelPage, EXCEL_PAGE } from '../tests/browser/excel-harness';
import { serveDirectory } from '../tests/browser/harness';
import { PROFILES } from '../tests/office-host/profiles';
import { middle } from './measure';
import { withProductionBuild } from './production-build';

const RUNS = 5;
const STEPS = ['ready', 'valider', 'nesteFeil', 'fix', 'liveEdit', 'select', 'melding', 'clear'] as const;

/**
 * `npm run bench -- excel-pane`: the production pane's main flow in Chromium on the real Office.js
 * Excel client over the simulated host (tests/browser/excel-flow.ts), production build, 320×700,
 * every host profile; median of 5 fresh pages per step. liveEdit includes the 600 ms the live
 * re-check waits for typing to stop.
 */
export function benchExcelPane(): Promise<string[]> {
  return withProductionBuild(async (out) => {
    const server = await serveDirectory([out, await buildExcelPage(out)]);
    const { executablePath, args, env } = await chooseChromium();
    const browser = await chromium.launch({ executablePath, args, env: env && { ...process.env, ...env } });
    const lines = [
      `Panelet i Excel (produksjonsbygg, ekte Office.js-klient, simulert vert), median av ${RUNS}, last ${os.loadavg()[0]!.toFixed(1)}:`,
    ];
    try {
      for (const profile of PROFILES) {
        const runs: Array<Record<string, number>> = [];
        for (let i = 0; i < RUNS; i++) {
          const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
          await context.route('**/*', (route) =>
            new URL(route.request().url()).origin === server.origin ? route.continue() : route.fulfill({ status: 204, body: '' }),
          );
          await context.clock.setFixedTime(TODAY);
          const page = await context.newPage();
          await page.goto(`${server.origin}/${EXCEL_PAGE}?profil=${profile.id}`);
          runs.push(await excelFlow(page));
          await context.close();
        }
        const steps = STEPS.map((step) => `${step} ${middle(runs.map((r) => r[step]!)).toFixed(0)} ms`);
        const total = middle(runs.map((r) => STEPS.reduce((sum, step) => sum + r[step]!, 0)));
        lines.push(`  ${profile.name}: i alt ${(total / 1000).toFixed(1)} s (${steps.join(', ')})`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return lines;
  });
}
