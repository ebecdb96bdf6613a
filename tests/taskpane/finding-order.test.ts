import type { Finding, TiltakTable } from '../../src/domain/model';
import { findingKey, goToLabel, groupFindings, step, walkOrder } from '../../src/taskpane/finding-order';

const ok = <T>(value: T) => ({ kind: 'ok' as const, value, raw: String(value) });
const table = {
  sheet: 'Tiltak',
  headerRow: 3,
  mapping: { tilskuddEier: { column: 'J', header: 'Tilskudd eier' } },
  freeHeaderCell: 'Z3',
  rows: [
    { row: 10, cells: {}, values: { nr: ok('7'), tittel: ok('Skolebasert matematikk') } },
    { row: 11, cells: {}, values: { nr: { kind: 'empty' }, tittel: { kind: 'empty' } } },
  ],
} as unknown as TiltakTable;

const f = (rule: string, row: number | undefined, cells: string[], severity: Finding['severity'] = 'error', field?: string): Finding =>
  ({ rule, severity, sheet: 'Tiltak', cells, row, field, message: rule }) as Finding;

describe('groupFindings', () => {
  it('heads a group with the tiltak number and the sheet row, in row order, errors first', () => {
    const groups = groupFindings(
      [f('w', 11, ['D11'], 'warning'), f('m', undefined, []), f('w2', 10, ['E10'], 'warning'), f('e', 10, ['J10'])],
      table,
    );
    expect(groups.map((g) => g.title)).toEqual([
      'Tiltak nr 7 (rad 10) – Skolebasert matematikk',
      'Rad 11',
      'Hele meldingen og partnerskapet',
    ]);
    expect(groups[0]!.findings.map((x) => x.rule)).toEqual(['e', 'w2']);
  });
});

describe('walking the findings', () => {
  const groups = groupFindings([f('a', 10, ['D10']), f('w', 10, ['E10'], 'warning'), f('b', 11, ['D11']), f('m', undefined, [])], table);

  it('walks the errors that have cells, in list order, wrapping around both ways', () => {
    const order = walkOrder(groups);
    expect(order.map((x) => x.rule)).toEqual(['a', 'b']);
    expect(step(order, null, 1)?.rule).toBe('a');
    expect(step(order, null, -1)?.rule).toBe('b');
    expect(step(order, findingKey(order[0]!), 1)?.rule).toBe('b');
    expect(step(order, findingKey(order[1]!), 1)?.rule).toBe('a');
    expect(step(order, findingKey(order[0]!), -1)?.rule).toBe('b');
  });

  it('walks warnings when no error is left, and nothing when the list is empty', () => {
    expect(walkOrder(groupFindings([f('w', 10, ['E10'], 'warning')], table)).map((x) => x.rule)).toEqual(['w']);
    expect(step([], null, 1)).toBeUndefined();
  });
});

describe('goToLabel', () => {
  it('names the cell and the column header in words', () => {
    expect(goToLabel(f('amount', 10, ['J10'], 'error', 'tilskuddEier'), table)).toBe('Gå til J10 (Tilskudd eier)');
    expect(goToLabel(f('fase', 10, ['E10', 'E11'], 'error', 'fase'), table)).toBe('Gå til E10 og 1 til (Fase)');
    expect(goToLabel(f('x', 10, ['Q10']), table)).toBe('Gå til Q10');
  });
});
