import { findProfile } from '../src/domain/profiles';
import { checkWorkbook } from '../src/table/check';
import { syntheticGrid } from './grid';
import { median, ms } from './measure';

/** Grid → findings (header detection, parsing, every rule) for growing tables. */
export async function benchValidate(): Promise<string[]> {
  const profile = findProfile('kompetansenettverk-2024')!;
  const lines = ['Fra celler til funn (readTiltakTable + validate), median:'];
  for (const rows of [1_000, 10_000, 100_000]) {
    const grid = syntheticGrid(rows);
    const runs = rows >= 100_000 ? 5 : 15;
    let findings = 0;
    const time = median(runs, () => {
      const result = checkWorkbook(grid, { profile, today: '2023-11-01' });
      findings = result.ok ? result.findings.length : -1;
    });
    lines.push(
      `  ${String(rows).padStart(7)} rader: ${ms(time)} (${(time / (rows / 1000)).toFixed(2)} ms per 1000 rader, ${findings} funn)`,
    );
  }
  return lines;
}
