import { GOOD_ROW } from './builders';
import { only, rules, run } from './run';

describe('content of each tiltak', () => {
  it('flags each empty required text on its own cell', () => {
    const f = run([
      {
        ...GOOD_ROW,
        tittel: undefined,
        ansvar: undefined,
        eiere: undefined,
        uh: undefined,
        forankring: undefined,
        kollektiv: undefined,
        laererutdanning: undefined,
      },
    ]);
    expect(new Set(rules(f))).toEqual(
      new Set([
        'title-missing',
        'responsibility-missing',
        'owner-missing',
        'uh-missing',
        'criterion-anchoring-missing',
        'criterion-collective-missing',
        'criterion-teacher-education-missing',
      ]),
    );
    expect(only(f, 'uh-missing')[0]!.cells).toEqual(['I2']);
    expect(only(f, 'title-missing')[0]!.message).toBe('Tiltaket i rad 2 har ikke noe navn.');
  });

  it('tells empty, unknown and several phases and schemes apart', () => {
    const f = run([
      { ...GOOD_ROW, fase: undefined, ordning: undefined },
      {
        ...GOOD_ROW,
        tittel: 'B',
        fase: { kind: 'invalid', raw: 'evaluering', reason: 'not-allowed' },
        ordning: { kind: 'invalid', raw: 'statlig', reason: 'not-allowed' },
      },
      {
        ...GOOD_ROW,
        tittel: 'C',
        fase: { kind: 'invalid', raw: 'Vurdering og gjennomføring', reason: 'multiple', detail: 'vurdering, gjennomføring' },
      },
    ]);
    expect(rules(f).filter((r) => r.startsWith('phase') || r.startsWith('scheme'))).toEqual([
      'scheme-missing',
      'phase-missing',
      'scheme-invalid',
      'phase-invalid',
      'phase-multiple',
    ]);
    expect(only(f, 'phase-multiple')[0]!.cells).toEqual(['E4']);
  });

  it('requires a description in planning and implementation but not in assessment', () => {
    expect(rules(run([{ ...GOOD_ROW, fase: 'vurdering', beskrivelse: undefined }]))).toEqual([]);
    const f = run([{ ...GOOD_ROW, fase: 'planlegging', beskrivelse: undefined }]);
    expect(rules(f)).toEqual(['description-required']);
    expect(f[0]!.cells).toEqual(['F2']);
  });

  it('points a missing description at the fase cell when there is no description column', () => {
    const f = run([{ ...GOOD_ROW, fase: 'gjennomforing' }], { unmapped: ['beskrivelse'] });
    expect(rules(f)).toEqual(['description-required']);
    expect(f[0]!.cells).toEqual(['E2']);
  });

  it('reports a missing required column once, not once per row', () => {
    const f = run([GOOD_ROW, { ...GOOD_ROW, tittel: 'B' }], { unmapped: ['laererutdanning'] });
    expect(rules(f)).toEqual(['header-missing']);
    expect(f[0]!.field).toBe('laererutdanning');
  });

  it('points each missing column at its own free cell of the header row, not all at one', () => {
    const f = run([GOOD_ROW], { unmapped: ['ansvar', 'forankring', 'laererutdanning'] });
    expect(only(f, 'header-missing').map((x) => [x.field, x.cells])).toEqual([
      ['ansvar', ['Y1']],
      ['forankring', ['Z1']],
      ['laererutdanning', ['AA1']],
    ]);
  });

  it('warns about criterion texts too short to show anything', () => {
    const f = run([{ ...GOOD_ROW, kollektiv: 'Ja', forankring: 'Se vedlegg' }]);
    expect(rules(f)).toEqual(['criterion-text-thin', 'criterion-text-thin']);
    expect(f.map((x) => x.cells[0])).toEqual(['S2', 'T2']);
  });

  it('reports an Excel error value as cell-error and nothing else for that cell', () => {
    const f = run([{ ...GOOD_ROW, tittel: { kind: 'error', code: '#REF!' }, tilskuddEier: { kind: 'error', code: '#VALUE!' } }]);
    expect(only(f, 'cell-error').map((x) => x.cells[0])).toEqual(['B2', 'M2']);
    expect(rules(f)).not.toContain('title-missing');
    expect(rules(f)).not.toContain('amount-invalid');
  });

  it('reports a formula saved without its value as formula-no-value, an error, not as cell-error', () => {
    const f = run([{ ...GOOD_ROW, tilskuddEier: { kind: 'error', code: '=200000*2 (uten beregnet verdi)' } }]);
    const found = only(f, 'formula-no-value');
    expect(found.map((x) => [x.cells[0], x.severity, x.field])).toEqual([['M2', 'error', 'tilskuddEier']]);
    expect(found[0]!.message).toContain('Formelen =200000*2 i «');
    expect(found[0]!.hint).toContain('lagre');
    expect(rules(f)).not.toContain('cell-error');
    expect(rules(f)).not.toContain('amount-invalid');
  });

  it('warns about unknown target groups and unreadable optional values', () => {
    const f = run([
      {
        ...GOOD_ROW,
        malgruppe: { kind: 'invalid', raw: 'skole, foreldre', reason: 'not-allowed', detail: 'foreldre' },
        deltakere: { kind: 'invalid', raw: 'mange', reason: 'unreadable' },
      },
    ]);
    expect(new Set(rules(f))).toEqual(new Set(['target-group-invalid', 'value-invalid']));
    expect(only(f, 'target-group-invalid')[0]!.message).toContain('foreldre');
    expect(only(f, 'value-invalid')[0]!.cells).toEqual(['X2']);
  });
});

describe('tiltak per partnerskap and ordning', () => {
  const rows = (n: number, extra = {}) => Array.from({ length: n }, (_, i) => ({ ...GOOD_ROW, tittel: `Tiltak ${i + 1}`, ...extra }));

  it('passes 5 and flags the 6th', () => {
    expect(rules(run(rows(5)))).toEqual([]);
    const f = run(rows(6));
    expect(rules(f)).toEqual(['too-many-measures']);
    expect(f[0]!.row).toBe(7);
    expect(f[0]!.cells).toEqual(['B7']);
  });

  it('counts each ordning and each partnerskap on its own', () => {
    expect(rules(run([...rows(5), ...rows(5, { ordning: 'regional' }), ...rows(5, { partnerskap: 'Øst' })]))).toEqual([]);
  });

  it('warns about the same title twice in one melding', () => {
    const f = run([GOOD_ROW, { ...GOOD_ROW, tittel: 'lesing i alle fag!' }]);
    expect(rules(f)).toEqual(['duplicate-measure']);
    expect(f[0]!.row).toBe(3);
  });
});
