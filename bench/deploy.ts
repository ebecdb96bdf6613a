import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(__dirname, '..');

interface DeployReport {
  distBytes: number;
  distFiles: number;
  loadRequests: number;
  loadOrigins: string[];
  flowRequests: number;
  flowOrigins: string[];
}

/**
 * The deployment check (tests/browser/deploy.test.ts) run on its own, timed as a whole (its
 * production build included) and split into build and browser; with the size of the release
 * and the requests the pane makes on load and through the demo flow.
 */
export async function benchDeploy(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'behovsmelding-deploy-bench-'));
  const reportFile = join(dir, 'report.json');
  const load = () => loadavg()[0]!.toFixed(1);
  try {
    const loadBefore = load();
    const started = performance.now();
    const build = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
        '--mode',
        'production',
        '--env',
        `outputPath=${join(dir, 'dist')}`,
        '--stats',
        'errors-only',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(build.stderr || build.stdout);
    const built = performance.now();
    const check = spawnSync(process.execPath, ['--import', 'tsx', '--test', join(ROOT, 'tests/browser/deploy.test.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BEHOVSMELDING_DEPLOY_DIST: join(dir, 'dist'), BEHOVSMELDING_DEPLOY_REPORT: reportFile },
    });
    const done = performance.now();
    if (check.status !== 0) throw new Error(`the deployment check failed:\n${check.stdout.slice(-3000)}`);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as DeployReport;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    return [
      `Utrullingssjekken (tests/browser/deploy.test.ts), lastsnitt ${loadBefore} før og ${load()} etter:`,
      `  i alt ${s(done - started)}: produksjonsbygg ${s(built - started)}, sjekken i Chromium ${s(done - built)}`,
      `  dist/: ${(report.distBytes / 1e6).toFixed(2)} MB i ${report.distFiles} filer (med manifest.xml)`,
      `  panelet ved lasting: ${report.loadRequests} forespørsler til ${report.loadOrigins.join(', ')}`,
      `  gjennom demoflyten (Valider, Lag behovsmelding, tre eksporter): ${report.flowRequests} forespørsler til ${report.flowOrigins.join(', ')}`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
