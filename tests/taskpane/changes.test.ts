import type { Finding } from '../../src/domain/model';
import { CLEAN, describeChange, diffFindings } from '../../src/taskpane/changes';

const f = (rule: string, cells: string[], severity: Finding['severity'] = 'error'): Finding => ({
  rule,
  severity,
  sheet: 'Tiltak',
  cells,
  message: rule,
});

describe('diffFindings', () => {
  it('matches findings by rule and cells, not by position or message', () => {
    const before = [f('phase-multiple', ['D6']), f('amount-unreadable', ['J7'])];
    const after = [{ ...f('amount-unreadable', ['J7']), message: 'changed wording' }, f('phase-unknown', ['E6'])];
    const change = diffFindings(before, after);
    expect(change.fixed.map((x) => x.cells)).toEqual([['D6']]);
    expect(change.added.map((x) => x.cells)).toEqual([['E6']]);
  });

  it('leaves advice out', () => {
    expect(diffFindings([f('thin', ['F6'], 'info')], [])).toEqual({ fixed: [], added: [] });
  });
});

describe('describeChange', () => {
  it('names the fixed cell and the new error when the count stays the same', () => {
    const text = describeChange([f('phase-multiple', ['D6'])], [f('phase-unknown', ['E6'])]);
    expect(text).toBe('D6 er rettet, 1 ny feil i E6. Nå 1 feil, 0 advarsler.');
  });

  it('says so when all is well, naming what was fixed', () => {
    expect(describeChange([f('phase-multiple', ['D6'])], [])).toBe(`D6 er rettet. ${CLEAN}`);
    expect(describeChange(null, [f('thin', ['F6'], 'info')])).toBe(CLEAN);
  });

  it('reports totals on the first check and "no change" when nothing moved', () => {
    const findings = [f('a', ['D6']), f('b', ['D7'], 'warning')];
    expect(describeChange(null, findings)).toBe('Sjekket: 1 feil, 1 advarsel.');
    expect(describeChange(findings, findings)).toBe('Ingen endring: 1 feil, 1 advarsel.');
  });

  it('counts new warnings apart from new errors and shortens long cell lists', () => {
    const after = [f('a', ['A1', 'A2', 'A3']), f('b', ['B1', 'B2']), f('w', ['C1'], 'warning')];
    expect(describeChange([], after)).toBe('2 nye feil i A1, A2, A3, B1 m.fl., 1 ny advarsel i C1. Nå 2 feil, 1 advarsel.');
  });
});
