import { nb } from '../../src/i18n';
import { GOOD_ROW } from './builders';
import { KN, OV, run } from './run';
import { validate, summarize } from '../../src/domain/validate';
import { makeTable } from './builders';
import { RULE_CATALOGUE } from '../../src/domain/catalogue';

describe('a clean table', () => {
  it('has no findings under either profile', () => {
    expect(run([GOOD_ROW, { ...GOOD_ROW, nr: '2', tittel: 'Vurdering for læring' }])).toEqual([]);
    expect(run([{ ...GOOD_ROW, fylke: 'Akershus' }], { profile: OV })).toEqual([]);
  });

  it('gives every finding a catalogue severity, a sheet, cells and a Norwegian message', () => {
    const findings = run([{ tittel: 'Tomt tiltak', tilskuddEier: 'mye' as never }], { partnership: null, today: '2026-01-01' });
    expect(findings.length).toBeGreaterThan(10);
    for (const f of findings) {
      expect(f.severity).toBe(RULE_CATALOGUE[f.rule as keyof typeof RULE_CATALOGUE].severity);
      expect(f.sheet).toMatch(/^(Tiltak|Partnerskap)$/);
      expect(f.message).toMatch(/[.!]$/);
      for (const c of f.cells) expect(c).toMatch(/^[A-Z]+\d+$/);
    }
  });

  it('is pure: the same input gives the same findings and the input is not changed', () => {
    const table = makeTable([{ ...GOOD_ROW, koordinator: 90000 }]);
    const before = JSON.stringify(table);
    const input = { table, partnership: null, profile: KN, today: '2024-01-01', texts: nb };
    expect(validate(input)).toEqual(validate(input));
    expect(JSON.stringify(table)).toBe(before);
  });

  it('summarizes by severity', () => {
    const table = makeTable([
      { ...GOOD_ROW, forankring: 'Ja' },
      { ...GOOD_ROW, tittel: undefined },
    ]);
    const findings = validate({ table, partnership: null, profile: KN, today: '2024-01-01', texts: nb });
    const s = summarize(findings, table);
    expect(s.rows).toBe(2);
    expect(s.errors).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(s.warnings).toBeGreaterThanOrEqual(2); // criterion-text-thin + deadline-passed
    expect(s.errors + s.warnings + s.infos).toBe(findings.length);
  });
});
