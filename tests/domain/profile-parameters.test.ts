import { nb } from '../../src/i18n';
import { buildMeldingDocument } from '../../src/domain/melding';
import type { Profile } from '../../src/domain/profile';
import { findProfile } from '../../src/domain/profiles';
import { tableVocabulary } from '../../src/table/vocabulary';
import { GOOD_PARTNERSHIP, GOOD_ROW, makePartnership, makeTable, type RowInput } from './builders';
import { KN, OV, only, rules, run } from './run';

/**
 * RULES.md's parameter table, row by row: each parameter makes its rule run with the value a
 * round sets, and silences it when null. The rows are built so that only that rule speaks.
 */

const K26 = findProfile('kollektiv-kompetanseutvikling-2026')!;

function withParameters(profile: Profile, parameters: Partial<Profile['parameters']>): Profile {
  return { ...profile, parameters: { ...profile.parameters, ...parameters } };
}

const period = (from: string, to: string) => ({ from, to });
const autumn = (y: number) => period(`${y}-08-01`, `${y}-12-31`);
const spring = (y: number) => period(`${y}-01-01`, `${y}-07-31`);
const row = (extra: RowInput): RowInput => ({ ...GOOD_ROW, ...extra });

type Case = [parameter: keyof Profile['parameters'], rule: string, rows: RowInput[], profile: Profile, today: string];

const CASES: Case[] = [
  [
    'maxTiltakPerPartnershipAndScheme',
    'too-many-measures',
    Array.from({ length: 6 }, (_, i) => row({ tittel: `Tiltak ${i + 1}`, egenandel: 30000 })),
    KN,
    '2023-11-01',
  ],
  [
    'coordinatorMaxShareOfOwnerFunds',
    'coordinator-over-cap',
    [row({ koordinator: 40000, koordinatorBegrunnelse: 'Mange kommuner og skoler må samordnes' })],
    KN,
    '2023-11-01',
  ],
  [
    'coordinatorMinMunicipalities',
    'coordinator-single-municipality',
    [row({ eiere: ['Drammen'], koordinator: 10000, koordinatorBegrunnelse: 'Stort tiltak' })],
    KN,
    '2023-11-01',
  ],
  ['coordinatorJustificationRequired', 'coordinator-justification-missing', [row({ koordinator: 10000 })], KN, '2023-11-01'],
  [
    'multiYearMaxShare',
    'multi-year-over-cap',
    [
      row({ start: autumn(2024), slutt: spring(2025) }),
      row({ tittel: 'Langt', start: autumn(2024), slutt: autumn(2026), tilskuddUh: 100001 }),
    ],
    KN,
    '2023-11-01',
  ],
  [
    'singleYearLastDay',
    'multi-year-over-cap',
    [
      row({ start: autumn(2024), slutt: spring(2025) }),
      row({ tittel: 'Langt', start: autumn(2024), slutt: autumn(2026), tilskuddUh: 100001 }),
    ],
    KN,
    '2023-11-01',
  ],
  ['maxDurationYears', 'duration-too-long', [row({ start: autumn(2024), slutt: autumn(2027), fylke: 'Buskerud' })], OV, '2023-11-01'],
  ['deadline', 'deadline-passed', [GOOD_ROW], KN, '2023-12-16'],
  ['geography', 'geography-outside-region', [row({ eiere: ['Oslo kommune'], fylke: 'Drammen' })], OV, '2023-11-01'],
  ['supplementaryGrants', 'supplementary-unclear', [row({ supplerende: true })], KN, '2023-11-01'],
  ['ownShare', 'own-share-missing', [row({ egenandel: undefined })], KN, '2023-11-01'],
  ['criterionMinWords', 'criterion-text-thin', [row({ kollektiv: 'Team' })], KN, '2023-11-01'],
];

describe('every parameter of the table is honoured', () => {
  it.each(CASES)('%s: %s runs with the round value and not when null', (parameter, rule, rows, profile, today) => {
    const options = { today, partnership: { ...GOOD_PARTNERSHIP, ansatteInvolvert: true } };
    expect(rules(run(rows, { ...options, profile }))).toContain(rule);
    const silenced = run(rows, { ...options, profile: withParameters(profile, { [parameter]: null }) });
    expect(rules(silenced)).not.toContain(rule);
  });

  it('a profile without coordinator, duration or deadline parameters runs none of those rules', () => {
    const rows = [row({ ordning: undefined, koordinator: 90000, eiere: ['Drammen'], start: autumn(2026), slutt: autumn(2031) })];
    const found = rules(run(rows, { profile: K26, today: '2026-12-03', unmapped: ['ordning'] }));
    for (const rule of ['coordinator', 'duration-too-long', 'multi-year-over-cap', 'deadline-passed', 'own-share', 'too-many'])
      expect(found.filter((r) => r.startsWith(rule))).toEqual([]);
  });
});

describe('the vocabulary of a round', () => {
  it('ordninger: one ordning makes the column optional; several require it', () => {
    expect(rules(run([GOOD_ROW], { profile: K26, unmapped: ['ordning'], today: '2026-12-03' }))).not.toContain('header-missing');
    const f = run([GOOD_ROW], { unmapped: ['ordning'] });
    expect(only(f, 'header-missing').map((x) => x.field)).toEqual(['ordning']);
  });

  it('ordninger: names and spellings come from the profile', () => {
    const parse26 = tableVocabulary(K26).parsers.ordning;
    const parse24 = tableVocabulary(KN).parsers.ordning;
    expect(parse26('Kollektiv kompetanseutvikling')).toMatchObject({ kind: 'ok', value: 'kollektiv' });
    expect(parse26('Dekom')).toMatchObject({ kind: 'invalid', reason: 'not-allowed' });
    expect(parse24('Dekom')).toMatchObject({ kind: 'ok', value: 'desentralisert' });
  });

  it('melding groups: partnerskap + ordning, one tiltak, or partnerskap', () => {
    const rows = [row({}), row({ tittel: 'B', ordning: 'regional', egenandel: undefined }), row({ tittel: 'C', partnerskap: 'Øst' })];
    const count = (profile: Profile) =>
      buildMeldingDocument({
        table: makeTable(rows),
        partnership: makePartnership(GOOD_PARTNERSHIP),
        profile,
        findings: [],
        today: '2026-12-03',
        texts: nb,
      }).meldinger.length;
    expect(count(KN)).toBe(3); // Vest-Viken desentralisert, Vest-Viken regional, Øst desentralisert
    expect(count(OV)).toBe(3);
    expect(count({ ...K26 })).toBe(2); // Vest-Viken, Øst
    expect(count({ ...KN, groupBy: 'partnerskap' })).toBe(2);
  });

  it('partner kinds: a fagskole is a partner in 2026, not in 2024; a national centre in Oslo og Viken', () => {
    const fagskole = [row({ uh: ['Fagskolen i Viken'] })];
    expect(rules(run(fagskole, { profile: K26, today: '2026-12-03' }))).not.toContain('uh-missing');
    const refused = only(run(fagskole), 'uh-missing');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.message).toContain('«Fagskolen i Viken» er fagskole');
    const centre = [row({ uh: ['Nasjonalt senter for leseopplæring'], fylke: 'Buskerud' })];
    expect(rules(run(centre, { profile: OV, partnership: { ...GOOD_PARTNERSHIP, ansatteInvolvert: true } }))).not.toContain('uh-missing');
    expect(rules(run(centre))).toContain('uh-missing');
    // One accepted partner is enough beside one of another kind.
    expect(rules(run([row({ uh: ['Fagskolen i Viken', 'USN'] })]))).not.toContain('uh-missing');
  });

  it('partner kinds: their header spellings find the partner column', () => {
    expect(tableVocabulary(K26).synonyms.uh).toEqual(expect.arrayContaining(['Samarbeidspartner', 'Partner', 'UH/fagskole']));
    expect(tableVocabulary(KN).synonyms.uh).not.toContain('Samarbeidspartner');
  });

  it('target groups: SFO and kulturskole in 2026, not in 2024', () => {
    const parse26 = tableVocabulary(K26).parsers.targetGroups;
    const parse24 = tableVocabulary(KN).parsers.targetGroups;
    expect(parse26('SFO, kulturskole og grunnskolen')).toMatchObject({ kind: 'ok', value: ['SFO', 'kulturskole', 'grunnskole'] });
    expect(parse24('SFO, kulturskole')).toMatchObject({ kind: 'invalid', reason: 'not-allowed', detail: 'SFO, kulturskole' });
    expect(parse24('Laget rundt barnet og eleven, barnehager')).toMatchObject({ kind: 'ok', value: ['laget rundt barnet', 'barnehage'] });
  });

  it('faser: a phase number names the phase at that place in the profile', () => {
    const parse = tableVocabulary(KN).parsers.fase;
    expect(parse('Fase 2')).toMatchObject({ kind: 'ok', value: 'planlegging' });
    expect(parse('Fase 4')).toMatchObject({ kind: 'invalid' });
  });
});

describe('per rule: on/off, severity, source; status', () => {
  it('criteria: kollektiv is an error in 2026, forankring and lærerutdanning warnings', () => {
    const f = run([row({ forankring: undefined, kollektiv: undefined, laererutdanning: undefined })], {
      profile: K26,
      today: '2026-12-03',
    });
    const severity = (rule: string) => only(f, rule).map((x) => x.severity);
    expect(severity('criterion-collective-missing')).toEqual(['error']);
    expect(severity('criterion-anchoring-missing')).toEqual(['warning']);
    expect(severity('criterion-teacher-education-missing')).toEqual(['warning']);
    const g = run([row({ forankring: undefined })]);
    expect(only(g, 'criterion-anchoring-missing').map((x) => x.severity)).toEqual(['error']);
  });

  it('a rule turned off does not run; its source travels with each finding of a rule that does', () => {
    const partnership = { ...GOOD_PARTNERSHIP, skriftligAvtale: false };
    expect(rules(run([GOOD_ROW], { partnership }))).toContain('agreement-missing');
    const off = { ...KN, rules: { ...KN.rules, 'agreement-missing': { ...KN.rules['agreement-missing']!, enabled: false } } };
    expect(rules(run([GOOD_ROW], { partnership, profile: off }))).not.toContain('agreement-missing');
    const f = only(run([GOOD_ROW], { partnership }), 'agreement-missing')[0]!;
    expect(f.source).toEqual({ title: 'Brukerveiledning Behovsmeldinger 2024', quote: expect.stringContaining('skriftlig avtale') });
  });

  it('a foreløpig profile reports profile-preliminary once per check, naming what is unconfirmed', () => {
    const f = run([GOOD_ROW, row({ tittel: 'B' })], { profile: K26, today: '2026-12-03' });
    const preliminary = only(f, 'profile-preliminary');
    expect(preliminary).toHaveLength(1);
    expect(preliminary[0]).toMatchObject({ severity: 'info', cells: [] });
    expect(preliminary[0]!.message).toContain('Ikke bekreftet: frist, koordinatormidler');
    expect(only(run([GOOD_ROW]), 'profile-preliminary')).toEqual([]);
  });

  it('every finding carries a source with a title and a quote', () => {
    const f = run([row({ tittel: undefined, fase: undefined, uh: undefined, tilskuddEier: -5, koordinator: 5000 }), row({ tittel: 'B' })], {
      today: '2024-01-01',
      partnership: null,
    });
    expect(f.length).toBeGreaterThan(8);
    for (const x of f) expect(x.source).toEqual({ title: expect.any(String), quote: expect.any(String) });
  });
});
