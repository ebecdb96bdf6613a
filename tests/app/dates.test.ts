import { isIsoDate, localToday, norwegianDate, parseNorwegianDate } from '../../src/app/dates';

describe('Norwegian dates, whatever the browser says', () => {
  it('reads day, month, year with dots, slashes, dashes or spaces, and ISO as it is', () => {
    expect(['15.11.2023', '15/11/2023', '15-11-2023', '15 11 2023', '2023-11-15'].map(parseNorwegianDate)).toEqual(
      Array(5).fill('2023-11-15'),
    );
    expect(parseNorwegianDate('1.8.2024')).toBe('2024-08-01');
  });

  it('never reads month first and never guesses a day that does not exist', () => {
    expect(parseNorwegianDate('11/15/2023')).toBeUndefined();
    expect(parseNorwegianDate('29.02.2023')).toBeUndefined();
    expect(parseNorwegianDate('29.02.2024')).toBe('2024-02-29');
    expect(parseNorwegianDate('15.11.23')).toBeUndefined();
    expect(parseNorwegianDate('')).toBeUndefined();
  });

  it('writes ISO as dd.mm.åååå, checks ISO dates, and takes today from the clock it is given', () => {
    expect(norwegianDate('2023-11-05')).toBe('05.11.2023');
    expect([isIsoDate('2023-02-28'), isIsoDate('2023-02-29'), isIsoDate('28.02.2023')]).toEqual([true, false, false]);
    // Local midnight: the local date, not the UTC one (which is the day before east of Greenwich).
    expect(localToday(new Date(2024, 0, 1, 0, 5))).toBe('2024-01-01');
  });
});
