import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../cli/workbooks';

/**
 * The CLI as the compiled layout ships it (esbuild, entry points bundled into `<outdir>/main.js`
 * and every src/cli/**\/worker.ts under outbase src/cli): the worker must be found at
 * `<outdir>/oversikt/worker.js`, with no TypeScript and no tsx beside it.
 */
test('a bundled CLI starts the compiled worker from <outdir>/oversikt/worker.js and gets its answer', async () => {
  const dir = tempDir();
  const src = resolve(__dirname, '../../src/cli');
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `import { startWorker } from ${JSON.stringify(join(src, 'oversikt/worker-start'))};
import { findProfile } from ${JSON.stringify(resolve(src, '../domain/profiles'))};
const worker = startWorker({ profile: findProfile('kompetansenettverk-2024'), today: '2023-11-01' });
if (!worker) throw new Error('no worker');
// The worker says it is ready first, then answers the file.
worker.once('message', (ready) => {
  if (ready !== 'ready') throw new Error('not ready: ' + JSON.stringify(ready));
  worker.once('message', (reply) => { console.log(JSON.stringify(reply)); void worker.terminate(); });
  worker.postMessage({ index: 3, path: ${JSON.stringify(resolve(__dirname, '../../assets/eksempel.xlsx'))}, shown: 'eksempel.xlsx' });
});
`,
  );
  const outdir = join(dir, 'dist');
  await build({
    entryPoints: { main: entry, 'oversikt/worker': join(src, 'oversikt/worker.ts') },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outdir,
    logLevel: 'silent',
  });
  const r = spawnSync(process.execPath, [join(outdir, 'main.js')], { encoding: 'utf8', cwd: dir });
  expect(r.stderr).toBe('');
  const reply = JSON.parse(r.stdout) as { index: number; result: { ok: boolean; checked: { meldinger: unknown[] } } };
  expect(reply.index).toBe(3);
  expect(reply.result.ok).toBe(true);
  expect(reply.result.checked.meldinger).toHaveLength(2);
}, 30000);
