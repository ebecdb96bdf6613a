import fs from 'node:fs';
import path from 'node:path';
import { parseXml } from '../../scripts/check-manifest.js';
import { apacheConfig, CONTENT_SECURITY_POLICY, headersFor, iisWebConfig, nginxConfig, staticWebAppConfig } from '../../scripts/hosting.js';

const ROOT = path.resolve(__dirname, '../..');
const guide = fs.readFileSync(path.join(ROOT, 'DRIFT.md'), 'utf8');

/** The fenced code blocks of a Markdown text with their language tag. */
const codeBlocks = (markdown: string) =>
  [...markdown.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? '', code: m[2] ?? '' }));

describe('how dist/ is served (scripts/hosting.js)', () => {
  it('keeps hashed scripts for good and asks for everything else each time', () => {
    expect(headersFor('js/taskpane.1a2b3c4d.js')).toMatchObject({
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    for (const file of ['taskpane.html', 'manifest.xml', 'assets/icon-32.png', 'hjelp.html'])
      expect(headersFor(file)['Cache-Control']).toBe('no-cache');
    expect(headersFor('assets/eksempel.xlsx')['Content-Type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(headersFor('taskpane.html')).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    });
  });

  it('is the policy the issue measured, plus frame-ancestors for Excel on the web, and nothing looser', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", 'https://appsforoffice.microsoft.com'],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'frame-src': ['https://telemetryservice.firstpartyapps.oaspapps.com'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': expect.arrayContaining(["'self'", 'https://*.officeapps.live.com', 'https://*.sharepoint.com']),
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*(?!\.)/);
  });

  it('writes an IIS web.config that parses, with the headers and a longer cache for js/', () => {
    const config = parseXml(iisWebConfig());
    const find = (el: typeof config, name: string): (typeof config)[] =>
      el.children.flatMap((c) => (c.name === name ? [c] : []).concat(find(c, name)));
    expect(find(config, 'add').map((a) => a.attrs.name)).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']);
    expect(find(config, 'add')[0]?.attrs.value).toBe(CONTENT_SECURITY_POLICY);
    expect(find(config, 'location')[0]?.attrs.path).toBe('js');
    expect(find(config, 'clientCache').map((c) => c.attrs.cacheControlMode)).toEqual(['DisableCache', 'UseMaxAge']);
  });

  it('writes an Azure Static Web Apps configuration with the same headers', () => {
    const config = JSON.parse(staticWebAppConfig()) as { globalHeaders: Record<string, string>; routes: Array<{ route: string }> };
    expect(config.globalHeaders['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(config.routes.map((r) => r.route)).toEqual(['/js/*']);
  });
});

describe('DRIFT.md', () => {
  it('shows the nginx and Apache configuration and the policy exactly as the code makes them', () => {
    const blocks = codeBlocks(guide);
    expect(blocks.find((b) => b.lang === 'nginx')?.code).toBe(nginxConfig('/behovsmelding/', '/var/www'));
    expect(blocks.find((b) => b.lang === 'apache')?.code).toBe(apacheConfig());
    expect(blocks.some((b) => b.code.trim() === CONTENT_SECURITY_POLICY)).toBe(true);
  });

  it('names every step the issue asks for, and is linked from the README', () => {
    for (const heading of [
      'Forutsetninger',
      'Velg adresse',
      'Bygg og skriv manifestet',
      'Legg filene på webserveren',
      'Brannmur og nettverk',
      'Last opp i administrasjonssenteret for Microsoft 365',
      'Oppdatere',
      'Rulle tilbake',
      'Fjerne tillegget',
      'Tømme Office-hurtigbufferen',
      'XML-manifest eller enhetlig manifest (manifest.json)',
    ])
      expect(guide).toContain(`\n## ${heading}\n`);
    expect(guide).toContain('npm run manifest -- --url');
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toMatch(/\]\(DRIFT\.md\)/);
  });
});
