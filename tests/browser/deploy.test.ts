/**
 * The deployment check: the release as a municipality would host it. A production build, the
 * manifest written for a folder of a made-up host by `npm run manifest`, dist/ served over HTTPS
 * with a self-signed certificate and the headers of DRIFT.md (Content Security Policy included),
 * and the pane run in Chromium with office.js answered from the local @microsoft/office-js copy
 * in place of Microsoft's CDN. Nothing leaves the machine.
 *
 * BEHOVSMELDING_DEPLOY_DIST reuses a production build; BEHOVSMELDING_DEPLOY_REPORT names a JSON
 * file for the figures (`npm run bench -- deploy`).
 */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { pngSize, readManifest, schemaProblems } from '../../scripts/check-manifest.js';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, OFFICE_CDN_ORIGIN, OFFICE_TELEMETRY_ORIGIN } from '../../scripts/hosting.js';
import { manifestUrls, writeReleaseManifest } from '../../scripts/manifest.js';
import { chooseChromium } from './chromium';
import { ROOT } from './harness';
import { fetchFromHost, HOST_NAME, startHttpsHost, type HttpsHost } from './https-host';

const FOLDER = 'skole/behovsmelding';
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const OFFICE_HOSTED = `${OFFICE_CDN_ORIGIN}/lib/1/hosted/`;
/** A page of Excel on the web (allowed to frame the pane) and some other site (not allowed). */
const EXCEL_ON_THE_WEB = 'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx';
const OTHER_SITE = 'https://annen-side.example/';

let dist: string;
let host: HttpsHost;
let browser: Browser;
let manifestXml: string;
const report: Record<string, unknown> = {};

function productionBuild(): string {
  const reused = process.env.BEHOVSMELDING_DEPLOY_DIST;
  if (reused && fs.existsSync(path.join(reused, 'taskpane.html'))) return reused;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'behovsmelding-release-'));
  const env = { ...process.env };
  delete env.BEHOVSMELDING_PUBLIC_URL;
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
      '--mode',
      'production',
      '--env',
      `outputPath=${out}`,
      '--stats',
      'errors-only',
    ],
    { cwd: ROOT, stdio: 'inherit', env },
  );
  if (result.status !== 0) throw new Error(`the production build failed (exit ${result.status})`);
  process.once('exit', () => fs.rmSync(out, { recursive: true, force: true }));
  return out;
}

before(async () => {
  dist = productionBuild();
  host = await startHttpsHost(dist, FOLDER);
  const written = await writeReleaseManifest({ url: host.baseUrl, dist });
  assert.deepEqual(written.problems, []);
  manifestXml = written.xml!;
  const { executablePath, args, env } = await chooseChromium();
  browser = await chromium.launch({
    executablePath,
    args: [
      ...args,
      `--host-resolver-rules=MAP ${HOST_NAME} 127.0.0.1`,
      `--ignore-certificate-errors-spki-list=${host.spkiHash}`,
      // kommune.test resolves to this machine, which Chromium treats as the local network: a public
      // page (Excel on the web) framing it is blocked before CSP has a say. A real host is public.
      '--disable-features=LocalNetworkAccessChecks',
    ],
    env: env && { ...process.env, ...env },
  });
});

after(async () => {
  await browser?.close();
  await host?.close();
  if (process.env.BEHOVSMELDING_DEPLOY_REPORT) fs.writeFileSync(process.env.BEHOVSMELDING_DEPLOY_REPORT, JSON.stringify(report, null, 2));
});

interface Visit {
  page: Page;
  context: BrowserContext;
  /** Every request the browser made, in order, with its status (0 when it got none). */
  requests: Array<{ url: string; status: number }>;
  /** Requests to hosts other than ours and Microsoft's CDN and telemetry page: refused, never sent. */
  refused: string[];
  errors: string[];
  /** Content Security Policy violations the page reported (securitypolicyviolation events). */
  violations(): Promise<string[]>;
}

/**
 * A fresh browser context on the hosted release. Microsoft's CDN is answered from the local
 * office.js copy and the telemetry page with an empty page; `pages` answers other made-up sites.
 */
async function visit(url: string, pages: Record<string, string> = {}): Promise<Visit> {
  const context = await browser.newContext();
  const requests: Visit['requests'] = [];
  const refused: string[] = [];
  const errors: string[] = [];
  context.on(
    'requestfinished',
    (request) => void request.response().then((r) => requests.push({ url: request.url(), status: r?.status() ?? 0 })),
  );
  context.on('requestfailed', (request) => requests.push({ url: request.url(), status: 0 }));
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  await context.route('**/*', async (route) => {
    const target = route.request().url();
    const { origin } = new URL(target);
    if (target.startsWith(OFFICE_HOSTED)) {
      const file = path.join(OFFICE_DIST, decodeURIComponent(new URL(target).pathname.slice('/lib/1/hosted/'.length)));
      if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file))
        await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fs.readFileSync(file) });
      else await route.fulfill({ status: 404, body: '' });
    } else if (origin === OFFICE_TELEMETRY_ORIGIN) {
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>telemetry</title>' });
    } else if (pages[target] !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages[target] });
    } else if (origin === new URL(host.baseUrl).origin) {
      await route.continue();
    } else {
      refused.push(target);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  const violations = async () =>
    (
      await Promise.all(
        page.frames().map((f) => f.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []).catch(() => [])),
      )
    ).flat();
  return { page, context, requests, refused, errors, violations };
}

const origins = (requests: Visit['requests']) => [...new Set(requests.map((r) => new URL(r.url).origin))].sort();

/** Each request is under the add-in's folder, on Microsoft's CDN, or office.js's telemetry page; and none failed. */
function assertOnlyOurFilesAndOfficeJs(v: Visit, what: string): void {
  const outside = v.requests.filter(
    (r) => !r.url.startsWith(host.baseUrl) && !r.url.startsWith(OFFICE_HOSTED) && new URL(r.url).origin !== OFFICE_TELEMETRY_ORIGIN,
  );
  assert.deepEqual(outside, [], `${what}: requests outside ${host.baseUrl} and Microsoft's CDN`);
  assert.deepEqual(v.refused, [], `${what}: requests to other hosts`);
  assert.deepEqual(
    v.requests.filter((r) => r.status !== 200),
    [],
    `${what}: requests that did not answer 200`,
  );
}

async function assertAxeClean(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    [],
    `axe, ${state}`,
  );
}

test('the release: hashed scripts in js/, no source maps, no README pictures, and a manifest for the folder that passes the schema', async () => {
  const files = (dir: string, prefix = ''): string[] =>
    fs
      .readdirSync(path.join(dir, prefix), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
  const all = files(dist);
  assert.deepEqual(
    all.filter((f) => f.endsWith('.map') || /sourceMappingURL/.test(f.endsWith('.js') ? fs.readFileSync(path.join(dist, f), 'utf8') : '')),
    [],
  );
  assert.deepEqual(all.filter((f) => f.startsWith('assets/')).sort(), [
    'assets/eksempel.xlsx',
    'assets/icon-128.png',
    'assets/icon-16.png',
    'assets/icon-32.png',
    'assets/icon-64.png',
    'assets/icon-80.png',
  ]);
  const scripts = all.filter((f) => f.endsWith('.js'));
  assert.ok(scripts.length > 3);
  for (const script of scripts) assert.match(script, /^js\/[\w-]+\.[0-9a-f]{8}\.js$/);
  for (const page of [
    'taskpane.html',
    'commands.html',
    'ribbon-message.html',
    'hjelp.html',
    'hjelp-nn.html',
    'web.config',
    'staticwebapp.config.json',
  ])
    assert.ok(all.includes(page), page);

  const manifest = readManifest(manifestXml);
  assert.equal(manifest.sourceLocation, `${host.baseUrl}taskpane.html`);
  assert.equal(manifest.supportUrl, `${host.baseUrl}hjelp.html`);
  assert.equal(manifest.version, `${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}.0`);
  assert.doesNotMatch(manifestXml, /localhost/);
  assert.deepEqual(await schemaProblems(manifestXml), []);
  report.distBytes = all.reduce((sum, f) => sum + fs.statSync(path.join(dist, f)).size, 0);
  report.distFiles = all.length;
});

test('every URL in the manifest answers 200 over HTTPS with its type and caching; icons have their declared sizes', async () => {
  const served = await fetchFromHost(host, `${host.baseUrl}manifest.xml`);
  assert.equal(served.status, 200);
  assert.equal(served.headers['content-type'], 'application/xml');
  assert.equal(served.headers['cache-control'], CACHE_REVALIDATE);
  assert.equal(served.body.toString('utf8'), manifestXml);

  const urls = manifestUrls(readManifest(manifestXml));
  assert.ok(urls.some((u) => u.size === 80) && urls.some((u) => u.url.endsWith('hjelp-nn.html')));
  for (const { url, size, where } of urls) {
    const answer = await fetchFromHost(host, url);
    assert.equal(answer.status, 200, `${url} (${where})`);
    assert.ok(answer.headers['content-security-policy']?.includes('frame-ancestors'), url);
    assert.equal(answer.headers['x-content-type-options'], 'nosniff', url);
    if (url.endsWith('.html')) assert.equal(answer.headers['content-type'], 'text/html; charset=utf-8', url);
    if (url.endsWith('.png')) {
      assert.equal(answer.headers['content-type'], 'image/png', url);
      if (size !== undefined) assert.deepEqual(pngSize(answer.body), { width: size, height: size }, `${url} (${where})`);
    }
  }
  const pane = await fetchFromHost(host, `${host.baseUrl}taskpane.html`);
  const script = /<script defer src="?(js\/[^"\s>]+)/.exec(pane.body.toString('utf8'))?.[1];
  const scriptAnswer = await fetchFromHost(host, `${host.baseUrl}${script}`);
  assert.equal(scriptAnswer.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(scriptAnswer.headers['cache-control'], CACHE_IMMUTABLE);
  const sample = await fetchFromHost(host, `${host.baseUrl}assets/eksempel.xlsx`);
  assert.equal(sample.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
});

test('the pane from its folder: office.js from the CDN, the demo flow to the exports, nothing else fetched, no CSP violation', async () => {
  const v = await visit(readManifest(manifestXml).sourceLocation!);
  await v.page.locator('td[data-address="D6"]').waitFor();
  const onLoad = [...v.requests];
  report.loadRequests = onLoad.length;
  report.loadOrigins = origins(onLoad);

  await v.page.getByRole('button', { name: 'Valider', exact: true }).click();
  await v.page.getByText(/tiltak sjekket på arket «Tiltak»/).waitFor();
  await v.page.getByRole('button', { name: 'Neste feil' }).click();
  await v.page.getByRole('button', { name: /^Lag behovsmelding/ }).click();
  await v.page
    .getByText(/Laget arkene/)
    .first()
    .waitFor();
  for (const label of ['Excel (xlsx)', 'PDF', 'JSON']) {
    const [download] = await Promise.all([
      v.page.waitForEvent('download'),
      v.page.getByRole('button', { name: label, exact: true }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^behovsmelding-/);
  }
  report.flowRequests = v.requests.length;
  report.flowOrigins = origins(v.requests);

  assert.ok(
    onLoad.some((r) => r.url === `${OFFICE_HOSTED}office.js`),
    'office.js came from the CDN address',
  );
  assertOnlyOurFilesAndOfficeJs(v, 'the pane');
  assert.deepEqual(await v.violations(), []);
  assert.deepEqual(v.errors, []);
  assert.deepEqual(
    host.log.filter((r) => r.status !== 200),
    [],
  );
  await v.context.close();
});

test("the ribbon's function file and its message dialog load under the same policy", async () => {
  for (const page of ['commands.html', 'ribbon-message.html']) {
    const v = await visit(`${host.baseUrl}${page}`);
    const ready = await v.page.evaluate(() => (window as unknown as { Office: typeof Office }).Office.onReady());
    assert.equal(ready.host, null);
    assertOnlyOurFilesAndOfficeJs(v, page);
    assert.deepEqual(await v.violations(), []);
    assert.deepEqual(v.errors, []);
    await v.context.close();
  }
});

/**
 * Framed by a page of its own host the pane meets office.js's host handshake, which only Office
 * answers; the help page has the same headers and no script, so it shows what frame-ancestors does.
 */
test('Excel on the web may frame the add-in; any other site may not (frame-ancestors)', async () => {
  const framing = `<!doctype html><html lang="nb"><title>ramme</title><iframe title="Behovsmelding" src="${host.baseUrl}hjelp.html"></iframe></html>`;
  const allowed = await visit(EXCEL_ON_THE_WEB, { [EXCEL_ON_THE_WEB]: framing });
  await allowed.page.frameLocator('iframe').getByRole('heading', { name: 'Hjelp til Behovsmelding', level: 1 }).waitFor();
  assert.deepEqual(allowed.errors, []);
  await allowed.context.close();

  const refused = await visit(OTHER_SITE, { [OTHER_SITE]: framing });
  await refused.page.waitForLoadState('load');
  const child = refused.page.frames().find((f) => f !== refused.page.mainFrame());
  assert.ok(child);
  assert.equal(await child.locator('h1').count(), 0, 'the add-in showed inside a site that is not Office');
  assert.ok(
    refused.errors.some((e) => /frame-ancestors/.test(e)),
    `Chromium says why: ${refused.errors.join(' | ')}`,
  );
  await refused.context.close();
});

test('the help pages: both languages, linked to each other, the same headers, axe clean in light and dark', async () => {
  for (const [page, lang, other] of [
    ['hjelp.html', 'nb', 'hjelp-nn.html'],
    ['hjelp-nn.html', 'nn', 'hjelp.html'],
  ] as const) {
    const v = await visit(`${host.baseUrl}${page}`);
    assert.equal(await v.page.evaluate(() => document.documentElement.lang), lang);
    await v.page.getByRole('heading', { level: 1, name: 'Hjelp til Behovsmelding' }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await v.page.emulateMedia({ colorScheme: scheme });
      await assertAxeClean(v.page, `${page}, ${scheme}`);
    }
    await v.page.locator(`header a[href="${other}"]`).click();
    await v.page.waitForURL(`${host.baseUrl}${other}`);
    assertOnlyOurFilesAndOfficeJs(v, page);
    assert.deepEqual(await v.violations(), []);
    assert.deepEqual(v.errors, []);
    await v.context.close();
  }
});
