import fc from 'fast-check';
import { formatNok, formatPercent, nameKey, wordCount } from '../../src/domain/format';

describe('formatting for messages', () => {
  it('writes kroner and percent the Norwegian way', () => {
    expect(formatNok(1234567)).toBe('1 234 567 kr');
    expect(formatNok(150000.5)).toBe('150 000,50 kr');
    expect(formatPercent(0.3001)).toBe('30,01 %');
    expect(formatPercent(0.3)).toBe('30 %');
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
