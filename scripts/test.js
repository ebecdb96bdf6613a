#!/usr/bin/env node
/**
 * `npm test`: type check, lint, jest, then the browser tests in Chromium: the machine's own, or
 * else the one in the npm package @sparticuz/chromium (tests/browser/chromium.ts decides, and
 * BEHOVSMELDING_CHROMIUM=packaged forces the npm one). Stops at the first failing step and says
 * which one. BEHOVSMELDING_SKIP_BROWSER=1 skips the browser tests; nothing else is ever skipped.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const BROWSER_TESTS = path.join(ROOT, 'tests/browser');
const bin = (file) => path.join(ROOT, 'node_modules', file);

class StepFailed extends Error {}

function run(label, args, env = process.env) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) throw new StepFailed(`${label} feilet (${seconds} s). Rett feilen over og kjør npm test igjen.`);
  console.log(`✓ ${label} (${seconds} s)`);
}

function browserTests() {
  if (process.env.BEHOVSMELDING_SKIP_BROWSER === '1') {
    console.log('\n· Nettlesertestene hoppes over (BEHOVSMELDING_SKIP_BROWSER=1).');
    return;
  }
  const files = fs
    .readdirSync(BROWSER_TESTS)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.join('tests/browser', name));
  if (files.length === 0) return;

  // One development build (local office.js, no network) shared by every browser test file.
  const outputPath = fs.mkdtempSync(path.join(os.tmpdir(), 'behovsmelding-pane-'));
  try {
    run('Bygger panelet for nettlesertestene', [
      bin('webpack-cli/bin/cli.js'),
      '--mode',
      'development',
      '--env',
      `outputPath=${outputPath}`,
      '--stats',
      'errors-only',
    ]);
    // Chosen (and, for the npm one, unpacked) once here, not by each test file at the same time.
    const choice = spawnSync(process.execPath, ['--import', 'tsx', path.join(BROWSER_TESTS, 'chromium.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (choice.status !== 0) throw new StepFailed(`Fant ingen Chromium for nettlesertestene: ${choice.stderr.trim()}`);
    const { setting, description } = JSON.parse(choice.stdout);
    console.log(`\n· Nettlesertestene bruker ${description}.`);
    run(`Nettlesertester (${files.length} filer, Chromium)`, ['--import', 'tsx', '--test', ...files], {
      ...process.env,
      BEHOVSMELDING_PANE_DIST: outputPath,
      BEHOVSMELDING_CHROMIUM: setting,
    });
  } finally {
    fs.rmSync(outputPath, { recursive: true, force: true });
  }
}

try {
  run('Typesjekk (tsc --noEmit)', [bin('typescript/bin/tsc'), '--noEmit', '-p', ROOT]);
  run('ESLint', [bin('eslint/bin/eslint.js'), '.']);
  run('Jest', [bin('jest/bin/jest.js'), '--ci']);
  browserTests();
  console.log('\n✓ Alle tester besto.');
} catch (error) {
  if (!(error instanceof StepFailed)) throw error;
  console.error(`\n✗ ${error.message}`);
  process.exitCode = 1;
}
