import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { syntheticGrid } from './grid';

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'bin/behovsmelding.js');
const PEAK = join(ROOT, 'bench/peak-memory.cjs');

/** Wall time and peak memory of one whole Node process. */
function measure(args: string[]): { ms: number; mb: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['-r', PEAK, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const peak = /peak-rss-kb=(\d+)/.exec(r.stderr);
  if (r.status === 2 || !peak) throw new Error(r.stderr.slice(0, 500));
  return { ms, mb: Number(peak[1]) / 1024 };
}

const cli = (...args: string[]) => measure([BIN, ...args, '--json', '--today', '2023-11-01']);
const withReader = (reader: string, files: string[]) =>
  measure(['-r', 'tsx/cjs', join(ROOT, 'bench/validate-process.ts'), reader, ...files]);
const fmt = (m: { ms: number; mb: number }) => `${(m.ms / 1000).toFixed(2)} s, ${m.mb.toFixed(0)} MB`;
const column = (m: { ms: number; mb: number }) => fmt(m).padEnd(18);

export async function writeTable(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Tiltak');
  for (const r of syntheticGrid(rows).sheets[0]!.cells) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
}

/**
 * Issue 9's figures, each a whole process (start, read, check, JSON out) so time and peak
 * memory are what a user gets: our cell reader (the CLI, and the same pipeline as the exceljs
 * run) beside exceljs `xlsx.load`; the cost per file over 500 small workbooks; `melding` as
 * the table grows.
 */
export async function benchXlsxRead(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'behovsmelding-xlsx-'));
  try {
    const lines = ['Lese og sjekke .xlsx, hele prosessen (tid, høyeste minnebruk):'];
    lines.push(`  ${'rader'.padStart(7)}  ${'kommandolinjen'.padEnd(18)}  ${'egen leser'.padEnd(18)}  exceljs`);
    for (const rows of [10_000, 100_000]) {
      const file = join(dir, `tiltak-${rows}.xlsx`);
      await writeTable(file, rows);
      lines.push(
        `  ${String(rows).padStart(7)}  ${column(cli('validate', file))}  ${column(withReader('egen', [file]))}  ${fmt(withReader('exceljs', [file]))}`,
      );
    }

    const small: string[] = [];
    for (let i = 0; i < 500; i++) {
      small.push(join(dir, `eier-${i + 1}.xlsx`));
      await writeTable(small[i]!, 12);
    }
    const one = cli('validate', small[0]!);
    const all = cli('validate', ...small);
    const exOne = withReader('exceljs', [small[0]!]);
    const exAll = withReader('exceljs', small);
    const perFile = (a: { ms: number }, b: { ms: number }) => `${((b.ms - a.ms) / 499).toFixed(1)} ms per fil`;
    lines.push(
      '',
      '500 små arbeidsbøker (12 tiltak) i én kjøring:',
      `  kommandolinjen: ${(all.ms / 1000).toFixed(2)} s (1 fil ${(one.ms / 1000).toFixed(2)} s; ${perFile(one, all)})`,
      `  exceljs:        ${(exAll.ms / 1000).toFixed(2)} s (1 fil ${(exOne.ms / 1000).toFixed(2)} s; ${perFile(exOne, exAll)})`,
    );

    lines.push('', 'melding (kommandolinjen, hele prosessen: lese, sjekke, skrive xlsx; ti tiltak per partnerskap):');
    let previous: { rows: number; ms: number } | undefined;
    for (const rows of [250, 500, 1_000]) {
      const file = join(dir, `melding-${rows}.xlsx`);
      await writeTable(file, rows);
      const m = measure([BIN, 'melding', file, '--out', join(dir, `ut-${rows}.xlsx`), '--today', '2023-11-01']);
      // Linear in tiltak: each added tiltak costs the same, whatever the size.
      const added = previous ? `, ${((m.ms - previous.ms) / (rows - previous.rows)).toFixed(2)} ms per tiltak lagt til` : '';
      lines.push(`  ${String(rows).padStart(5)} tiltak: ${fmt(m)}${added}`);
      previous = { rows, ms: m.ms };
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
