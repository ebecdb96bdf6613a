import fc from 'fast-check';
import { breakableText, heightBound } from '../../src/pdf/fit-pages';

const pieces = (text: string) => [breakableText(text)].flat();

describe('breakableText', () => {
  it('leaves ordinary text as it is', () => {
    expect(breakableText('Lesing i alle fag på mellomtrinnet – høst 2024')).toBe('Lesing i alle fag på mellomtrinnet – høst 2024');
  });

  it('cuts a long run into pieces that join to the same text, never inside a character', () => {
    const chars = fc.constantFrom('a', 'æ', 'ø', ' ', '\n', '😀', 'e\u0301', '-', 'W');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 400 }), (list) => {
        const text = list.join('');
        const parts = pieces(text);
        expect(parts.join('')).toBe(text);
        for (const part of parts.slice(1)) expect(part).not.toMatch(/^(?:[\uDC00-\uDFFF]|\u0301)/u);
        // No run without a space longer than a piece (and the marks that belong to its last character).
        for (const part of parts)
          for (const run of part.match(/\S+/gu) ?? []) expect([...run.replace(/\u0301/g, '')].length).toBeLessThanOrEqual(32);
      }),
    );
  });

  it('cuts an unbroken word of 32 767 characters into pieces of 32', () => {
    const parts = pieces('x'.repeat(32767));
    expect(parts).toHaveLength(Math.ceil(32767 / 32));
    expect(new Set(parts.slice(0, -1).map((p) => p.length))).toEqual(new Set([32]));
  });
});

describe('heightBound', () => {
  it('counts every character as wide as the font and every line break', () => {
    // 100 points at 10 points a character: 10 characters a line.
    expect(heightBound('x'.repeat(25), 100, 10, 1)).toBe(30);
    expect(heightBound('a\nb\n\nc', 100, 10, 1.5)).toBe(60);
  });
});
