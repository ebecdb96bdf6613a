/**
 * Shared setup for the browser tests (node:test, run by scripts/test.js): a development build
 * of the pane, a plain-http static server on 127.0.0.1, and Chromium via playwright-core (which one:
 * chromium.ts).
 * Nothing leaves the machine: requests to any other host are answered locally and recorded.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { chooseChromium } from './chromium';

export const ROOT = path.resolve(__dirname, '../..');

/** The pane's one live region: what it announces to a screen reader. */
export const liveRegion = (page: Page) => page.locator('main p[role="status"]');
const WEBPACK_CLI = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The built pane: the directory scripts/test.js built once for all test files
 * (BEHOVSMELDING_PANE_DIST), or else a development build into a temporary directory.
 */
export function buildPane(): string {
  const built = process.env.BEHOVSMELDING_PANE_DIST;
  if (built && fs.existsSync(path.join(built, 'taskpane.html'))) return built;
  const outputPath = fs.mkdtempSync(path.join(os.tmpdir(), 'behovsmelding-pane-'));
  const args = [WEBPACK_CLI, '--mode', 'development', '--env', `outputPath=${outputPath}`, '--stats', 'errors-only'];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`webpack could not build the pane (exit ${result.status})`);
  process.env.BEHOVSMELDING_PANE_DIST = outputPath;
  process.once('exit', () => fs.rmSync(outputPath, { recursive: true, force: true }));
  return outputPath;
}

/** Serves `dir` (or several, the first that has the file) over plain http on 127.0.0.1 at a free port. */
export async function serveDirectory(dir: string | readonly string[]): Promise<{ origin: string; close: () => Promise<void> }> {
  const roots = [dir].flat().map((d) => path.resolve(d));
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = roots
      .map((root) => ({ root, file: path.join(root, pathname === '/' ? 'taskpane.html' : pathname) }))
      .find(({ root, file }) => file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile())?.file;
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Kept-alive connections of a browser that died would keep the test process running.
        server.closeAllConnections();
      }),
  };
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  /** Requests to other hosts (office.js telemetry): answered with an empty response, never sent. */
  external: string[];
}

export interface PaneHarness {
  origin: string;
  browser: Browser;
  /**
   * A fresh context and page at `pathname`; `block` lists paths on our server to answer with 404;
   * `context` sets the context up (window size, zoom, locale, colour scheme); `beforeLoad`
   * prepares it before the page loads (e.g. sets its clock).
   */
  open(
    pathname: string,
    options?: { block?: string[]; context?: BrowserContextOptions; beforeLoad?: (context: BrowserContext) => Promise<void> },
  ): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** Builds (or reuses) the pane, serves it (and any `extra` directories after it) and launches Chromium. */
export async function startHarness(extra: readonly string[] = []): Promise<PaneHarness> {
  const server = await serveDirectory([buildPane(), ...extra]);
  const { executablePath, args, env } = await chooseChromium();
  const browser = await chromium.launch({ executablePath, args, env: env && { ...process.env, ...env } });
  const contexts: BrowserContext[] = [];

  async function open(pathname: string, options: Parameters<PaneHarness['open']>[1] = {}): Promise<OpenedPage> {
    // axe needs pages from browser.newContext(); a fresh context also keeps storage apart.
    const context = await browser.newContext(options.context);
    // Playwright's 30 s for a wait or a click was passed at load 18: the verdict must not depend on load.
    context.setDefaultTimeout(120_000);
    contexts.push(context);
    const external: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== server.origin) {
        external.push(url.href);
        await route.fulfill({ status: 204, body: '' });
      } else if (options.block?.includes(url.pathname)) await route.fulfill({ status: 404, body: '' });
      else await route.continue();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await options.beforeLoad?.(context);
    await page.goto(server.origin + pathname);
    return { page, context, errors, external };
  }

  return {
    origin: server.origin,
    browser,
    open,
    close: async () => {
      try {
        await Promise.all(contexts.map((context) => context.close()));
      } finally {
        await browser.close();
        await server.close();
      }
    },
  };
}
