/**
 * How long the melding takes to write as .xlsx and as PDF, for 5 and for 500 tiltak in one
 * melding. Median of a few runs after one warm-up (the first PDF loads pdfmake and fonts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MeldingDocument } from '../src/domain/melding';
import { renderMeldingPdf } from '../src/pdf/melding-pdf';
import { writeMeldingOnlyWorkbook, writeMeldingWorkbook } from '../src/xlsx/melding-workbook';
import { buildDoc, manyRows } from '../tests/melding/fixtures';

const SIZES = [
  { tiltak: 5, runs: 7 },
  { tiltak: 500, runs: 3 },
];

async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ms = (t: number) => `${t.toFixed(t < 100 ? 1 : 0)} ms`;

export async function benchMelding(): Promise<string[]> {
  const sample = new Uint8Array(await readFile(join(__dirname, '..', 'assets', 'eksempel.xlsx')));
  const lines: string[] = [];
  for (const { tiltak, runs } of SIZES) {
    const doc: MeldingDocument = buildDoc(manyRows(tiltak));
    const label = `melding, ${String(tiltak).padStart(3)} tiltak`;
    const only = await median(runs, () => writeMeldingOnlyWorkbook(doc));
    const into = await median(runs, () => writeMeldingWorkbook(sample, doc));
    const pdf = await median(runs, () => renderMeldingPdf(doc));
    lines.push(`${label}: xlsx alene ${ms(only)}, xlsx i eksempel.xlsx ${ms(into)}, PDF ${ms(pdf)} (median av ${runs})`);
  }
  return lines;
}

if (require.main === module) {
  void benchMelding().then((lines) => lines.forEach((line) => console.log(line)));
}
