import { writeMeldingSheets } from '../../src/excel/melding';
import { GOOD_ROW } from '../domain/builders';
import { buildDoc, manyRows } from '../melding/fixtures';
import { fakeRun, FakeWorkbook } from './fake-excel';

function userBook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet('Tiltak').set('A1', 'Tiltak');
  return book;
}

describe('Lag behovsmelding in Excel', () => {
  it.each([5, 200])('writes the melding set for %i tiltak in 2 syncs', async (count) => {
    const book = userBook();
    const { run, stats } = fakeRun(book);
    const names = await writeMeldingSheets(run, buildDoc(manyRows(count)));
    expect(stats.syncs).toBe(2);
    expect(book.sheets.map((s) => s.name)).toEqual(['Tiltak', ...names]);
    expect(book.names.map((n) => n.formula)).toEqual(names.map((n) => `='${n}'!$A$1`));
  });

  it('writes text that looks like a formula as text, and totals as live formulas', async () => {
    const book = userBook();
    const doc = buildDoc([{ ...GOOD_ROW, tittel: '=HYPERLINK("http://x")', ansvar: '-5 % av tiden til UH' }]);
    await writeMeldingSheets(fakeRun(book).run, doc);
    const values = book.writes.filter((w) => w.path.endsWith('.values')).map((w) => (w.value as unknown[][])[0]![0]);
    expect(values).toContain(`'=HYPERLINK("http://x")`);
    expect(values).toContain(`'-5 % av tiden til UH`);
    const formulas = book.writes.filter((w) => w.path.endsWith('.formulas')).map((w) => (w.value as string[][])[0]![0]!);
    expect(formulas.some((f) => /^=SUM\(/.test(f))).toBe(true);
    expect(book.writes.some((w) => w.path === 'pageLayout.paperSize' && w.value === 'A4')).toBe(true);
    expect(book.writes.some((w) => w.path.startsWith('pageLayout.setPrintTitleRows('))).toBe(true);
  });

  it('replaces only the sheets it generated, never a user sheet with the same name', async () => {
    const book = userBook();
    const { run } = fakeRun(book);
    const first = await writeMeldingSheets(run, buildDoc());
    book.addSheet('Min kopi');
    await writeMeldingSheets(run, buildDoc());
    expect(book.sheets.map((s) => s.name)).toEqual(['Tiltak', 'Min kopi', ...first]);
    expect(book.names).toHaveLength(first.length);

    // A user's own sheet named like a melding stays; the new melding takes another name.
    const other = userBook();
    other.addSheet(first[0]!).set('A1', 'mitt');
    const written = await writeMeldingSheets(fakeRun(other).run, buildDoc());
    expect(other.sheet(first[0]!).cells.get('A1')).toBe('mitt');
    expect(written[0]).not.toBe(first[0]);
  });
});
