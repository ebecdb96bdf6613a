import { nb } from '../src/i18n';
import { PROFILES } from '../src/domain/profiles';
import { checkWorkbook, checkWorkbookChoosing } from '../src/table/check';
import { syntheticGrid } from './grid';
import { leastCpu, median, ms } from './measure';

/**
 * Grid → findings (header detection, parsing, every rule) for growing tables, with each
 * built-in profile (a profile must not make checking slower), and with the profile chosen
 * from the table as the CLI and the pane do without --profile.
 */
export async function benchValidate(): Promise<string[]> {
  const lines = ['Fra celler til funn (readTiltakTable + validate), median:'];
  const sizes = [1_000, 10_000, 100_000];
  const grids = new Map(sizes.map((rows) => [rows, syntheticGrid(rows)]));
  for (const profile of PROFILES) {
    lines.push(`  ${profile.id}:`);
    for (const rows of sizes) {
      const grid = grids.get(rows)!;
      let findings = 0;
      const time = median(rows >= 100_000 ? 5 : 15, () => {
        const result = checkWorkbook(grid, { profile, today: '2023-11-01', texts: nb });
        findings = result.ok ? result.findings.length : -1;
      });
      lines.push(
        `  ${String(rows).padStart(9)} rader: ${ms(time)} (${(time / (rows / 1000)).toFixed(2)} ms per 1000 rader, ${findings} funn)`,
      );
    }
  }
  const grid = grids.get(10_000)!;
  let chosen = '';
  const time = median(15, () => {
    chosen = checkWorkbookChoosing(grid, { profiles: PROFILES, today: '2023-11-01', texts: nb }).choice.profile.id;
  });
  lines.push(`  profilen valgt fra tabellen (${chosen}), 10000 rader: ${ms(time)}`);
  // Issue 23's goal for the core, as CPU time: the wall times above carry the machine's load.
  const core = PROFILES.find((p) => p.id === 'kompetansenettverk-2024')!;
  const cpu = leastCpu(15, () => checkWorkbook(grid, { profile: core, today: '2023-11-01', texts: nb }));
  lines.push(`  kjernen, ${core.id}, 10000 rader: CPU-tid ${ms(cpu)} (minste av 15; mål ≤ 40 ms)`);
  return lines;
}
