import { nb } from '../src/i18n';
/**
 * How long the melding takes to write as .xlsx and as PDF, for 5 and for 500 tiltak in one
 * melding. Median of a few runs after one warm-up (the first PDF loads pdfmake and fonts).
 */
import type { MeldingDocument } from '../src/domain/melding';
import { renderMeldingPdf } from '../src/pdf/melding-pdf';
import { writeMeldingOnlyWorkbook } from '../src/xlsx/melding-workbook';
import { buildDoc, manyRows } from '../tests/melding/fixtures';
import { medianAsync } from './measure';

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
  return lines;
}

if (require.main === module) {
  void benchMelding().then((lines) => lines.forEach((line) => console.log(line)));
}
