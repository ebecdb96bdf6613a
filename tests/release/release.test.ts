import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readManifest, schemaProblems } from '../../scripts/check-manifest.js';
import { writeReleaseManifest } from '../../scripts/manifest.js';
import { checkPublicUrl, manifestVersion, publishManifest } from '../../scripts/release.js';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('the public address (checkPublicUrl)', () => {
  it.each([
    ['https://kommune.example/behovsmelding/', 'https://kommune.example/behovsmelding/'],
    ['https://kommune.example/behovsmelding', 'https://kommune.example/behovsmelding/'],
    ['  https://tillegg.kommune.no  ', 'https://tillegg.kommune.no/'],
    ['https://kommune.example:8443/skole/behovsmelding', 'https://kommune.example:8443/skole/behovsmelding/'],
  ])('takes %s as %s', (text, url) => {
    expect(checkPublicUrl(text)).toEqual({ url });
  });

  it.each([
    ['http://kommune.example/behovsmelding/', /må begynne med https/],
    ['https://localhost:3000/', /localhost er denne maskinen/],
    ['https://127.0.0.1/behovsmelding/', /127\.0\.0\.1 er denne maskinen/],
    ['https://[::1]/', /\[::1\] er denne maskinen/],
    ['https://tillegg.localhost/', /tillegg\.localhost er denne maskinen/],
    ['https://kommune.example/behovsmelding/?x=1', /\? eller #/],
    ['https://kommune.example/behovsmelding/taskpane.html', /ikke en fil \(taskpane\.html\)/],
    ['https://ola:hemmelig@kommune.example/', /brukernavn eller passord/],
    ['kommune.example/behovsmelding', /ingen fullstendig adresse/],
  ])('refuses %s, saying why', (text, why) => {
    const { url, problems } = checkPublicUrl(text);
    expect(url).toBeUndefined();
    expect(problems?.some((p) => why.test(p))).toBe(true);
  });
});

describe('the manifest version (manifestVersion)', () => {
  it('is package.json version with a fourth number', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('2.10.3', 7)).toBe('2.10.3.7');
  });

  it('refuses what Office cannot take', () => {
    expect(() => manifestVersion('1.0.0-beta.1')).toThrow(/tre tall/);
    expect(() => manifestVersion('1.0.0', 10000)).toThrow(/0 til 9999/);
  });
});

describe('publishManifest', () => {
  const published = publishManifest(SOURCE, { publicUrl: 'https://kommune.example/behovsmelding/', version: '3.2.1.4' });

  it('moves every development address to the public folder and sets the version', () => {
    expect(published).not.toMatch(/localhost/);
    const facts = readManifest(published);
    expect(facts.version).toBe('3.2.1.4');
    expect(facts.sourceLocation).toBe('https://kommune.example/behovsmelding/taskpane.html');
    expect(facts.supportUrl).toBe('https://kommune.example/behovsmelding/hjelp.html');
    expect(facts.overrideUrls).toContain('https://kommune.example/behovsmelding/hjelp-nn.html');
    expect(published).toContain('<AppDomain>https://kommune.example</AppDomain>');
  });

  it("points the support and learn-more links at the organisation's own page when asked, and stays valid", async () => {
    const own = publishManifest(SOURCE, {
      publicUrl: 'https://kommune.example/behovsmelding/',
      version: '3.2.1.4',
      supportUrl: 'https://intranett.kommune.example/hjelp?side=behovsmelding&sprak=nb',
    });
    const facts = readManifest(own);
    expect(facts.supportUrl).toBe('https://intranett.kommune.example/hjelp?side=behovsmelding&sprak=nb');
    expect(facts.resources.urls.get('GetStarted.LearnMoreUrl')).toBe(facts.supportUrl);
    expect(own).not.toMatch(/hjelp(-nn)?\.html/);
    expect(await schemaProblems(own)).toEqual([]);
  });
});

describe('npm run manifest (writeReleaseManifest)', () => {
  let root: string;
  let dist: string;

  /** A production build's shape: the pages, the icons, a script; enough for every manifest URL. */
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'behovsmelding-release-test-'));
    dist = path.join(root, 'dist');
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
    for (const page of ['taskpane.html', 'commands.html', 'hjelp.html', 'hjelp-nn.html'])
      fs.writeFileSync(path.join(dist, page), '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    for (const size of [16, 32, 64, 80])
      fs.copyFileSync(path.join(ROOT, `assets/icon-${size}.png`), path.join(dist, `assets/icon-${size}.png`));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('writes dist/manifest.xml for the folder, valid against the schema', async () => {
    const result = await writeReleaseManifest({ url: 'https://kommune.example/skole/behovsmelding', dist });
    expect(result.problems).toEqual([]);
    expect(result.file).toBe(path.join(dist, 'manifest.xml'));
    const written = fs.readFileSync(result.file!, 'utf8');
    expect(readManifest(written).functionFile).toBe('https://kommune.example/skole/behovsmelding/commands.html');
    expect(await schemaProblems(written)).toEqual([]);
  });

  it('writes nothing when an icon is missing or has the wrong size, and says which', async () => {
    fs.rmSync(path.join(dist, 'assets/icon-80.png'));
    fs.copyFileSync(path.join(ROOT, 'assets/icon-32.png'), path.join(dist, 'assets/icon-16.png'));
    const result = await writeReleaseManifest({ url: 'https://kommune.example/behovsmelding/', dist });
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/icon-80\.png .*finnes ikke i/),
        expect.stringMatching(/assets\/icon-16\.png .*er 32×32 piksler, skal være 16×16/),
      ]),
    );
    expect(fs.existsSync(path.join(dist, 'manifest.xml'))).toBe(false);
  });

  it('refuses a development build and a missing build', async () => {
    fs.writeFileSync(path.join(dist, 'taskpane.html'), '<script src="office-js/office.js"></script>');
    expect((await writeReleaseManifest({ url: 'https://kommune.example/', dist })).problems).toEqual([
      expect.stringMatching(/er et utviklingsbygg/),
    ]);
    expect((await writeReleaseManifest({ url: 'https://kommune.example/', dist: path.join(root, 'finnes-ikke') })).problems).toEqual([
      expect.stringMatching(/har ikke noe produksjonsbygg\. Kjør «npm run build» først/),
    ]);
  });

  it('refuses localhost before it looks at anything else', async () => {
    const result = await writeReleaseManifest({ url: 'https://localhost:3000/', dist });
    expect(result.problems).toEqual([expect.stringMatching(/localhost er denne maskinen/)]);
  });

  it('takes a revision for a new manifest of the same release, and an own support page', async () => {
    const result = await writeReleaseManifest({
      url: 'https://kommune.example/behovsmelding/',
      dist,
      revision: '2',
      supportUrl: 'https://kommune.example/it/behovsmelding',
    });
    expect(result.problems).toEqual([]);
    expect(result.version).toMatch(/^\d+\.\d+\.\d+\.2$/);
    expect(readManifest(result.xml!).supportUrl).toBe('https://kommune.example/it/behovsmelding');
    const bad = await writeReleaseManifest({ url: 'https://kommune.example/', dist, supportUrl: 'http://localhost/hjelp' });
    expect(bad.problems.join(' ')).toMatch(/--support-url: .*https.*localhost er denne maskinen/);
  });

  it('takes a whole version to roll a manifest back, and refuses one Office cannot read', async () => {
    const rolled = await writeReleaseManifest({ url: 'https://kommune.example/', dist, version: '1.4.0.1' });
    expect(rolled.problems).toEqual([]);
    expect(readManifest(rolled.xml!).version).toBe('1.4.0.1');
    expect((await writeReleaseManifest({ url: 'https://kommune.example/', dist, version: '1.4' })).problems).toEqual([
      expect.stringMatching(/fire tall/),
    ]);
    expect((await writeReleaseManifest({ url: 'https://kommune.example/', dist, version: '1.4.0.1', revision: 1 })).problems).toEqual([
      expect.stringMatching(/enten --revision eller --version/),
    ]);
  });

  it('as a command: exit 2 without --url, 1 with a bad address, and Norwegian sentences', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/manifest.js'), ...args], { encoding: 'utf8' });
    const missing = run();
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Mangler --url/);
    const bad = run('--url', 'http://localhost:3000/', '--dist', dist);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Skrev ikke noe manifest \(2 problemer\)/);
  });
});
