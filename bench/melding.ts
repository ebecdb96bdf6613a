import { nb } from '../src/i18n';
/**
 * How long the melding takes to write as .xlsx and as PDF, for 5 and for 500 tiltak in one
 * melding. Median of a few runs after one warm-up (the first PDF loads pdfmake and fonts).
 * Then `melding --pdf` as a process of its own on a workbook whose description cell holds as
 * much as Excel allows (32 767 characters), beside the same workbook with a short one: wall time
 * and peak memory, with the load average (the machine is shared).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MeldingDocument } from '../src/domain/melding';
import { renderMeldingPdf } from '../src/pdf/melding-pdf';
import { writeMeldingOnlyWorkbook } from '../src/xlsx/melding-workbook';
import { buildDoc, manyRows } from '../tests/melding/fixtures';
import { writeOwnerWorkbook } from '../tests/oversikt/workbooks';
import { medianAsync, middle } from './measure';
import { buildCli } from './startup';

const SIZES = [
  { tiltak: 5, runs: 7 },
  { tiltak: 500, runs: 3 },
];

const ms = (t: number) => `${t.toFixed(t < 100 ? 1 : 0)} ms`;

export async function benchMelding(): Promise<string[]> {
  const lines: string[] = [];
  for (const { tiltak, runs } of SIZES) {
    const doc: MeldingDocument = buildDoc(manyRows(tiltak));
    const label = `melding, ${String(tiltak).padStart(3)} tiltak`;
    const only = await medianAsync(runs, () => writeMeldingOnlyWorkbook(doc, nb));
    const pdf = await medianAsync(runs, () => renderMeldingPdf(doc, nb));
    lines.push(`${label}: xlsx ${ms(only)}, PDF ${ms(pdf)} (median av ${runs})`);
  }
  return [...lines, ...(await benchLongCell())];
}

const ROOT = resolve(__dirname, '..');
const LONG_CELL_RUNS = 3;

/** `melding --pdf` on one workbook per description: its wall time and peak memory (median of a few processes). */
async function benchLongCell(): Promise<string[]> {
  buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'behovsmelding-bench-'));
  try {
    const descriptions = [
      { label: 'kort beskrivelse', text: 'Skolebasert arbeid med lesing' },
      { label: '32 767 tegn, ord', text: 'lesing og skriving '.repeat(1725).slice(0, 32767) },
      { label: '32 767 tegn, ett ord', text: 'x'.repeat(32767) },
    ];
    const lines = [
      `melding --pdf i egen prosess (median av ${LONG_CELL_RUNS}), belastning ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}:`,
    ];
    for (const [i, { label, text }] of descriptions.entries()) {
      const file = join(dir, `lang-${i}.xlsx`);
      await writeOwnerWorkbook(file, { partnerskap: 'Vest', eiere: 'Hole', tiltak: [{ tittel: 'Lesing', beskrivelse: text }] });
      const times: number[] = [];
      const peaks: number[] = [];
      for (let run = 0; run < LONG_CELL_RUNS; run++) {
        const start = performance.now();
        const args = ['-r', join(ROOT, 'bench/peak-memory.cjs'), join(ROOT, 'bin/behovsmelding.js'), 'melding', file];
        const out = ['--out', join(dir, `m-${i}-${run}.xlsx`), '--pdf', join(dir, `m-${i}-${run}.pdf`), '--today', '2023-11-01'];
        const r = spawnSync(process.execPath, [...args, ...out], { encoding: 'utf8' });
        times.push(performance.now() - start);
        if (r.status === 2) throw new Error(r.stderr);
        peaks.push(Number(/peak-rss-kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024);
      }
      lines.push(`  ${label.padEnd(22)} ${(middle(times) / 1000).toFixed(1)} s, høyeste minne ${middle(peaks).toFixed(0)} MB`);
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void benchMelding().then((lines) => lines.forEach((line) => console.log(line)));
}
