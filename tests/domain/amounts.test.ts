import { GOOD_ROW } from './builders';
import { KN, OV, only, rules, run } from './run';

const invalid = (raw: string, reason: 'unreadable' | 'ambiguous' = 'unreadable') => ({ kind: 'invalid', raw, reason }) as const;

describe('amounts per tiltak', () => {
  it('flags an unreadable or negative amount on its cell', () => {
    const f = run([
      { ...GOOD_ROW, tilskuddEier: invalid('ca. 200 000') },
      { ...GOOD_ROW, tittel: 'B', tilskuddUh: -5 },
    ]);
    expect(only(f, 'amount-invalid').map((x) => x.cells)).toEqual([['M2'], ['N3']]);
    expect(only(f, 'amount-invalid')[0]!.message).toContain('«ca. 200 000»');
  });

  it('flags a tiltak with neither amount, or a zero sum, on both amount cells', () => {
    const f = run([
      { ...GOOD_ROW, tilskuddEier: undefined, tilskuddUh: undefined, egenandel: undefined },
      { ...GOOD_ROW, tittel: 'B', tilskuddEier: 0, tilskuddUh: 0 },
    ]);
    const missing = only(f, 'amount-missing');
    expect(missing.map((x) => x.row)).toEqual([2, 3]);
    expect(missing[0]!.cells).toEqual(['M2', 'N2']);
  });

  it('accepts one amount alone', () => {
    expect(rules(run([{ ...GOOD_ROW, tilskuddUh: undefined }]))).not.toContain('amount-missing');
  });

  it('says nothing per row when both amount columns are missing (header-missing does)', () => {
    const f = run([GOOD_ROW], { unmapped: ['tilskuddEier', 'tilskuddUh'] });
    expect(rules(f)).toEqual(['header-missing']);
    expect(f[0]!.cells).toEqual(['Y1']);
  });
});

describe('coordinator', () => {
  const withCoordinator = (koordinator: number, extra = {}) => ({
    ...GOOD_ROW,
    koordinator,
    koordinatorBegrunnelse: 'Fire kommuner og to skoleslag krever samordning',
    ...extra,
  });

  it('passes at exactly 30 % of the owner funds and fails at 30.01 %', () => {
    expect(rules(run([withCoordinator(30000)]))).toEqual([]);
    const over = run([withCoordinator(30010)]);
    expect(rules(over)).toEqual(['coordinator-over-cap']);
    expect(over[0]!.message).toBe(
      'Koordinatormidler utgjør 30,01 % av eiers midler (maks 30 %) i meldingen for Vest-Viken, desentralisert ordning: 30 010 kr av 100 000 kr.',
    );
  });

  it('sums the cap over the melding and points at every contributing cell', () => {
    const rows = [withCoordinator(40000), withCoordinator(0, { tittel: 'B' }), withCoordinator(25000, { tittel: 'C' })];
    expect(only(run(rows), 'coordinator-over-cap')).toEqual([]); // 65 000 of 300 000
    rows[2] = withCoordinator(55000, { tittel: 'C' });
    const f = only(run(rows), 'coordinator-over-cap'); // 95 000 of 300 000
    expect(f).toHaveLength(1);
    expect(f[0]!.row).toBeUndefined();
    expect(f[0]!.cells).toEqual(['O2', 'O4', 'M2', 'M3', 'M4']);
    expect(f[0]!.message).toContain('31,67 %');
  });

  it('flags coordinator above the row owner amount', () => {
    const f = run([withCoordinator(120000)]);
    expect(only(f, 'coordinator-exceeds-owner-funds')[0]!.cells).toEqual(['O2', 'M2']);
  });

  it('needs two or more municipalities on the tiltak', () => {
    expect(rules(run([withCoordinator(10000, { eiere: ['Drammen'] })]))).toEqual(['coordinator-single-municipality']);
    expect(rules(run([withCoordinator(10000, { eiere: ['Drammen', 'Lier'] })]))).toEqual([]);
  });

  it('needs a justification on that tiltak, or points at the amount when the column is missing', () => {
    const f = run([withCoordinator(10000, { koordinatorBegrunnelse: undefined })]);
    expect(only(f, 'coordinator-justification-missing')[0]!.cells).toEqual(['P2']);
    const g = run([withCoordinator(10000)], { unmapped: ['koordinatorBegrunnelse'] });
    expect(only(g, 'coordinator-justification-missing')[0]!.cells).toEqual(['O2']);
  });

  it('applies the cap per tiltak under a profile with one melding per tiltak', () => {
    const perTiltak = {
      ...OV,
      parameters: { ...OV.parameters, coordinatorMaxShareOfOwnerFunds: 0.3 },
      rules: { ...OV.rules, 'coordinator-over-cap': KN.rules['coordinator-over-cap'] },
    };
    const rows = [withCoordinator(35000, { fylke: 'Akershus' }), withCoordinator(10000, { tittel: 'B', fylke: 'Akershus' })];
    const f = only(run(rows, { profile: perTiltak }), 'coordinator-over-cap');
    expect(f).toHaveLength(1);
    expect(f[0]!.cells).toEqual(['O2', 'M2']);
  });

  it('runs no coordinator rule under oslo-viken-2024 (seed 003 sets no cap: withdrawn)', () => {
    const rows = [withCoordinator(90000, { eiere: ['Drammen'], koordinatorBegrunnelse: undefined, fylke: 'Buskerud' })];
    expect(rules(run(rows, { profile: OV })).filter((r) => r.startsWith('coordinator'))).toEqual([]);
  });
});

describe('egenandel in desentralisert ordning', () => {
  it('passes at exactly 30 % of the owner grant and fails below', () => {
    expect(rules(run([{ ...GOOD_ROW, egenandel: 30000 }]))).toEqual([]);
    const f = run([{ ...GOOD_ROW, egenandel: 29999 }]);
    expect(rules(f)).toEqual(['own-share-below-minimum']);
    expect(f[0]!.message).toContain('29 999 kr av 100 000 kr');
  });

  it('warns once per melding when no egenandel is given', () => {
    const f = run([
      { ...GOOD_ROW, egenandel: undefined },
      { ...GOOD_ROW, tittel: 'B', egenandel: undefined },
    ]);
    expect(only(f, 'own-share-missing')).toHaveLength(1);
    expect(only(f, 'own-share-missing')[0]!.severity).toBe('warning');
    expect(only(f, 'own-share-missing')[0]!.cells).toEqual(['W2', 'W3']);
  });

  it('does not apply to other schemes', () => {
    expect(rules(run([{ ...GOOD_ROW, ordning: 'regional', egenandel: undefined }]))).toEqual([]);
  });
});
