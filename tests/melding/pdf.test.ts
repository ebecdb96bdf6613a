import { nb } from '../../src/i18n';
import { meldingPdfDefinition, renderMeldingPdf } from '../../src/pdf/melding-pdf';
import { preparePdfMake, type PdfMake } from '../../src/pdf/pdfmake';
import { pdfPages as pagesOf } from '../pdf-text';
import { buildDoc, manyRows, REALISTIC_ROWS } from './fixtures';

const squash = (text: string) => text.replace(/\s+/g, ' ');

const mixed = buildDoc([
  ...REALISTIC_ROWS,
  {
    ...REALISTIC_ROWS[0]!,
    nr: '3',
    tittel: 'Lek og språk i barnehagen',
    ordning: 'regional',
    forankring: undefined,
    tilskuddUh: { kind: 'invalid', raw: 'ca. 5000', reason: 'unreadable' },
  },
]);

describe('renderMeldingPdf', () => {
  let pages: string[];
  beforeAll(async () => {
    pages = pagesOf(await renderMeldingPdf(mixed, nb));
  });
  const pagesWith = (text: string) => pages.filter((p) => squash(p).includes(text));

  it('renders the title block, partnership and tiltak table with Norwegian letters intact', () => {
    const all = squash(pages.join(' '));
    for (const text of [
      'Behovsmelding – Vest-Viken – desentralisert ordning',
      'Komplett – ingen feil',
      'Universitetet i Sørøst-Norge',
      'Ansatte og tillitsvalgte involvert',
      'Avtale – når 2024–2025',
      'Lesing i alle fag på',
      'Vurdering for læring – ungdomstrinnet',
      'Tilskudd eier',
      'høst 2024',
      'vår 2025',
    ]) {
      expect([text, all.includes(text)]).toEqual([text, true]);
    }
  });

  it('formats NOK amounts, totals and shares with their caps', () => {
    const first = squash(pages.filter((p) => p.includes('desentralisert ordning')).join(' '));
    expect(first).toMatch(/400 000 kr\s+250 000 kr\s+650 000 kr\s+60 000 kr\s+130 000 kr/);
    expect(first).toMatch(/Sum\s+700 000 kr\s+450 000 kr\s+1 150 000 kr\s+60 000 kr\s+220 000 kr/);
    expect(first).toMatch(/Koordinator av eiers midler\s+60 000 kr\s+700 000 kr\s+8,57 %\s+maks 30 %\s+OK/);
    expect(first).toMatch(/Egenandel av eiers midler\s+220 000 kr\s+700 000 kr\s+31,43 %\s+min\. 30 %\s+OK/);
  });

  it('shows the criteria per tiltak, the coordinator justification and an empty criterion', () => {
    const all = squash(pages.join(' '));
    expect(all).toContain('1. Lesing i alle fag på mellomtrinnet');
    expect(all).toContain('Styrking av lærerutdanningen Lærerstudenter fra USN');
    expect(all).toContain('Begrunnelse for koordinator Tre kommuner og fjorten skoler');
    expect(all).toMatch(/Forankring\s+Ikke fylt ut/);
  });

  it('marks the draft melding, and only it, with UTKAST and lists its findings', () => {
    const draft = mixed.meldinger[1]!;
    const mark = `UTKAST – ikke komplett (${draft.errors} feil)`;
    const draftPages = pagesWith('Behovsmelding – Vest-Viken – regional ordning');
    expect(draftPages.length).toBeGreaterThan(0);
    expect(draftPages.every((p) => squash(p).includes(mark))).toBe(true);
    expect(pagesWith('Behovsmelding – Vest-Viken – desentralisert ordning').some((p) => p.includes('UTKAST'))).toBe(false);
    const draftText = squash(draftPages.join(' '));
    expect(draftText).toContain('Kan ikke leses');
    expect(draftText).toMatch(/Funn.*Alvorlighet/);
    expect(draftText).toContain(draft.findings.find((f) => f.severity === 'error')!.message);
  });

  it('starts each melding on its own page and numbers the pages within it', () => {
    const footers = pages.map((p) => /Side (\d+) av (\d+)/.exec(p)?.slice(1).join('/'));
    const firstOfDraft = pages.findIndex((p) => p.includes('Regional ordning'));
    expect(firstOfDraft).toBeGreaterThan(0);
    const n = firstOfDraft;
    expect(footers.slice(0, n)).toEqual(Array.from({ length: n }, (_, i) => `${i + 1}/${n}`));
    const m = pages.length - n;
    expect(footers.slice(n)).toEqual(Array.from({ length: m }, (_, i) => `${i + 1}/${m}`));
  });

  it('repeats the tiltak table header on every page the table spans', async () => {
    const big = pagesOf(await renderMeldingPdf(buildDoc(manyRows(40)), nb));
    // A table row starts with its Nr, then the title; criteria headings read "12. Tiltak 12: …".
    const withRows = big.filter((p) => /^\s*\d+\s+Tiltak \d+:/m.test(p));
    expect(withRows.length).toBeGreaterThan(2);
    expect(withRows.every((p) => /Nr\.\s+Tiltak\s+Fase\s+Hva som gjøres/.test(p))).toBe(true);
  });

  it('works with the browser build of pdfmake and its virtual file system fonts', async () => {
    const browserBuild = require('pdfmake/build/pdfmake.js') as PdfMake;
    const text = squash(pagesOf(await renderMeldingPdf(buildDoc(), nb, await preparePdfMake(browserBuild))).join(' '));
    expect(text).toContain('Universitetet i Sørøst-Norge');
    expect(text).toContain('Styrking av lærerutdanningen');
  });
});

describe('meldingPdfDefinition', () => {
  it('is A4 landscape with one section per melding, watermarked only when a draft', () => {
    const def = meldingPdfDefinition(mixed, nb);
    expect([def.pageSize, def.pageOrientation]).toEqual(['A4', 'landscape']);
    const sections = def.content as { section: unknown; watermark?: { text: string } }[];
    expect(sections).toHaveLength(2);
    expect(sections.map((s) => s.watermark?.text)).toEqual([undefined, 'UTKAST']);
  });
});
