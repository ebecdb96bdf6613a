import fc from 'fast-check';
import { parsePeriod } from '../../src/table/parse/period';
import { invalid, ok } from './helpers';

const span = (from: string, to: string) => ok({ from, to });
const day = (iso: string) => span(iso, iso);

describe('parsePeriod: Excel values', () => {
  it('reads a Date cell by its UTC day', () => {
    expect(parsePeriod(new Date(Date.UTC(2024, 7, 1)))).toEqual(ok({ from: '2024-08-01', to: '2024-08-01' }, '2024-08-01'));
    expect(parsePeriod(new Date(Date.UTC(2025, 6, 31, 23, 59)))).toEqual(day('2025-07-31'));
  });

  it('reads serial numbers as days and whole years as years', () => {
    expect(parsePeriod(45505)).toEqual(day('2024-08-01'));
    expect(parsePeriod(45505.75)).toEqual(day('2024-08-01'));
    expect(parsePeriod(20000)).toEqual(day('1954-10-03'));
    expect(parsePeriod(2024)).toEqual(span('2024-01-01', '2024-12-31'));
    expect(parsePeriod(1990)).toEqual(span('1990-01-01', '1990-12-31'));
    expect(parsePeriod(2100)).toEqual(span('2100-01-01', '2100-12-31'));
  });

  it.each([1989, 2101, 19999, 80001, 2024.5, -1, 0, Number.NaN, true])('refuses the number %p', (n) => {
    expect(parsePeriod(n)).toEqual(invalid('unreadable'));
  });

  it('refuses an invalid Date and keeps errors as errors', () => {
    expect(parsePeriod(new Date(Number.NaN))).toEqual(invalid('unreadable'));
    expect(parsePeriod({ error: '#N/A' })).toEqual({ kind: 'error', code: '#N/A' });
    expect(parsePeriod('  ')).toEqual({ kind: 'empty' });
  });
});

describe('parsePeriod: text', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['høst 2024', '2024-08-01', '2024-12-31'],
    ['Høsten 2024', '2024-08-01', '2024-12-31'],
    ['HØST 2024', '2024-08-01', '2024-12-31'],
    ['H2024', '2024-08-01', '2024-12-31'],
    ['h24', '2024-08-01', '2024-12-31'],
    ['H 2024', '2024-08-01', '2024-12-31'],
    ['høst -24', '2024-08-01', '2024-12-31'],
    ['vår 2025', '2025-01-01', '2025-07-31'],
    ['Våren 2025', '2025-01-01', '2025-07-31'],
    ['V2025', '2025-01-01', '2025-07-31'],
    ['var 2025', '2025-01-01', '2025-07-31'],
    ['2024/2025', '2024-08-01', '2025-07-31'],
    ['2024/25', '2024-08-01', '2025-07-31'],
    ['2024-2025', '2024-08-01', '2025-07-31'],
    ['2024 – 2025', '2024-08-01', '2025-07-31'],
    ['Skoleåret 2024/2025', '2024-08-01', '2025-07-31'],
    ['2099/00', '2099-08-01', '2100-07-31'],
    ['1.8.2024', '2024-08-01', '2024-08-01'],
    ['01.08.2024', '2024-08-01', '2024-08-01'],
    ['1.8.24', '2024-08-01', '2024-08-01'],
    ['1. 8. 2024', '2024-08-01', '2024-08-01'],
    ['1/8/2024', '2024-08-01', '2024-08-01'],
    ['2024-08-01', '2024-08-01', '2024-08-01'],
    ['2024-08-01T00:00:00Z', '2024-08-01', '2024-08-01'],
    ['2024-8-1', '2024-08-01', '2024-08-01'],
    ['29.02.2024', '2024-02-29', '2024-02-29'],
    ['august 2024', '2024-08-01', '2024-08-31'],
    ['August 2024', '2024-08-01', '2024-08-31'],
    ['aug. 2024', '2024-08-01', '2024-08-31'],
    ['aug 2024', '2024-08-01', '2024-08-31'],
    ['sept. 2024', '2024-09-01', '2024-09-30'],
    ['feb 2024', '2024-02-01', '2024-02-29'],
    ['feb 2023', '2023-02-01', '2023-02-28'],
    ['mai 2025', '2025-05-01', '2025-05-31'],
    ['des. 2024', '2024-12-01', '2024-12-31'],
    ['08.2024', '2024-08-01', '2024-08-31'],
  ])('reads %p', (input, from, to) => {
    expect(parsePeriod(input)).toEqual(ok({ from, to }, input));
  });

  it.each([
    '31.02.2024',
    '29.02.2023',
    '31.04.2024',
    '13.13.2024',
    '0.1.2024',
    '2024-13-01',
    '2024-02-30',
    '2024/2026',
    '2025/2024',
    '2024/23',
    'høst',
    'høst 2024 og vår 2025',
    'snart',
    'ma 2024',
    'aug 24',
    '1.8',
    '1.8/2024',
    '13.2024',
    '1800',
    '2024 2026',
    'Q3 2024',
  ])('refuses %p as unreadable', (input) => {
    expect(parsePeriod(input)).toEqual(invalid('unreadable', input));
  });
});

describe('parsePeriod: properties', () => {
  const dates = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true });

  it('reads back any date written d.m.yyyy, dd.mm.yyyy, d/m/yyyy or yyyy-mm-dd, and as a Date', () => {
    fc.assert(
      fc.property(dates, (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, dd] = iso.split('-') as [string, string, string];
        const expected = day(iso);
        expect(parsePeriod(`${Number(dd)}.${Number(m)}.${y}`)).toEqual(expected);
        expect(parsePeriod(`${dd}.${m}.${y}`)).toEqual(expected);
        expect(parsePeriod(`${Number(dd)}/${Number(m)}/${y}`)).toEqual(expected);
        expect(parsePeriod(iso)).toEqual(expected);
        expect(parsePeriod(new Date(Date.UTC(Number(y), Number(m) - 1, Number(dd))))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('reads any Excel serial number in range as the day Excel shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 80000 }), (serial) => {
        const iso = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
        expect(parsePeriod(serial)).toEqual(day(iso));
      }),
    );
  });

  it('reads any year as a number or text, and its semesters and school year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), (y) => {
        const whole = span(`${y}-01-01`, `${y}-12-31`);
        expect(parsePeriod(y)).toEqual(whole);
        expect(parsePeriod(String(y))).toEqual(whole);
        const autumn = span(`${y}-08-01`, `${y}-12-31`);
        expect(parsePeriod(`høst ${y}`)).toEqual(autumn);
        expect(parsePeriod(`Høsten ${y}`)).toEqual(autumn);
        expect(parsePeriod(`H${y}`)).toEqual(autumn);
        const spring = span(`${y}-01-01`, `${y}-07-31`);
        expect(parsePeriod(`vår ${y}`)).toEqual(spring);
        expect(parsePeriod(`våren ${y}`)).toEqual(spring);
        expect(parsePeriod(`V${y}`)).toEqual(spring);
        const school = span(`${y}-08-01`, `${y + 1}-07-31`);
        expect(parsePeriod(`${y}/${y + 1}`)).toEqual(school);
        expect(parsePeriod(`${y}/${String(y + 1).slice(2)}`)).toEqual(school);
        expect(parsePeriod(`${y}-${y + 1}`)).toEqual(school);
      }),
    );
  });

  it('never throws: any text is ok with from ≤ to, invalid or empty', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9hvHV./\- ]{0,12}$/)), (s) => {
        const r = parsePeriod(s);
        expect(['ok', 'invalid', 'empty']).toContain(r.kind);
        if (r.kind === 'ok') expect(r.value.from <= r.value.to).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
