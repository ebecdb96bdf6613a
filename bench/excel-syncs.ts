import { findProfile } from '../src/domain/profiles';
import { writeMeldingSheets } from '../src/excel/melding';
import { createExcelPort } from '../src/excel/port';
import { checkWorkbook } from '../src/table/check';
import { columnLetter } from '../src/table/grid';
import { buildDoc, manyRows } from '../tests/melding/fixtures';
import { fakeRun, FakeWorkbook } from '../tests/excel/fake-excel';
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
    const { run, stats } = fakeRun(book);
    const port = createExcelPort(run);
    await port.prepare();
    const before = stats.syncs;
    await port.check((grid) => {
      const r = checkWorkbook(grid, { profile, today: '2023-11-01' });
      return r.ok ? r.findings : [];
    });
    const validate = stats.syncs - before;
    const cleared = stats.syncs;
    await port.clearHighlights();
    lines.push(
      `  ${String(rows).padStart(6)} rader: Valider ${validate} (+1 én gang når panelet åpnes), Fjern markering ${stats.syncs - cleared}, største svar ${(stats.largestResponse / 1e6).toFixed(2)} MB`,
    );
  }
  for (const count of [5, 500]) {
    const book = new FakeWorkbook();
    book.addSheet('Tiltak').set('A1', 'x');
    const { run, stats } = fakeRun(book);
    await writeMeldingSheets(run, buildDoc(manyRows(count)));
    lines.push(`  Lag behovsmelding, ${count} tiltak: ${stats.syncs} syncs`);
  }
  return lines;
}
