import { chromium } from 'playwright-core';
import { chooseChromium } from '../tests/browser/chromium';
import { serveDirectory } from '../tests/browser/harness';
import { middle, ms } from './measure';
import { withProductionBuild } from './production-build';

const RUNS = 10;

/**
 * The pane in demo mode at task-pane size (320×700), production build, in Chromium: load →
 * Valider ready, Valider → summary, an edit → updated summary (includes the 600 ms pause the
 * live re-check waits for typing to stop). Timed inside the page; median of 10 fresh pages.
 */
export function benchPane(): Promise<string[]> {
  return withProductionBuild(async (out) => {
    const server = await serveDirectory(out);
    const { executablePath, args, env } = await chooseChromium();
    const browser = await chromium.launch({ executablePath, args, env: env && { ...process.env, ...env } });
    const ready: number[] = [];
    const check: number[] = [];
    const edit: number[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
        // Only our server: office.js's telemetry is answered locally, as in the tests.
        await context.route('**/*', (route) =>
          new URL(route.request().url()).origin === server.origin ? route.continue() : route.fulfill({ status: 204, body: '' }),
        );
        const page = await context.newPage();
        await page.goto(server.origin + '/taskpane.html');
        await page.locator('td[data-address="D6"]').waitFor();
        await page.getByRole('button', { name: 'Valider' }).waitFor();
        ready.push(await page.evaluate(() => performance.now()));
        check.push(
          await page.evaluate(
            () =>
              new Promise<number>((done) => {
                const start = performance.now();
                // No named helper functions in here: tsx would wrap them in a __name the page lacks.
                new MutationObserver(
                  (_, o) =>
                    document.body.innerText.includes('tiltak sjekket på arket') && (o.disconnect(), done(performance.now() - start)),
                ).observe(document.body, {
                  subtree: true,
                  childList: true,
                  characterData: true,
                });
                [...document.querySelectorAll('button')].find((b) => b.textContent === 'Valider')!.click();
              }),
          ),
        );
        await page.locator('td[data-address="D6"]').click();
        await page.getByTestId('formula-bar').fill('Planlegging og utvikling');
        edit.push(
          await page.evaluate(
            () =>
              new Promise<number>((done) => {
                const live = document.querySelector('main p[role="status"]')!;
                const start = performance.now();
                new MutationObserver(
                  (_, o) => live.textContent?.includes('D6 er rettet') && (o.disconnect(), done(performance.now() - start)),
                ).observe(live, { subtree: true, childList: true, characterData: true });
                document.querySelector<HTMLInputElement>('[data-testid="formula-bar"]')!.form!.requestSubmit();
              }),
          ),
        );
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return [
      `Panelet i demomodus, 320×700, produksjonsbygg, Chromium (median av ${RUNS} nye sider):`,
      `  last → Valider klar: ${ms(middle(ready))}`,
      `  Valider → oppsummering: ${ms(middle(check))}`,
      `  endring i cellen → ny oppsummering: ${ms(middle(edit))} (av dette venter den levende sjekken 600 ms på at du slutter å skrive)`,
    ];
  });
}
