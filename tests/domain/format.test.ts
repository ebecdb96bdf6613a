import fc from 'fast-check';
import { nameKey, shownText, wordCount } from '../../src/domain/format';

describe('formatting for messages', () => {
  it('quotes a date cell as Norwegians write dates, and other text as it is', () => {
    expect(shownText('2024-08-01')).toBe('1.8.2024');
    expect(shownText('fra 2024-08-01 til 2025-06-30')).toBe('fra 1.8.2024 til 30.6.2025');
    expect(shownText('høst-2024')).toBe('høst-2024');
  });

  it('counts words with a letter or digit, stopping at the limit', () => {
    expect(wordCount('Ja')).toBe(1);
    expect(wordCount('Økt – bedre «lesing»')).toBe(3);
    expect(wordCount('  Ansatte\u00a0og ledere\n er med ')).toBe(5);
    expect(wordCount('a b c d e f', 4)).toBe(4);
    expect(wordCount('- – …')).toBe(0);
  });

  it('agrees with a plain split for ASCII text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9 .,-]{0,60}$/), (text) => {
        const expected = text.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length;
        expect(wordCount(text)).toBe(expected);
      }),
    );
  });

  it('folds names insensitive to case, accents, Norwegian letters and punctuation', () => {
    expect(nameKey('Øvre Eiker')).toBe('ovreeiker');
    expect(nameKey('ØVRE-EIKER')).toBe(nameKey('øvre eiker'));
    expect(nameKey('Bærum')).toBe('baerum');
    expect(nameKey('Tromsø, Ålesund')).toBe('tromsoalesund');
    expect(nameKey('Café')).toBe('cafe');
  });
});
