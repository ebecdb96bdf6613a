import { findProfile } from '../src/domain/profiles';
import { writeMeldingSheets } from '../src/excel/melding';
import { createExcelPort, type ExcelRun } from '../src/excel/port';
import { checkWorkbook } from '../src/table/check';
import { columnLetter } from '../src/table/grid';
import { buildDoc, manyRows } from '../tests/melding/fixtures';
import { FakeContext, FakeWorkbook } from '../tests/excel/fake-excel';
import { syntheticGrid } from './grid';

/** context.sync() calls per action, counted on the Office.js stand-in the tests use (no Excel here). */
export async function benchExcelSyncs(): Promise<string[]> {
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => true } } };
  const profile = findProfile('kompetansenettverk-2024')!;
  const lines = ['Office.js-kall (context.sync) per handling, målt mot testenes Excel-modell:'];
  for (const rows of [10, 1_000, 50_000]) {
    const book = new FakeWorkbook();
    const sheet = book.addSheet('Tiltak');
    syntheticGrid(rows).sheets[0]!.cells.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== null && typeof v !== 'object') sheet.set(`${columnLetter(c)}${r + 1}`, v);
      }),
    );
    let syncs = 0;
    let largest = 0;
    const run: ExcelRun = async (batch) => {
      const ctx = new FakeContext(book);
      try {
        return await batch(ctx as unknown as Excel.RequestContext);
      } finally {
        syncs += ctx.syncs;
        largest = Math.max(largest, ctx.largestResponse);
      }
    };
    const port = createExcelPort(run);
    await port.prepare();
    const before = syncs;
    await port.check((grid) => {
      const r = checkWorkbook(grid, { profile, today: '2023-11-01' });
      return r.ok ? r.findings : [];
    });
    const validate = syncs - before;
    const cleared = syncs;
    await port.clearHighlights();
    lines.push(
      `  ${String(rows).padStart(6)} rader: Valider ${validate} (+1 én gang når panelet åpnes), Fjern markering ${syncs - cleared}, største svar ${(largest / 1e6).toFixed(2)} MB`,
    );
  }
  for (const count of [5, 500]) {
    const book = new FakeWorkbook();
    book.addSheet('Tiltak').set('A1', 'x');
    let syncs = 0;
    await writeMeldingSheets(
      async (batch) => {
        const ctx = new FakeContext(book);
        try {
          return await batch(ctx as unknown as Excel.RequestContext);
        } finally {
          syncs += ctx.syncs;
        }
      },
      buildDoc(manyRows(count)),
    );
    lines.push(`  Lag behovsmelding, ${count} tiltak: ${syncs} syncs`);
  }
  return lines;
}
