import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { syntheticGrid } from './grid';
import { median } from './measure';
import { buildCli } from './startup';

const BIN = resolve(__dirname, '../bin/behovsmelding.js');
const RUNS = 3;

/** The CLI's wall time for 50 small workbooks in one invocation, and for one: the difference is the cost per file. */
export async function benchCli(): Promise<string[]> {
  buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'behovsmelding-bench-'));
  try {
    const files: string[] = [];
    const rows = syntheticGrid(12).sheets[0]!.cells;
    for (let i = 0; i < 50; i++) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Tiltak');
      rows.forEach((r) => ws.addRow(r));
      const file = join(dir, `eier-${i + 1}.xlsx`);
      await wb.xlsx.writeFile(file);
      files.push(file);
    }
    const run = (args: string[]) => {
      const r = spawnSync(process.execPath, [BIN, 'validate', ...args, '--json', '--today', '2023-11-01'], { encoding: 'utf8' });
      if (r.status === 2) throw new Error(r.stderr);
    };
    const one = median(RUNS, () => run([files[0]!]));
    const fifty = median(RUNS, () => run(files));
    return [
      `Kommandolinjen (egen prosess, inkludert oppstart), median av ${RUNS}:`,
      `  1 arbeidsbok:   ${one.toFixed(0)} ms`,
      `  50 arbeidsbøker: ${fifty.toFixed(0)} ms (${((fifty - one) / 49).toFixed(1)} ms per ekstra fil)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
