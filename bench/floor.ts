import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { middle } from './measure';
import { buildCli } from './startup';
import { writeTable } from './xlsx-read';

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'bin/behovsmelding.js');
const CPU = join(__dirname, 'cpu-at-exit.cjs');
const FLOOR = join(__dirname, 'floor-process.cjs');
const ROUNDS = 5;

/** One whole process: wall time and its own CPU time (less disturbed by other work on the machine). */
function run(args: string[]): { wall: number; cpu: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', CPU, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - start;
  if (r.status === 2 || r.status === null) throw new Error(r.stderr.slice(0, 500));
  return { wall, cpu: Number(/cpu-ms ([\d.]+)/.exec(r.stderr)?.[1]) };
}

/**
 * `validate --json` beside the floor (issue 23): a process that only unzips the same workbook with
 * fflate and finds every cell tag once, alternated round by round so load on the machine hits both
 * alike. Goal: within 3× of the floor at 100 000 rows.
 */
export async function benchFloor(): Promise<string[]> {
  buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'behovsmelding-floor-'));
  const lines = [
    `validate --json mot gulvet (bare pakke ut og finne hver celle), hele prosesser, median av ${ROUNDS} vekselvis; belastning ${loadavg()[0]!.toFixed(1)}:`,
  ];
  try {
    for (const rows of [10_000, 100_000]) {
      const file = join(dir, `tiltak-${rows}.xlsx`);
      await writeTable(file, rows);
      const floor: Array<{ wall: number; cpu: number }> = [];
      const validate: Array<{ wall: number; cpu: number }> = [];
      for (let i = 0; i <= ROUNDS; i++) {
        const f = run([FLOOR, file]);
        const v = run([BIN, 'validate', file, '--json', '--today', '2023-11-01']);
        if (i === 0) continue; // The first round warms the file cache.
        floor.push(f);
        validate.push(v);
      }
      const m = (xs: Array<{ wall: number; cpu: number }>, k: 'wall' | 'cpu') => middle(xs.map((x) => x[k]));
      const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      lines.push(
        `  ${String(rows).padStart(7)} rader: validate ${s(m(validate, 'wall'))} (CPU ${s(m(validate, 'cpu'))}), gulv ${s(m(floor, 'wall'))} (CPU ${s(m(floor, 'cpu'))}): ` +
          `${(m(validate, 'wall') / m(floor, 'wall')).toFixed(1)}× gulvet (CPU ${(m(validate, 'cpu') / m(floor, 'cpu')).toFixed(1)}×)`,
      );
    }
    lines.push(`  belastning etter: ${loadavg()[0]!.toFixed(1)}; mål: innen 3× gulvet ved 100 000 rader`);
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
