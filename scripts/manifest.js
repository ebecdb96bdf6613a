#!/usr/bin/env node
/**
 * `npm run manifest -- --url https://kommune.no/behovsmelding/`: writes the manifest for a
 * production build in dist/ published at that address, and refuses to write one that would not
 * work. The address may be a host's root or a folder under it. Checks, offline: the address
 * (https, not this machine), the manifest against Microsoft's XML schema, every URL in it against
 * a file in dist/, the icons' pixel sizes, and manifest.xml's own structure (scripts/check-manifest.js).
 *
 *   --url ADRESSE          where dist/ is published (required)
 *   --support-url ADRESSE  the organisation's own help or contact page instead of dist/hjelp.html
 *   --revision N           the fourth number of <Version> (0–9999), for a new manifest of the same release
 *   --dist MAPPE           the build to check (default dist/)
 *   --out FIL              where to write it (default <dist>/manifest.xml)
 */
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { checkManifest, pngSize, readManifest, schemaProblems } = require('./check-manifest');
const { checkPublicUrl, manifestVersion, packageVersion, publishManifest, ROOT } = require('./release');

const USAGE =
  'Bruk: npm run manifest -- --url https://kommune.no/behovsmelding/ [--support-url ADRESSE] [--revision N | --version A.B.C.D] [--dist MAPPE] [--out FIL]';

/** The manifest's <Version>: package.json's with a revision, or one given whole (four numbers). */
function releaseVersion(root, { revision, version }) {
  if (version !== undefined && revision !== undefined) throw new Error('Bruk enten --revision eller --version, ikke begge.');
  if (version === undefined) return manifestVersion(packageVersion(root), revision === undefined ? 0 : Number(revision));
  if (!/^\d{1,4}\.\d{1,4}\.\d{1,4}\.\d{1,4}$/.test(String(version)))
    throw new Error(`--version «${version}» må være fire tall med punktum mellom, for eksempel 1.4.0.1.`);
  return String(version);
}

/** Every URL the manifest names, with what refers to it and the pixel size an icon must have. */
function manifestUrls(facts) {
  const icons = [
    { url: facts.iconUrl, size: 32, where: 'IconUrl' },
    { url: facts.highResolutionIconUrl, size: 64, where: 'HighResolutionIconUrl' },
    ...facts.groups.flatMap((g) => [g, ...g.controls].flatMap((e) => e.icons.map((i) => ({ ...i, where: e.id })))),
  ];
  const pages = [facts.supportUrl, ...facts.overrideUrls, facts.sourceLocation, facts.functionFile, ...facts.resources.urls.values()];
  return [
    ...icons.filter((i) => i.url),
    ...[...facts.resources.images.values(), ...pages].filter(Boolean).map((url) => ({ url, where: 'manifestet' })),
  ];
}

/**
 * Norwegian problems with a published manifest: a URL outside `publicUrl` (other than the chosen
 * support page), a URL with no file in `distDir`, an icon of the wrong size, or a trace of localhost.
 */
function releaseProblems(xml, { publicUrl, distDir, supportUrl }) {
  const problems = [];
  if (/localhost|127\.0\.0\.1/i.test(xml)) problems.push('Manifestet nevner fortsatt localhost.');
  const facts = readManifest(xml);
  const seen = new Set();
  for (const { url, size, where } of manifestUrls(facts)) {
    if (seen.has(`${url} ${size}`)) continue;
    seen.add(`${url} ${size}`);
    if (url === supportUrl) continue;
    if (!url.startsWith(publicUrl)) {
      problems.push(`${url} (${where}) ligger ikke under ${publicUrl}.`);
      continue;
    }
    const relative = decodeURIComponent(url.slice(publicUrl.length).split(/[?#]/)[0]);
    const file = path.join(distDir, relative);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      problems.push(`${url} (${where}) finnes ikke i ${distDir} (ingen fil ${relative}).`);
      continue;
    }
    if (size === undefined) continue;
    const actual = pngSize(fs.readFileSync(file));
    if (!actual) problems.push(`${relative} (${where}) er ikke en PNG.`);
    else if (actual.width !== size || actual.height !== size)
      problems.push(`${relative} (${where}) er ${actual.width}×${actual.height} piksler, skal være ${size}×${size}.`);
  }
  return problems;
}

/** Problems with `distDir` as a release: missing, or a development build (local office.js). */
function buildProblems(distDir) {
  const pane = path.join(distDir, 'taskpane.html');
  if (!fs.existsSync(pane)) return [`${distDir} har ikke noe produksjonsbygg. Kjør «npm run build» først.`];
  if (fs.readFileSync(pane, 'utf8').includes('office-js/office.js'))
    return [`${distDir} er et utviklingsbygg (office.js fra egen kopi). Kjør «npm run build» for et produksjonsbygg.`];
  return [];
}

/** The support page's address: https and not this machine, any path or query. */
function supportUrlProblems(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return [`--support-url «${text}» er ingen fullstendig adresse.`];
  }
  const { problems } = checkPublicUrl(`${url.protocol}//${url.host}/`);
  return (problems ?? []).map((p) => `--support-url: ${p}`);
}

/**
 * Writes the manifest for `options.url` when nothing is wrong. Returns `{ problems }` (Norwegian,
 * empty on success), and on success `{ file, xml, version, publicUrl }`.
 */
async function writeReleaseManifest(options, root = ROOT) {
  const { url: publicUrl, problems: urlProblems } = checkPublicUrl(options.url);
  const distDir = path.resolve(root, options.dist ?? 'dist');
  const problems = [
    ...(urlProblems ?? []),
    ...(options.supportUrl ? supportUrlProblems(options.supportUrl) : []),
    ...buildProblems(distDir),
  ];
  let version;
  try {
    version = releaseVersion(root, options);
  } catch (error) {
    problems.push(error.message);
  }
  if (problems.length > 0) return { problems };

  const source = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  problems.push(...checkManifest(root).problems);
  const xml = publishManifest(source, { publicUrl, version, supportUrl: options.supportUrl });
  problems.push(
    ...(await schemaProblems(xml, 'manifestet')),
    ...releaseProblems(xml, { publicUrl, distDir, supportUrl: options.supportUrl }),
  );
  if (problems.length > 0) return { problems };

  const file = path.resolve(root, options.out ?? path.join(distDir, 'manifest.xml'));
  fs.writeFileSync(file, xml);
  return { problems, file, xml, version, publicUrl };
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        url: { type: 'string' },
        'support-url': { type: 'string' },
        revision: { type: 'string' },
        version: { type: 'string' },
        dist: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (!values.url) {
    console.error(`Mangler --url: adressen der innholdet i dist/ blir publisert.\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const result = await writeReleaseManifest({
    url: values.url,
    supportUrl: values['support-url'],
    revision: values.revision,
    version: values.version,
    dist: values.dist,
    out: values.out,
  });
  if (result.problems.length > 0) {
    console.error(`Skrev ikke noe manifest (${result.problems.length} problem${result.problems.length === 1 ? '' : 'er'}):`);
    for (const problem of result.problems) console.error(`  ✗ ${problem}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    [
      `✓ Skrev ${path.relative(process.cwd(), result.file) || result.file}: Behovsmelding ${result.version} for ${result.publicUrl}`,
      '  Godkjent av Microsofts XML-skjema; alle adressene finnes i bygget, og ikonene har riktig størrelse.',
      `  Legg innholdet i dist/ på ${result.publicUrl}, og last opp manifestet i Microsoft 365 administrasjonssenter`,
      `  (som fil, eller som lenke: ${result.publicUrl}manifest.xml). Se DRIFT.md.`,
    ].join('\n'),
  );
}

module.exports = { writeReleaseManifest, releaseProblems, buildProblems, manifestUrls };

if (require.main === module) void main();
