import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticGrid } from './grid';

const BIN = resolve(__dirname, '../bin/behovsmelding.js');

/** The CLI's wall time for 50 small workbooks in one invocation, and for one. */
export async function benchCli(): Promise<string[]> {
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
    const time = (args: string[]) => {
      const start = performance.now();
      const r = spawnSync(process.execPath, [BIN, 'validate', ...args, '--json', '--today', '2023-11-01'], { encoding: 'utf8' });
      if (r.status === 2) throw new Error(r.stderr);
      return performance.now() - start;
    };
    const one = time([files[0]!]);
    const fifty = time(files);
    return [
      'Kommandolinjen (egen prosess, inkludert oppstart):',
      `  1 arbeidsbok:   ${one.toFixed(0)} ms`,
      `  50 arbeidsbøker: ${fifty.toFixed(0)} ms (${((fifty - one) / 49).toFixed(1)} ms per ekstra fil)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
