/**
 * The published manifest: manifest.xml is written for development (https://localhost:3000/);
 * a release rewrites its URLs to where a municipality hosts dist/, its <Version> to
 * package.json's, and optionally its support page. Shared by webpack.config.js, the manifest
 * command (scripts/manifest.js) and the offline manifest check.
 */
const fs = require('node:fs');
const path = require('node:path');
const { DEV_URL } = require('./dev-certs');

const ROOT = path.resolve(__dirname, '..');

/** Host names that only ever mean "this machine": a manifest pointing there loads for nobody else. */
const LOOPBACK =
  /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:127(\.\d{1,3}){3}\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;

/**
 * A public URL for dist/ as a municipality types it, checked: `{ url }` with a trailing slash,
 * or `{ problems }` in Norwegian, each saying what to write instead.
 */
function checkPublicUrl(text) {
  const problems = [];
  let url;
  try {
    url = new URL(String(text ?? '').trim());
  } catch {
    return { problems: [`«${text ?? ''}» er ingen fullstendig adresse. Skriv den som https://kommune.no/behovsmelding/.`] };
  }
  if (url.protocol !== 'https:')
    problems.push(`Adressen må begynne med https:// (Office laster bare tillegg over https), ikke ${url.protocol}//.`);
  if (LOOPBACK.test(url.hostname))
    problems.push(
      `${url.hostname} er denne maskinen: et manifest som peker dit, virker ikke for noen andre. Bruk adressen til webserveren der dist/ ligger.`,
    );
  if (url.username || url.password) problems.push('Adressen kan ikke ha brukernavn eller passord i seg.');
  if (url.search || url.hash)
    problems.push('Adressen kan ikke ha ? eller # i seg: skriv bare mappen, for eksempel https://kommune.no/behovsmelding/.');
  if (/\.[a-z0-9]+$/i.test(url.pathname))
    problems.push(`Adressen skal være mappen der dist/ ligger, ikke en fil (${url.pathname.split('/').pop()}).`);
  if (problems.length > 0) return { problems };
  url.pathname = url.pathname.replace(/\/?$/, '/');
  return { url: url.href };
}

/** package.json's version as Office wants it (four numbers): 1.2.3 → 1.2.3.0, or 1.2.3.<revision>. */
function manifestVersion(packageVersion, revision = 0) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(packageVersion));
  if (!match) throw new Error(`Versjonen i package.json («${packageVersion}») må være tre tall (1.2.3) for å bli en manifestversjon.`);
  if (!Number.isInteger(revision) || revision < 0 || revision > 9999)
    throw new Error(`Revisjonen må være et heltall fra 0 til 9999, ikke «${revision}».`);
  return `${match[1]}.${match[2]}.${match[3]}.${revision}`;
}

function packageVersion(root = ROOT) {
  return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
}

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * manifest.xml with its development URLs moved to `publicUrl` (a checked URL with a trailing
 * slash), <Version> set to `version`, and, when `supportUrl` is given, the support and
 * "learn more" links pointing there instead of the help page in dist/.
 */
function publishManifest(xml, { publicUrl, version, supportUrl }) {
  let out = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  if (publicUrl) out = out.replaceAll(DEV_URL, publicUrl).replaceAll(DEV_URL.slice(0, -1), new URL(publicUrl).origin);
  if (supportUrl) {
    const value = escapeAttribute(supportUrl);
    out = out
      .replace(/<SupportUrl\b[^>]*?(\/>|>[\s\S]*?<\/SupportUrl>)/, `<SupportUrl DefaultValue="${value}"/>`)
      .replace(
        /<bt:Url id="GetStarted\.LearnMoreUrl"[^>]*?(\/>|>[\s\S]*?<\/bt:Url>)/,
        `<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${value}"/>`,
      );
  }
  return out;
}

module.exports = { checkPublicUrl, manifestVersion, packageVersion, publishManifest, ROOT };
