/**
 * The coordinator's overview in the pane (issue 22), production build in Chromium, demo mode: a
 * folder of 40 and of 200 owners' workbooks (12 tiltak each, the oversikt bench's set) and the same
 * with files a coordinator meets (an .ods, a .docx, a lock file, a broken .xlsx, a note) picked as a
 * folder, and 2 000 workbooks (issue 20's whole country). Timed from the files handed to the
 * input to the live region's last sentence (the workbook handed over); the main thread's longest
 * task meanwhile (PerformanceObserver, longtask); the page's JavaScript heap afterwards
 * (performance.memory; the Web Workers' heaps are their own and not in it). Beside it the command
 * line over the same folder, as a user runs it.
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
  // A context of its own without routes: office.js's CDN does not resolve here, so the pane starts in demo mode.
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  try {
    await page.goto(origin + '/taskpane.html');
    await page.getByRole('button', { name: 'Oversikt over mange arbeidsbøker' }).click();
    // The section loads when first opened.
    const input = page.locator('input[data-oversikt="folder"]');
    await input.waitFor({ state: 'attached' });
    // No named helper functions in here: tsx would wrap them in a __name the page lacks; and the page's
    // own `window.performance`, since tsx would rename `performance` to this module's import.
    await page.evaluate(() => {
      const w = window as unknown as { tasks: number[] };
      w.tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.tasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const start = performance.now();
    await input.setInputFiles(dir);
    await page.waitForFunction(
      () => /lastet ned|avbrutt|kunne ikke/.test(document.querySelector('main p[role="status"]')?.textContent ?? ''),
      undefined,
      { timeout: 900_000 },
    );
    const ms = performance.now() - start;
    const r = await page.evaluate(() => ({
      longest: Math.max(0, ...(window as unknown as { tasks: number[] }).tasks),
      heap: (window.performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
      said: document.querySelector('main p[role="status"]')!.textContent ?? '',
    }));
    return { ms, longestTaskMs: r.longest, heapMb: r.heap / 2 ** 20, said: r.said };
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
              ` JS-heap i siden etterpå ${pane.heapMb.toFixed(0)} MB; kommandolinjen samme mappe ${s(cli)}; belastning ${load()}`,
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
