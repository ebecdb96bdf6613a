import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: Array<{ name: string }>;
}

/** The import matrix (.dependency-cruiser.cjs) over `src` of the folder `cwd`: each violation as "rule: from → to". */
function violations(cwd: string): string[] {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(run.stderr);
  const report = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  return report.summary.violations
    .map((v) => `${v.rule.name}: ${v.cycle ? [v.from, ...v.cycle.map((c) => c.name)].join(' → ') : `${v.from} → ${v.to}`}`)
    .sort();
}

describe('the import matrix of ARCHITECTURE.md', () => {
  it('holds for every import in src/, nested folders included, and no import closes a cycle', () => {
    expect(violations(ROOT)).toEqual([]);
  });

  it('refuses what the matrix forbids: the domain loading excel/ or a catalogue, excel/ importing the pane, front ends importing each other, a type-import cycle', () => {
    expect(violations(path.join(__dirname, 'architecture/broken'))).toEqual([
      'no-cycle: src/cli/main.ts → src/cli/melding.ts → src/cli/main.ts',
      'not-in-allowed: src/domain/rule.ts → src/excel/highlight.ts',
      'not-in-allowed: src/domain/rule.ts → src/i18n/catalogue.ts',
      'not-in-allowed: src/excel/highlight.ts → src/taskpane/title.ts',
      'not-in-allowed: src/taskpane/title.ts → src/cli/main.ts',
    ]);
  });
});
