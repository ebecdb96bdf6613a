/* https for the dev server only when asked for and when office-addin-dev-certs made certificates. */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Where manifest.xml expects the add-in during development. */
const DEV_URL = 'https://localhost:3000/';
/** Where `npx office-addin-dev-certs install` writes its certificates. */
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/** True when `webpack serve --env https` or HTTPS=1 asks for https. */
function httpsRequested(env = {}) {
  return Boolean(env.https) || process.env.HTTPS === '1';
}

/** The certificate files in `dir`, or null when they are not there. */
function findDevCerts(dir = CERT_DIR) {
  const key = path.join(dir, 'localhost.key');
  const cert = path.join(dir, 'localhost.crt');
  return fs.existsSync(key) && fs.existsSync(cert) ? { key, cert } : null;
}

/** webpack-dev-server's `server` option: https with the dev certificates, otherwise plain http. */
function devServerHttps(env = {}, dir = CERT_DIR) {
  if (!httpsRequested(env)) return 'http';
  const files = findDevCerts(dir);
  if (!files) {
    console.warn(`Fant ingen utviklersertifikater i ${dir}. Kjør «npx office-addin-dev-certs install» én gang; serveren bruker http.`);
    return 'http';
  }
  return { type: 'https', options: { key: fs.readFileSync(files.key), cert: fs.readFileSync(files.cert) } };
}

module.exports = { DEV_URL, CERT_DIR, devServerHttps, findDevCerts, httpsRequested };
