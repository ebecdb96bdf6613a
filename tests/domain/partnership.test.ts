import { GOOD_PARTNERSHIP, GOOD_ROW } from './builders';
import { KN, OV, only, rules, run } from './run';
import { isValidOrgnr } from '../../src/domain/rules/partnership';

describe('organisation numbers', () => {
  it('accepts valid MOD11 numbers and rejects others', () => {
    expect(isValidOrgnr('974760673')).toBe(true); // Brønnøysundregistrene
    expect(isValidOrgnr('974760674')).toBe(false);
    expect(isValidOrgnr('97476067')).toBe(false);
    expect(isValidOrgnr('97476067a')).toBe(false);
  });

  it('flags each invalid number on the Partnerskap sheet', () => {
    const f = run([GOOD_ROW], { partnership: { ...GOOD_PARTNERSHIP, organisasjonsnummer: ['974760673', '123456789'] } });
    expect(rules(f)).toEqual(['orgnr-invalid']);
    expect(f[0]).toMatchObject({ sheet: 'Partnerskap', cells: ['B4'], field: 'organisasjonsnummer' });
    expect(f[0]!.message).toContain('«123456789»');
  });
});

describe('partnership facts', () => {
  it('requires a contact person and a written agreement with who, what and when', () => {
    const f = run([GOOD_ROW], {
      partnership: { ...GOOD_PARTNERSHIP, kontaktperson: undefined, skriftligAvtale: false, avtaleNar: undefined },
    });
    expect(rules(f)).toEqual(['contact-missing', 'agreement-missing', 'agreement-missing']);
    expect(f.map((x) => x.cells[0])).toEqual(['B5', 'B8', 'B12']);
    expect(f[0]!.message).toContain('melder én eier på vegne av nettverket');
  });

  it('reports the missing Partnerskap sheet once per fact it should hold, never calling a field of a missing sheet empty', () => {
    const f = run([GOOD_ROW], { partnership: null });
    expect(rules(f)).toEqual(['contact-missing', 'agreement-missing']);
    expect(f.every((x) => x.sheet === 'Partnerskap' && x.cells.length === 0)).toBe(true);
    expect(f.every((x) => x.message.endsWith('Arket «Partnerskap» finnes ikke.'))).toBe(true);
    expect(f.some((x) => /\btom\b/.test(x.message))).toBe(false);
    expect(f[0]!.hint).toContain('Lag arket «Partnerskap»');
  });

  it('requires staff and union involvement under the Oslo/Viken profile only', () => {
    const partnership = { ...GOOD_PARTNERSHIP, ansatteInvolvert: false };
    expect(rules(run([GOOD_ROW], { partnership, profile: KN }))).toEqual([]);
    expect(rules(run([GOOD_ROW], { partnership, profile: OV }))).toEqual(['staff-involvement-missing']);
  });
});

describe('geography (Oslo/Viken)', () => {
  it('lets Oslo owners report for Oslo only, and other owners for Akershus, Buskerud and Østfold', () => {
    const oslo = { ...GOOD_ROW, eiere: ['Oslo kommune'], fylke: 'Oslo' };
    expect(rules(run([oslo], { profile: OV }))).toEqual([]);
    const f = run(
      [
        { ...oslo, fylke: 'Akershus' },
        { ...GOOD_ROW, tittel: 'B', eiere: ['Bærum'], fylke: 'Oslo' },
      ],
      { profile: OV },
    );
    expect(only(f, 'geography-outside-region').map((x) => [x.row, x.cells])).toEqual([
      [2, ['L2', 'H2']],
      [3, ['L3', 'H3']],
    ]);
  });

  it('is not checked under a profile without geography', () => {
    expect(rules(run([{ ...GOOD_ROW, fylke: 'Troms' }], { profile: KN }))).toEqual([]);
  });
});

describe('the grant round', () => {
  it('warns once when the deadline has passed, not on the deadline day', () => {
    expect(rules(run([GOOD_ROW], { today: '2023-12-15' }))).toEqual([]);
    const f = run([GOOD_ROW, GOOD_ROW], { today: '2023-12-16' });
    expect(only(f, 'deadline-passed')).toHaveLength(1);
    expect(only(f, 'deadline-passed')[0]!.message).toContain('15.12.2023');
  });

  it('gives advice on supplementary grants where the profile does not mention them', () => {
    expect(rules(run([{ ...GOOD_ROW, supplerende: true }]))).toEqual(['supplementary-unclear']);
    expect(rules(run([{ ...GOOD_ROW, supplerende: true, fylke: 'Akershus' }], { profile: OV }))).toEqual([]);
  });
});
