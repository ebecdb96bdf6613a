import fc from 'fast-check';
import { parseAmount } from '../../src/table/parse/amount';
import { invalid, ok } from './helpers';

/** Digits grouped by threes with `sep`, the way people type amounts. */
function grouped(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

describe('parseAmount: numbers', () => {
  it('takes numbers as they are, rounded to øre', () => {
    expect(parseAmount(150000)).toEqual(ok(150000, '150000'));
    expect(parseAmount(1234.5678)).toEqual(ok(1234.57, '1234.5678'));
    expect(parseAmount(-5000)).toEqual(ok(-5000, '-5000'));
    expect(parseAmount(0)).toEqual(ok(0, '0'));
  });

  it('refuses numbers that are not finite', () => {
    expect(parseAmount(Number.NaN)).toEqual(invalid('unreadable', 'NaN'));
    expect(parseAmount(Number.POSITIVE_INFINITY)).toEqual(invalid('unreadable'));
  });

  it('refuses booleans and dates in an amount cell', () => {
    expect(parseAmount(true)).toEqual(invalid('unreadable', 'SANN'));
    expect(parseAmount(new Date(Date.UTC(2024, 0, 1)))).toEqual(invalid('unreadable', '2024-01-01'));
  });
});

describe('parseAmount: text as people type it', () => {
  it.each([
    ['150000', 150000],
    ['150 000', 150000],
    ['150\u00a0000', 150000],
    ['150\u2009000', 150000],
    ['150\u202f000', 150000],
    ['150 000 kr', 150000],
    ['150 000 kr.', 150000],
    ['150 000 kroner', 150000],
    ['kr 150.000,-', 150000],
    ['kr. 150 000', 150000],
    ['Kr 150 000,00', 150000],
    ['NOK 150 000', 150000],
    ['150 000 NOK', 150000],
    ['150 000,-', 150000],
    ['150.000,–', 150000],
    ['150.000,50', 150000.5],
    ['150 000,5', 150000.5],
    ['1.500', 1500],
    ['1.000.000', 1000000],
    ['1,5', 1.5],
    ['1234,567', 1234.57],
    ['1,5 mill', 1500000],
    ['1,5 millioner', 1500000],
    ['1,5 million', 1500000],
    ['2 mill.', 2000000],
    ['1.5 mill', 1500000],
    ['2,25 MNOK', 2250000],
    ['1,5 mill. kr', 1500000],
    ['kr 1,5 mill', 1500000],
    ['150k', 150000],
    ['150 k', 150000],
    ['150K', 150000],
    ['150 tusen', 150000],
    ['150 tusen kroner', 150000],
    ['150 kkr', 150000],
    ['-5000', -5000],
    ['- 5 000', -5000],
    ['\u22125 000 kr', -5000],
    ['kr -5 000', -5000],
    ['-kr 5000', -5000],
    ['-0', 0],
    ['  150 000  ', 150000],
  ])('reads %p as %p', (input, value) => {
    expect(parseAmount(input)).toEqual(ok(value, input.trim()));
  });

  it.each([
    ['1,500', 'ambiguous'],
    ['12,500', 'ambiguous'],
    ['1.5', 'ambiguous'],
    ['150000.50', 'ambiguous'],
    ['1,000,000', 'ambiguous'],
    ['150,000.50', 'ambiguous'],
    ['1,500 mill', 'ambiguous'],
    ['1.500 mill', 'ambiguous'],
    ['ca. 150 000', 'unreadable'],
    ['ca 150000', 'unreadable'],
    ['~150000', 'unreadable'],
    ['150-200 000', 'unreadable'],
    ['150 000 - 200 000', 'unreadable'],
    ['se note', 'unreadable'],
    ['kr', 'unreadable'],
    ['150 00', 'unreadable'],
    ['1 50 000', 'unreadable'],
    ['150 k mill', 'unreadable'],
    ['1,234567891 mill', 'unreadable'],
    ['+5000', 'unreadable'],
    ['5000-', 'unreadable'],
    ['99999999999999', 'unreadable'],
  ])('refuses %p as %s, keeping the raw text', (input, reason) => {
    expect(parseAmount(input)).toEqual(invalid(reason, input));
  });

  it('treats blanks as empty and Excel errors as errors, never as zero', () => {
    expect(parseAmount(null)).toEqual({ kind: 'empty' });
    expect(parseAmount('')).toEqual({ kind: 'empty' });
    expect(parseAmount(' \u00a0\n')).toEqual({ kind: 'empty' });
    expect(parseAmount({ error: '#VALUE!' })).toEqual({ kind: 'error', code: '#VALUE!' });
    expect(parseAmount({ error: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
  });
});

describe('parseAmount: properties', () => {
  const separator = fc.constantFrom(' ', '\u00a0', '\u2009', '\u202f', '.', '');
  const affix = fc.constantFrom<[string, string]>(
    ['', ''],
    ['kr ', ''],
    ['', ' kr'],
    ['', ',-'],
    ['kr ', ',-'],
    ['NOK ', ''],
    ['', ' NOK'],
    ['kr. ', ',-'],
  );

  it('reads back any whole amount written with Norwegian separators and currency marks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), separator, affix, (n, sep, [pre, post]) => {
        const text = `${pre}${grouped(n, sep)}${post}`;
        expect(parseAmount(text)).toEqual(ok(n, text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads back negative amounts and amounts with øre', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 0, max: 99 }), separator, (n, ore, sep) => {
        const cents = String(ore).padStart(2, '0');
        expect(parseAmount(`${grouped(n, sep)},${cents}`)).toEqual(ok((n * 100 + ore) / 100));
        expect(parseAmount(`-${grouped(n, sep)}`)).toEqual(ok(-n));
      }),
    );
  });

  it('scales k, tusen and mill exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 99 }), (n, tenths) => {
        expect(parseAmount(`${n}k`)).toEqual(ok(n * 1000));
        expect(parseAmount(`${n} tusen`)).toEqual(ok(n * 1000));
        expect(parseAmount(`${n} mill`)).toEqual(ok(n * 1_000_000));
        // Two decimals cannot be thousands: 3,25 mill is 3 250 000.
        const decimals = String(tenths).padStart(2, '0');
        expect(parseAmount(`${n},${decimals} mill`)).toEqual(ok(n * 1_000_000 + tenths * 10_000));
      }),
    );
  });

  it('never throws and never guesses: any text is ok (finite), invalid or empty', () => {
    const typed = fc.stringMatching(/^[-−]?(kr|NOK)? ?[0-9 .,\u00a0]{0,14}(k|mill|kr|,-)?$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), typed), (s) => {
        const r = parseAmount(s);
        expect(['ok', 'invalid', 'empty']).toContain(r.kind);
        if (r.kind === 'ok') {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(Math.round(r.value * 100) / 100).toBe(r.value);
          expect(r.raw).toBe(s.trim());
        }
        if (r.kind === 'invalid') expect(r.raw).toBe(s.trim());
      }),
      { numRuns: 2000 },
    );
  });
});
