import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

/** A production build of the pane in a temporary folder, handed to `use` and removed after it. */
export async function withProductionBuild<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const out = mkdtempSync(join(tmpdir(), 'behovsmelding-build-'));
  try {
    const build = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--env', `outputPath=${out}`, '--stats', 'errors-only'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(build.stderr || build.stdout);
    return await use(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
