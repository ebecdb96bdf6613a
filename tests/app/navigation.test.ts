import type { Finding, TiltakTable } from '../../src/domain/model';
import { columnName, findingAt, findingKey, groupFindings, step, tiltakOf, walkOrder } from '../../src/app/navigation';
import { nb } from '../../src/i18n';

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
  it('groups by tiltak in row order, the melding last, errors first in each group', () => {
    const groups = groupFindings([
      f('w', 11, ['D11'], 'warning'),
      f('m', undefined, []),
      f('w2', 10, ['E10'], 'warning'),
      f('e', 10, ['J10']),
    ]);
    expect(groups.map((g) => g.row)).toEqual([10, 11, undefined]);
    expect(groups[0]!.findings.map((x) => x.rule)).toEqual(['e', 'w2']);
  });

  it('heads a group as the sheet and the melding name the tiltak: number, row, title', () => {
    const title = (row: number) => nb.pane.findings.tiltak({ ...tiltakOf(row, table), row });
    expect([title(10), title(11)]).toEqual(['Tiltak nr. 7 (rad 10) – Skolebasert matematikk', 'Rad 11']);
  });
});

describe('walking the findings', () => {
  const groups = groupFindings([f('a', 10, ['D10']), f('w', 10, ['E10'], 'warning'), f('b', 11, ['D11']), f('m', undefined, [])]);

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
    expect(walkOrder(groupFindings([f('w', 10, ['E10'], 'warning')])).map((x) => x.rule)).toEqual(['w']);
    expect(step([], null, 1)).toBeUndefined();
  });

  it('marks the finding at a picked cell, keeping the current one when it is there too', () => {
    const findings = [f('a', 10, ['D10']), f('b', 10, ['D10', 'E10'])];
    expect(findingAt(findings, null, 'Tiltak', 'E10')).toBe(findingKey(findings[1]!));
    expect(findingAt(findings, findingKey(findings[1]!), 'Tiltak', 'D10')).toBe(findingKey(findings[1]!));
    expect(findingAt(findings, null, 'Tiltak', 'D10')).toBe(findingKey(findings[0]!));
    expect(findingAt(findings, 'x', 'Tiltak', 'Q1')).toBe('x');
  });
});

describe('naming the place', () => {
  it('names the column by its header in the table, or by the field', () => {
    expect(columnName(f('amount', 10, ['J10'], 'error', 'tilskuddEier'), table, nb)).toBe('Tilskudd eier');
    expect(columnName(f('fase', 10, ['E10'], 'error', 'fase'), table, nb)).toBe('Fase');
    expect(columnName(f('x', 10, ['Q10']), table, nb)).toBeUndefined();
    const goTo = nb.pane.findings.goTo;
    expect(goTo({ cell: 'J10', more: 0, column: 'Tilskudd eier' })).toBe('Gå til J10 (Tilskudd eier)');
    expect(goTo({ cell: 'E10', more: 1, column: 'Fase' })).toBe('Gå til E10 og 1 til (Fase)');
  });
});
