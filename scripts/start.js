#!/usr/bin/env node
/**
 * `npm start`: the webpack dev server on port 3000, and how to load the add-in into Excel.
 * `npm start -- --https` serves https with the office-addin-dev-certs certificates (Excel needs
 * https); `--no-open` keeps the browser closed.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const path = require('node:path');
const { findDevCerts, httpsRequested } = require('./dev-certs');

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const wantHttps = args.includes('--https') || httpsRequested();
const secure = wantHttps && findDevCerts() !== null;
const paneUrl = `${secure ? 'https' : 'http'}://localhost:3000/taskpane.html`;

function printHelp() {
  const lines = [
    '',
    'Behovsmelding – utviklingsserver',
    '',
    `  Uten Excel:        åpne ${paneUrl} i en nettleser (demomodus på eksempelarbeidsboken).`,
    '  Excel på Windows/Mac: npx office-addin-debugging start manifest.xml',
    '                     (installerer et utviklersertifikat og åpner Excel med tillegget).',
    '  Excel på nettet:   Hjem → Tillegg → Mine tillegg → Last opp mitt tillegg → velg manifest.xml.',
  ];
  if (!secure) {
    lines.push('                     Excel krever https: kjør «npx office-addin-dev-certs install» én gang og så «npm start -- --https».');
  }
  if (wantHttps && !secure) lines.push('', '  Fant ingen utviklersertifikater i ~/.office-addin-dev-certs: serveren bruker http.');
  console.log(lines.join('\n') + '\n');
}

/** Polls the pane until the server answers, then resolves true (false after ~2 minutes). */
function waitForServer(url, attempts = 240) {
  const client = url.startsWith('https') ? https : http;
  return new Promise((resolve) => {
    const tryOnce = (left) => {
      const request = client.get(url, { rejectUnauthorized: false }, (response) => {
        response.resume();
        resolve(true);
      });
      request.on('error', () => (left > 0 ? setTimeout(() => tryOnce(left - 1), 500) : resolve(false)));
    };
    tryOnce(attempts);
  });
}

/** The platform's "open this URL" command, or null where there is no desktop to open it on. */
function browserOpener() {
  if (process.platform === 'darwin') return ['open'];
  if (process.platform === 'win32') return ['cmd', '/c', 'start', '""'];
  const hasDisplay = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  const xdgOpen = ['/usr/bin/xdg-open', '/usr/local/bin/xdg-open'].find((file) => fs.existsSync(file));
  return hasDisplay && xdgOpen ? [xdgOpen] : null;
}

function main() {
  const webpackArgs = [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'];
  if (secure) webpackArgs.push('--env', 'https');
  const server = spawn(process.execPath, webpackArgs, { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

  void waitForServer(paneUrl).then((up) => {
    if (!up) return;
    printHelp();
    const opener = browserOpener();
    if (opener && !args.includes('--no-open') && !process.env.CI) {
      const [command, ...rest] = opener;
      spawn(command, [...rest, paneUrl], { stdio: 'ignore', detached: true })
        .on('error', () => {})
        .unref();
    }
  });
}

main();
