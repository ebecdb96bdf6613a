/**
 * The melding is what the owner sends to the state: its PDF must carry every tiltak and every
 * amount of the melding sheet, and every word of every cell, however long (Excel allows 32 767
 * characters in a cell), read back with PDF.js.
 */
import type { MeldingDocument } from '../../src/domain/melding';
import { nb } from '../../src/i18n';
import { renderMeldingPdf } from '../../src/pdf/melding-pdf';
import type { RowInput } from '../domain/builders';
import { numberedWords, pdfPages, pdfText, wordsTagged } from '../pdf-text';
import { buildDoc, REALISTIC_ROWS } from './fixtures';

/**
 * One word without a space of `length` letters from q, x, z and w (letters no other text of a
 * melding holds), in a sequence that does not repeat: a piece lost, doubled or swapped shows.
 */
function unbrokenWord(length: number): string {
  const letters = 'qxzw';
  let state = 12345;
  let word = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    word += letters[(state >>> 16) % 4];
  }
  return word;
}

/** Tiltak `i` with amounts no other tiltak has, so that finding an amount proves its row is there. */
function tiltak(i: number, overrides: RowInput = {}): RowInput {
  const base = REALISTIC_ROWS[i % 2]!;
  return {
    ...base,
    nr: String(i + 1),
    tittel: `Tiltak nummer ${i + 1}`,
    tilskuddEier: 100000 + 1000 * i + 1,
    tilskuddUh: 50000 + 1000 * i + 2,
    koordinator: 1000 + i,
    egenandel: 40000 + 1000 * i + 3,
    ...overrides,
  };
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Every tiltak's title and every amount of the melding (each row's and the sums) is in the text. */
function expectEveryTiltakAndAmount(doc: MeldingDocument, text: string): void {
  const all = squash(text);
  for (const m of doc.meldinger) {
    const sum = (pick: (t: (typeof m.tiltak)[number]) => number | null) => m.tiltak.reduce((s, t) => s + (pick(t) ?? 0), 0);
    for (const t of m.tiltak) {
      const amounts = [t.tilskuddEier, t.tilskuddUh, (t.tilskuddEier ?? 0) + (t.tilskuddUh ?? 0), t.koordinator, t.egenandel];
      for (const amount of amounts)
        expect([t.tittel, nb.format.nok(amount ?? 0), all.includes(nb.format.nok(amount ?? 0))]).toEqual([
          t.tittel,
          nb.format.nok(amount ?? 0),
          true,
        ]);
      // A long title's words are checked one by one: other cells' lines come between its lines.
      if (t.tittel.length <= 100) expect([t.tittel, all.includes(t.tittel)]).toEqual([t.tittel, true]);
    }
    const eier = sum((t) => t.tilskuddEier);
    const uh = sum((t) => t.tilskuddUh);
    const totals = [eier, uh, eier + uh, sum((t) => t.koordinator), sum((t) => t.egenandel)].map((n) => nb.format.nok(n));
    expect(all).toContain(`Sum ${totals.join(' ')}`);
  }
}

describe('the PDF melding carries every tiltak, amount and word', () => {
  it.each([900, 5000, 32767])(
    'a description and a "who does what" of %i characters',
    async (length) => {
      const description = numberedWords('besk', length);
      const roles = numberedWords('ansv', length);
      // In the first row, which pdfmake keeps on one page with the table's headings.
      const doc = buildDoc([tiltak(0, { beskrivelse: description, ansvar: roles }), tiltak(1), tiltak(2)]);
      const text = pdfText(await renderMeldingPdf(doc, nb));
      expectEveryTiltakAndAmount(doc, text);
      expect(wordsTagged(text, 'besk')).toEqual(wordsTagged(description, 'besk'));
      expect(wordsTagged(text, 'ansv')).toEqual(wordsTagged(roles, 'ansv'));
    },
    120_000,
  );

  it('a tiltak title and a criterion of 32 767 characters, and a long partnership name', async () => {
    const title = numberedWords('titl', 32767);
    const anchoring = numberedWords('fora', 32767);
    const partnership = numberedWords('part', 600);
    const doc = buildDoc([tiltak(0, { tittel: title, forankring: anchoring }), tiltak(1)].map((t) => ({ ...t, partnerskap: partnership })));
    const pdf = await renderMeldingPdf(doc, nb);
    const text = pdfText(pdf);
    expectEveryTiltakAndAmount(doc, text);
    // The title stands in the tiltak table and again over the tiltak's criteria.
    expect(wordsTagged(text, 'titl')).toEqual([...wordsTagged(title, 'titl'), ...wordsTagged(title, 'titl')]);
    expect(wordsTagged(text, 'fora')).toEqual(wordsTagged(anchoring, 'fora'));
    // The partnership's name in full in the melding's title and in the partnership table on page 1.
    const name = wordsTagged(partnership, 'part');
    expect(wordsTagged(pdfPages(pdf)[0]!, 'part').slice(0, 2 * name.length)).toEqual([...name, ...name]);
  }, 120_000);

  it('one unbroken word of 32 767 characters (what Excel allows in a cell)', async () => {
    const word = unbrokenWord(32767);
    const doc = buildDoc([tiltak(0), tiltak(1, { beskrivelse: word }), tiltak(2)]);
    const text = pdfText(await renderMeldingPdf(doc, nb));
    expectEveryTiltakAndAmount(doc, text);
    expect((text.match(/[qxzw]+/g) ?? []).join('')).toBe(word);
  }, 120_000);

  it('many tiltak over many pages', async () => {
    const doc = buildDoc(Array.from({ length: 150 }, (_, i) => tiltak(i)));
    const text = pdfText(await renderMeldingPdf(doc, nb));
    expect(doc.meldinger.reduce((n, m) => n + m.tiltak.length, 0)).toBe(150);
    expectEveryTiltakAndAmount(doc, text);
  }, 120_000);
});
