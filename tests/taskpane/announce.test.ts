import type { CheckOutcome } from '../../src/app/check';
import { compareChecks, diffFindings } from '../../src/app/compare';
import type { Finding } from '../../src/domain/model';
import { findProfile } from '../../src/domain/profiles';
import { nb } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { checkSentence, describeComparison } from '../../src/taskpane/announce';

const profile = findProfile('kompetansenettverk-2024')!;
const f = (rule: string, cells: string[], severity: Finding['severity'] = 'error', row?: number): Finding => ({
  rule,
  severity,
  sheet: 'Tiltak',
  cells,
  row,
  message: rule,
});
/** A finished check with these findings and no table (the totals by ordning are empty). */
const checked = (findings: Finding[]): CheckOutcome =>
  ({ ok: true, findings, table: { rows: [] }, profile, asOf: '2023-12-01', grid: null }) as unknown as CheckOutcome;
const say = (before: Finding[] | null, after: Finding[], texts = nb) => checkSentence(texts, checked(after), before && checked(before));
const CLEAN = nb.pane.say.clean;

describe('diffFindings', () => {
  it('matches findings by rule and cells, not by position or message', () => {
    const before = [f('phase-multiple', ['D6']), f('amount-unreadable', ['J7'])];
    const after = [{ ...f('amount-unreadable', ['J7']), message: 'changed wording' }, f('phase-unknown', ['E6'])];
    const change = diffFindings(before, after);
    expect(change.fixed.map((x) => x.cells)).toEqual([['D6']]);
    expect(change.added.map((x) => x.cells)).toEqual([['E6']]);
  });

  it('leaves advice out, and follows rows that moved down', () => {
    expect(diffFindings([f('thin', ['F6'], 'info')], [])).toEqual({ fixed: [], added: [] });
    const moved = diffFindings([f('a', ['B9'], 'error', 9), f('b', ['B5'])], [f('a', ['B10'], 'error', 10), f('b', ['B5'])], {
      sheet: 'Tiltak',
      row: 7,
      by: 1,
    });
    expect(moved).toEqual({ fixed: [], added: [] });
  });
});

describe('what the live region says after a check', () => {
  it('names the fixed cell and, in its own sentence, what got worse', () => {
    expect(say([f('phase-multiple', ['D6'])], [f('phase-unknown', ['E6'])])).toBe(
      'Bedre: D6 er rettet. Verre: 1 ny feil i E6. Nå 1 feil, 0 advarsler.',
    );
    expect(say([f('a', ['D6']), f('b', ['D7'])], [f('b', ['D7'])])).toBe('D6 er rettet. Nå 1 feil, 0 advarsler.');
  });

  it('says so when all is well, naming what was fixed', () => {
    expect(say([f('phase-multiple', ['D6'])], [])).toBe(`D6 er rettet. ${CLEAN}`);
    expect(say(null, [f('thin', ['F6'], 'info')])).toBe(CLEAN);
  });

  it('reports totals on the first check and "no change" when nothing moved', () => {
    const findings = [f('a', ['D6']), f('b', ['D7'], 'warning')];
    expect(say(null, findings)).toBe('Sjekket: 1 feil, 1 advarsel.');
    expect(say(findings, findings)).toBe('Ingen endring: 1 feil, 1 advarsel.');
    expect(checkSentence(nb, checked(findings), checked(findings), { quietWhenUnchanged: true })).toBeUndefined();
  });

  it('counts new warnings apart from new errors, lists cells as Norwegians do and counts the rest', () => {
    const after = [f('a', ['A1', 'A2', 'A3']), f('b', ['B1', 'B2']), f('w', ['C1'], 'warning')];
    expect(say([], after)).toBe('Verre: 2 nye feil i A1, A2, A3, B1 og 1 til, 1 ny advarsel i C1. Nå 2 feil, 1 advarsel.');
    expect(say([f('x', ['L8']), f('y', ['G8']), f('z', ['Q1'])], [f('z', ['Q1'])])).toBe('L8 og G8 er rettet. Nå 1 feil, 0 advarsler.');
  });

  it('says what moved in money and tiltak per ordning, by the ordning’s name', () => {
    const comparison = {
      ...compareChecks({ findings: [], table: null }, { findings: [], table: null }),
      ordninger: [
        { ordning: 'desentralisert', tiltak: [7, 7] as [number, number], tilskudd: [1000, 1500] as [number, number] },
        { ordning: 'regional', tiltak: [5, 4] as [number, number], tilskudd: [800, 800] as [number, number] },
      ],
    };
    const name = (key: string) => profile.vocabulary.ordninger.find((o) => o.key === key)!.name;
    expect(describeComparison(nb, comparison, name)).toBe(
      `Endret: tilskudd i ${name('desentralisert')} øker fra 1 000 kr til 1 500 kr, ${name('regional')} får 4 tiltak (var 5).`,
    );
  });

  it('speaks nynorsk when the pane does', () => {
    expect(say([f('phase-multiple', ['D6'])], [f('phase-unknown', ['E6']), f('w', ['E7'], 'warning')], textsFor('nn'))).toBe(
      'Betre: D6 er retta. Verre: 1 ny feil i E6, 1 ny åtvaring i E7. No 1 feil, 1 åtvaring.',
    );
  });
});
