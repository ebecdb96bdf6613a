import { nb } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { meldingPdfDefinition, renderMeldingPdf } from '../../src/pdf/melding-pdf';
import { meldingSheetSpec } from '../../src/sheet/melding-sheet';
import type { SheetSpec } from '../../src/sheet/spec';
import { pdfPages } from '../pdf-text';
import { buildDoc, REALISTIC_ROWS } from './fixtures';

const nn = textsFor('nn');

/** Over the coordinator cap and without a criterion: a draft with findings and a share over its limit. */
const ROWS = [{ ...REALISTIC_ROWS[0]!, koordinator: 350000, forankring: undefined }, REALISTIC_ROWS[1]!];
const docNb = buildDoc(ROWS);
const docNn = buildDoc(ROWS, { texts: nn });
const sheetNb = meldingSheetSpec(docNb.meldinger[0]!, docNb, nb);
const sheetNn = meldingSheetSpec(docNn.meldinger[0]!, docNn, nn);

/** The sheet's own words: labels, headings, column headers and the status line, not the user's data. */
const OWN_STYLES = new Set(['label', 'section', 'tableHeader', 'tableHeaderNumber', 'totalLabel', 'statusDraft', 'statusFinal']);
const ownWords = (s: SheetSpec) =>
  s.cells.filter((c) => OWN_STYLES.has(c.style) && typeof c.value === 'string').map((c) => c.value as string);

describe('the melding in nynorsk', () => {
  it('has the same cells and formulas as in bokmål, in other words', () => {
    expect(sheetNn.cells.map((c) => c.address)).toEqual(sheetNb.cells.map((c) => c.address));
    expect(ownWords(sheetNn)).not.toEqual(ownWords(sheetNb));
    expect(ownWords(sheetNn)).toEqual(
      expect.arrayContaining(['Partnarskap', 'Kva som blir gjort', 'Tilskot eigar', 'Fleirårig', 'Delar og grenser', 'Skriftleg avtale']),
    );
    for (const word of ownWords(sheetNn)) expect(word).not.toMatch(/\b(ikke|hva|hvem|tilskudd|eiers|generert|advarsel|kilde)\b/i);
    expect(sheetNn.cells.find((c) => c.style === 'statusDraft')?.value).toBe('UTKAST – ikkje komplett (2 feil)');
  });

  it('judges its shares in its own words, in the cells, the formulas and the highlight', () => {
    const verdicts = sheetNn.cells.filter((c) => c.style === 'shareStatus');
    const formula = verdicts.map((c) => c.value).find((v) => typeof v === 'object' && v !== null) as { formula: string; result: string };
    expect(formula.formula).toContain('"OK","Over grensa"');
    expect(formula.result).toBe('Over grensa');
    expect(sheetNn.conditionalFormats.map((c) => c.containsText)).toEqual(['Over grensa', 'Under grensa']);
    expect(sheetNb.conditionalFormats.map((c) => c.containsText)).toEqual(['Over grensen', 'Under grensen']);
    const fler = sheetNn.cells.map((c) => c.value).find((v) => typeof v === 'object' && v !== null && v.formula.startsWith('SUMIF'));
    expect(fler).toMatchObject({ formula: expect.stringContaining(',"Ja",') });
  });

  it('is a nynorsk PDF: its language, headings, footer and findings', async () => {
    expect(meldingPdfDefinition(docNn, nn).language).toBe('nn-NO');
    expect(meldingPdfDefinition(docNb, nb).language).toBe('nb-NO');
    const text = pdfPages(await renderMeldingPdf(docNn, nn))
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const words of [
      'Kriteria for kvart tiltak',
      'Laga 1.11.2023',
      'Side 1 av',
      'Slik rettar du det',
      'Koordinator av midlane til eigaren',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toContain('Det står ikkje korleis «Lesing i alle fag på mellomtrinnet» (rad 2) er forankra.');
    expect(text).not.toContain('Generert');
  });
});
