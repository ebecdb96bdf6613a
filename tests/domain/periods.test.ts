import { GOOD_ROW } from './builders';
import { OV, only, rules, run } from './run';
import { lastDayOfSpan } from '../../src/domain/rules/periods';

const day = (iso: string) => ({ from: iso, to: iso });
const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
const autumn = (y: number) => ({ from: `${y}-08-01`, to: `${y}-12-31` });
const spring = (y: number) => ({ from: `${y}-01-01`, to: `${y}-07-31` });

describe('periods', () => {
  it('computes the last day of a span across leap years', () => {
    expect(lastDayOfSpan('2024-08-01', 3)).toBe('2027-07-31');
    expect(lastDayOfSpan('2024-03-01', 1)).toBe('2025-02-28');
    expect(lastDayOfSpan('2024-01-01', 1.5)).toBe('2025-06-30');
  });

  it('passes exactly 3 years and fails one day more', () => {
    const base = { ...GOOD_ROW, egenandel: 30000 };
    // 3-year tiltak: funds are all multi-year, so use the Oslo/Viken profile that has no multi-year cap
    expect(rules(run([{ ...base, fylke: 'Akershus', start: day('2024-08-01'), slutt: day('2027-07-31') }], { profile: OV }))).toEqual([]);
    const f = run([{ ...base, fylke: 'Akershus', start: day('2024-08-01'), slutt: day('2027-08-01') }], { profile: OV });
    expect(rules(f)).toEqual(['duration-too-long']);
    expect(f[0]!.cells).toEqual(['R2', 'Q2']);
    expect(f[0]!.message).toContain('fra 1.8.2024 til 1.8.2027');
  });

  it('reads semesters: høst 2024 to vår 2027 is exactly three years, to høst 2027 too long', () => {
    const row = { ...GOOD_ROW, fylke: 'Østfold', start: autumn(2024) };
    expect(rules(run([{ ...row, slutt: spring(2027) }], { profile: OV }))).toEqual([]);
    expect(rules(run([{ ...row, slutt: autumn(2027) }], { profile: OV }))).toEqual(['duration-too-long']);
  });

  it('flags an end before the start on both cells, and unreadable or missing ends on their own cell', () => {
    const f = run([
      { ...GOOD_ROW, start: year(2025), slutt: autumn(2024) },
      { ...GOOD_ROW, tittel: 'B', start: { kind: 'invalid', raw: 'snart', reason: 'unreadable' } },
      { ...GOOD_ROW, tittel: 'C', slutt: undefined },
    ]);
    expect(only(f, 'period-invalid').map((x) => [x.row, x.cells])).toEqual([
      [2, ['R2', 'Q2']],
      [3, ['Q3']],
    ]);
    expect(only(f, 'period-missing').map((x) => x.cells)).toEqual([['R4']]);
  });
});

describe('multi-year funds', () => {
  const short = { ...GOOD_ROW, start: autumn(2024), slutt: spring(2025) };
  const long = { ...GOOD_ROW, tittel: 'Langt', start: autumn(2024), slutt: autumn(2026) };

  it('passes at exactly 50 % of the melding funds in multi-year tiltak and fails above', () => {
    expect(rules(run([short, long]))).toEqual([]);
    const f = run([short, { ...long, tilskuddUh: 100001 }]);
    expect(rules(f)).toEqual(['multi-year-over-cap']);
    expect(f[0]!.cells).toEqual(['R3', 'M3', 'N3']);
  });

  it('treats a tiltak ending on the last single-year day as single-year', () => {
    expect(rules(run([short, { ...long, slutt: day('2025-07-31'), tilskuddUh: 500000 }]))).toEqual([]);
  });

  it('has no cap in a profile without one', () => {
    expect(rules(run([{ ...long, fylke: 'Buskerud' }], { profile: OV }))).toEqual([]);
  });
});
