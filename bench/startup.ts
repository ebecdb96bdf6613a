import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(__dirname, '..');
const RUNS = 10;
const COMMANDS: Array<{ label: string; args: string[] }> = [
  { label: 'profiles', args: ['profiles'] },
  { label: 'validate (eksempelet)', args: ['validate', '--today', '2023-11-01'] },
];

/**
 * The command line's whole-process time, as a user starts it: compiled JavaScript (build/cli,
 * through bin/behovsmelding.js) beside the TypeScript sources compiled by tsx at every start, as
 * bin/behovsmelding.js did before (`--import tsx`: the lazy import()s need tsx's ESM hooks too).
 * The two alternate run by run, so load on the machine hits both alike.
 */
export async function benchStartup(): Promise<string[]> {
  buildCli();
  const cpuHook = ['--require', join(__dirname, 'cpu-at-exit.cjs')];
  const variants = {
    tsx: [...cpuHook, '--import', 'tsx', join(ROOT, 'src/cli/run.ts')],
    compiled: [...cpuHook, join(ROOT, 'bin/behovsmelding.js')],
  };
  const lines = [`Oppstart av kommandolinjen (hel prosess, median av ${RUNS}, tsx og kompilert vekselvis; veggtid / CPU-tid):`];
  lines.push(`  ${'kommando'.padEnd(24)} ${'tsx (før)'.padStart(19)} ${'kompilert'.padStart(19)}`);
  for (const { label, args } of COMMANDS) {
    const times = { tsx: [] as number[], compiled: [] as number[] };
    const cpu = { tsx: [] as number[], compiled: [] as number[] };
    for (let i = 0; i <= RUNS; i++) {
      for (const variant of ['tsx', 'compiled'] as const) {
        const start = performance.now();
        const r = spawnSync(process.execPath, [...variants[variant], ...args], { cwd: ROOT, encoding: 'utf8' });
        const elapsed = performance.now() - start;
        if (r.status === 2 || r.status === null) throw new Error(`${variant} ${args.join(' ')}: ${r.stderr}`);
        if (i === 0) continue; // The first round warms the file cache.
        times[variant].push(elapsed);
        cpu[variant].push(Number(/cpu-ms ([\d.]+)/.exec(r.stderr)?.[1]));
      }
    }
    const both = (v: 'tsx' | 'compiled') => `${ms(medianOf(times[v]))} / ${ms(medianOf(cpu[v]))}`.padStart(19);
    lines.push(`  ${label.padEnd(24)} ${both('tsx')} ${both('compiled')}`);
  }
  lines.push('  CPU-tid: Node-prosessens egen, lite påvirket av annen last (tsx kompilerer også i en esbuild-prosess utenom).');
  lines.push('  Mål: validate på eksempelet under 300 ms.');
  return lines;
}

/** bin/behovsmelding.js runs build/cli: build it from the sources being measured. */
export function buildCli(): void {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.js')], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stderr);
}

function medianOf(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
