import { HELP_PAGES, helpPage, inlineHtml } from '../../src/help/page';
import { help as nb } from '../../src/i18n/nb/help';
import { help as nn } from '../../src/i18n/nn/help';
import { pane as nbPane } from '../../src/i18n/nb/pane';
import { pane as nnPane } from '../../src/i18n/nn/pane';

describe('the help page (dist/hjelp.html, dist/hjelp-nn.html)', () => {
  it('is a whole page in each language, linking to the other one', () => {
    for (const [language, texts, other] of [
      ['nb', nb, 'hjelp-nn.html'],
      ['nn', nn, 'hjelp.html'],
    ] as const) {
      const html = helpPage(language, { version: '1.2.3' });
      expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${language}">`));
      expect(html).toContain(`<a href="${other}" hreflang="${language === 'nb' ? 'nn' : 'nb'}"`);
      expect(html).toContain('Behovsmelding versjon 1.2.3');
      for (const section of Object.values(texts.sections)) expect(html).toContain(`>${inlineHtml(section.heading)}</h2>`);
      expect(html).not.toMatch(/<script/);
    }
    expect(HELP_PAGES).toEqual({ nb: 'hjelp.html', nn: 'hjelp-nn.html' });
    // The pane's link under Hjelp opens the page of its language.
    expect({ nb: nbPane.help.pageFile, nn: nnPane.help.pageFile }).toEqual(HELP_PAGES);
  });

  it('says what the issue asks it to say, in both languages', () => {
    const page = helpPage('nb', { version: '1' });
    for (const needed of [
      'appsforoffice.microsoft.com',
      'WCAG 2.1',
      'forskrift om universell utforming',
      'Sjekk oppsettet',
      'Kilde',
      'Kontakt',
    ])
      expect(page).toContain(needed);
    const nynorsk = helpPage('nn', { version: '1' });
    for (const needed of ['appsforoffice.microsoft.com', 'WCAG 2.1', 'Tilgjengelegheitserklæring', 'Sjekk oppsettet', 'Kjelde', 'Kontakt'])
      expect(nynorsk).toContain(needed);
  });

  it('has the same sections with as many paragraphs, lists and steps in nynorsk as in bokmål', () => {
    const shape = (texts: typeof nb) =>
      Object.entries(texts.sections).map(([id, s]) => [
        id,
        s.blocks.map((b) => (typeof b === 'string' ? 'p' : 'steps' in b ? `ol${b.steps.length}` : `ul${b.list.length}`)),
      ]);
    expect(shape(nn)).toEqual(shape(nb));
  });

  it('turns the three marks into HTML and leaves everything else as text', () => {
    expect(inlineHtml('Trykk **Valider** i `npm run manifest` <script>&')).toBe(
      'Trykk <strong>Valider</strong> i <code>npm run manifest</code> &lt;script&gt;&amp;',
    );
    expect(inlineHtml('[hjelp](hjelp-nn.html) og [Microsoft](https://learn.microsoft.com/x)')).toBe(
      '<a href="hjelp-nn.html">hjelp</a> og <a href="https://learn.microsoft.com/x">Microsoft</a>',
    );
    expect(inlineHtml('[lokk](javascript:alert(1))')).toBe('[lokk](javascript:alert(1))');
  });
});
