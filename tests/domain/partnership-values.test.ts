import { GOOD_PARTNERSHIP, GOOD_ROW } from './builders';
import { KN, only, run } from './run';
import { findProfile } from '../../src/domain/profiles';

describe('e-post and avtaledato on the Partnerskap sheet', () => {
  it('warns at the e-post cell for addresses no one can write to, and accepts real ones', () => {
    for (const bad of ['kari@', 'kari.drammen.no', 'kari @drammen.no', 'kari@drammen']) {
      const f = only(run([GOOD_ROW], { partnership: { ...GOOD_PARTNERSHIP, epost: bad } }), 'email-invalid');
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: 'warning', sheet: 'Partnerskap', cells: ['B6'], field: 'epost' });
      expect(f[0]!.message).toContain(`«${bad}»`);
    }
    for (const good of ['kari@drammen.kommune.no', 'ola.nordmann+bm@usn.no']) {
      expect(only(run([GOOD_ROW], { partnership: { ...GOOD_PARTNERSHIP, epost: good } }), 'email-invalid')).toEqual([]);
    }
  });

  it('warns at the avtaledato cell for a date that does not exist, and is silent for an empty one', () => {
    const bad = { kind: 'invalid' as const, raw: '31.02.2023', reason: 'unreadable' as const };
    const f = only(run([GOOD_ROW], { partnership: { ...GOOD_PARTNERSHIP, avtaledato: bad } }), 'date-invalid');
    expect(f).toMatchObject([{ severity: 'warning', cells: ['B9'], field: 'avtaledato' }]);
    expect(f[0]!.message).toContain('«31.02.2023»');
    expect(only(run([GOOD_ROW], { partnership: GOOD_PARTNERSHIP }), 'date-invalid')).toEqual([]);
  });

  it('says it is the program’s own check in every built-in profile, and a profile can turn the rules off', () => {
    for (const id of ['kompetansenettverk-2024', 'oslo-viken-2024', 'kollektiv-kompetanseutvikling-2026']) {
      const f = only(run([GOOD_ROW], { profile: findProfile(id)!, partnership: { ...GOOD_PARTNERSHIP, epost: 'kari@' } }), 'email-invalid');
      expect(f[0]!.source!.title).toBe('Behovsmeldings egen kontroll');
    }
    const quiet = { ...KN, rules: { ...KN.rules, 'email-invalid': { ...KN.rules['email-invalid']!, enabled: false } } };
    expect(only(run([GOOD_ROW], { profile: quiet, partnership: { ...GOOD_PARTNERSHIP, epost: 'kari@' } }), 'email-invalid')).toEqual([]);
  });
});
