/**
 * The coordinator's overview in the pane (issue 22), production build in Chromium, demo mode: a
 * folder of 40 and of 200 owners' workbooks (12 tiltak each, the oversikt bench's set) and the same
 * with files a coordinator meets (an .ods, a .docx, a lock file, a broken .xlsx, a note) picked as a
 * folder, and 2 000 workbooks (issue 20's whole country). Timed inside the page from the input's
 * change to the live region's last sentence (the workbook handed over); the main thread's longest
 * task meanwhile (PerformanceObserver, longtask);
 * the page's JavaScript heap at its highest (sampled over CDP; the Web Workers' heaps are their own
 * and not in it). Beside it the command line over the same folder, as a user runs it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from 'playwright-core';
import { chooseChromium } from '../tests/browser/chromium';
import { serveDirectory } from '../tests/browser/harness';
import { generate } from './oversikt';
import { withProductionBuild } from './production-build';

const BIN = resolve(__dirname, '../bin/behovsmelding.js');
const FIXTURES = resolve(__dirname, '../tests/oversikt/fixtures');
/** Folders of owners' workbooks; the mixed variant (with other files) up to MIXED_UP_TO. */
const SIZES = [40, 200, 2000];
const MIXED_UP_TO = 200;

/** What a coordinator's folder holds besides the owners' workbooks. */
function addOthers(dir: string): void {
  mkdirSync(join(dir, 'regional'));
  copyFileSync(join(FIXTURES, 'ringerike-hole-libreoffice.ods'), join(dir, 'ringerike-hole.ods'));
  writeFileSync(join(dir, 'regional', 'notat.txt'), 'budsjett kommer');
  writeFileSync(join(dir, 'soknad.docx'), 'PK\u0003\u0004 ikke en arbeidsbok');
  writeFileSync(join(dir, '~$eier-001.xlsx'), 'låst');
  writeFileSync(join(dir, 'skadet.xlsx'), 'ingen zip');
}

interface PaneRun {
  ms: number;
  longestTaskMs: number;
  heapMb: number;
  said: string;
}

async function paneOverview(browser: Browser, origin: string, dir: string): Promise<PaneRun> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, acceptDownloads: true });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.fulfill({ status: 204, body: '' }),
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(origin + '/taskpane.html');
    await page.getByRole('button', { name: 'Oversikt over mange arbeidsbøker' }).click();
    // The section loads when first opened.
    await page.locator('input[data-oversikt="folder"]').waitFor({ state: 'attached' });
    // No named helper functions in here: tsx would wrap them in a __name the page lacks.
    await page.evaluate(() => {
      const w = window as unknown as { bench: { start: number; end: number; tasks: number[]; said: string } };
      w.bench = { start: 0, end: 0, tasks: [], said: '' };
      document.querySelector('input[data-oversikt="folder"]')!.addEventListener('change', () => (w.bench.start = performance.now()), {
        capture: true,
      });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (w.bench.start > 0 && w.bench.end === 0) w.bench.tasks.push(e.duration);
      }).observe({ type: 'longtask' });
      const live = document.querySelector('main p[role="status"]')!;
      new MutationObserver(() => {
        if (/lastet ned|ble avbrutt|kunne ikke/.test(live.textContent ?? '') && w.bench.end === 0) {
          w.bench.end = performance.now();
          w.bench.said = live.textContent ?? '';
        }
      }).observe(live, { subtree: true, childList: true, characterData: true });
    });
    let heap = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { metrics } = await cdp.send('Performance.getMetrics');
        heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const download = page.waitForEvent('download', { timeout: 600_000 });
    await page.locator('input[data-oversikt="folder"]').setInputFiles(dir);
    await download;
    await page.waitForFunction(() => (window as unknown as { bench: { end: number } }).bench.end > 0, undefined, { timeout: 600_000 });
    sampling = false;
    await sampler;
    const bench = await page.evaluate(
      () => (window as unknown as { bench: { start: number; end: number; tasks: number[]; said: string } }).bench,
    );
    return { ms: bench.end - bench.start, longestTaskMs: Math.max(0, ...bench.tasks), heapMb: heap / 2 ** 20, said: bench.said };
  } finally {
    await context.close();
  }
}

function cliOverview(dir: string, out: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'oversikt', dir, '--out', out, '--today', '2023-11-01'], { encoding: 'utf8' });
  if (r.status === 2) throw new Error(r.stderr);
  return performance.now() - start;
}

export function benchOversiktPane(): Promise<string[]> {
  return withProductionBuild(async (build) => {
    const root = mkdtempSync(join(tmpdir(), 'behovsmelding-oversikt-pane-'));
    const server = await serveDirectory(build);
    const { executablePath, args, env } = await chooseChromium();
    const browser = await chromium.launch({ executablePath, args, env: env && { ...process.env, ...env } });
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const load = () => loadavg()[0]!.toFixed(1);
    const lines = [
      `oversikt i panelet (Chromium, produksjonsbygg, demomodus), ${availableParallelism()} kjerner, belastning før start ${load()}:`,
    ];
    try {
      for (const count of SIZES) {
        for (const mixed of count <= MIXED_UP_TO ? [false, true] : [false]) {
          const dir = join(root, `${count}${mixed ? '-blandet' : ''}`);
          mkdirSync(dir);
          await generate(dir, count);
          if (mixed) addOthers(dir);
          const pane = await paneOverview(browser, server.origin, dir);
          const cli = cliOverview(dir, join(root, `oversikt-${count}${mixed ? '-blandet' : ''}.xlsx`));
          lines.push(
            `  ${count} arbeidsbøker${mixed ? ' + 5 andre filer (ods, docx, låsefil, skadet xlsx, txt)' : ''}: panelet ${s(pane.ms)}` +
              ` (${(pane.ms / count).toFixed(0)} ms per fil), lengste oppgave i hovedtråden ${pane.longestTaskMs.toFixed(0)} ms,` +
              ` største JS-heap i siden ${pane.heapMb.toFixed(0)} MB; kommandolinjen samme mappe ${s(cli)}; belastning ${load()}`,
            `    panelet sa: ${pane.said}`,
          );
          // As each size finishes: the largest takes minutes.
          console.error(lines.slice(-2).join('\n'));
        }
      }
    } finally {
      await browser.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
    return lines;
  });
}
