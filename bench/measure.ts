import { performance } from 'node:perf_hooks';

/** Median wall time in ms of `runs` calls, after two warm-up calls. */
export function median(runs: number, fn: () => void): number {
  fn();
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return middle(times);
}

/**
 * The least CPU time in ms (this process's, user + system) of `runs` calls, after two warm-up
 * calls: on a machine shared with others the steadier figure, as wall time counts their work too.
 */
export function leastCpu(runs: number, fn: () => void): number {
  fn();
  fn();
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const { user, system } = process.cpuUsage(start);
    least = Math.min(least, (user + system) / 1000);
  }
  return least;
}

/** Median wall time in ms of `runs` awaited calls, after one warm-up call. */
export async function medianAsync(runs: number, task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return middle(times);
}

/** The median of measured times. */
export function middle(measured: readonly number[]): number {
  const times = [...measured].sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
