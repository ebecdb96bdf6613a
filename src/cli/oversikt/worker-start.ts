import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts the overview's worker thread wherever the CLI runs from:
 * - compiled by esbuild (entry points main.ts and every worker.ts, outbase src/cli): the calling
 *   code is bundled into `<outdir>/main.js`, the worker lands at `<outdir>/oversikt/worker.js`;
 * - compiled file by file: `worker.js` beside this module;
 * - from source through tsx (bin/behovsmelding.js, jest, bench): `worker.ts` beside this module,
 *   run through tsx's CommonJS register API. Node 20 does not apply `--import tsx` given in a
 *   worker's execArgv to the worker's own entry file ("Unknown file extension .ts"), so the
 *   worker is a two-line CommonJS script that registers tsx first.
 * Returns null when no worker file is found; the caller then checks in its own thread.
 * `resourceLimits` bound the worker's heap: running out ends the worker, not the process.
 */
export function startWorker(workerData: unknown, resourceLimits?: ResourceLimits): Worker | null {
  const bases = [__dirname, dirname(process.argv[1] ?? __dirname)];
  const compiled = [join(__dirname, 'worker.js'), ...bases.map((base) => join(base, 'oversikt', 'worker.js'))].find(existsSync);
  if (compiled) return new Worker(compiled, { workerData, resourceLimits });
  const source = join(__dirname, 'worker.ts');
  if (!existsSync(source)) return null;
  // Resolved here, not in the script: an eval'd worker resolves from the current folder. Through
  // createRequire so a bundler does not try to follow tsx into a compiled CLI that never runs .ts.
  const tsx = createRequire(__filename).resolve('tsx/cjs/api');
  const script = `require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(source)});`;
  return new Worker(script, { eval: true, workerData, resourceLimits });
}
