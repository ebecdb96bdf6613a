import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkGrid, type CheckOutcome } from '../../src/app/check';
import { editedGrid } from '../../src/app/edits';
import { previewEdit } from '../../src/app/preview';
import { divide, equalShares, proposeSplit, sharesValid, splitEdit } from '../../src/app/split';
import type { Finding } from '../../src/domain/model';
import { findProfile } from '../../src/domain/profiles';
import { nb } from '../../src/i18n';
import type { CellValue, TableHint, WorkbookGrid } from '../../src/table/grid';
import { readWorkbookGrid } from '../../src/xlsx/read';

const profile = findProfile('kompetansenettverk-2024')!;
const HEADERS = ['Nr', 'Tiltak', 'Ordning', 'Fase', 'Tilskudd eier', 'Tilskudd UH', 'Egenandel'];

/** A header row and one tiltak (sheet row 6, as the table starts at row 5) with `fase` in D6. */
function grid(fase: CellValue, tables: TableHint[] = [], amounts: CellValue[] = [120000, 80001, 'ca. 40 000']): WorkbookGrid {
  return {
    sheets: [
      { name: 'Tiltak', cells: [HEADERS, ['3', 'Lesing', 'Regional', fase, ...amounts]], origin: { row: 4, col: 0 }, merges: [], tables },
    ],
  };
}
const check = (g: WorkbookGrid) => {
  const result = checkGrid(g, { selection: profile, today: '2023-11-01', texts: nb });
  if (!result.ok) throw new Error(result.message);
  return { ...result, grid: g };
};
const finding = (rule = 'phase-multiple', cells = ['D6']): Finding =>
  ({ rule, severity: 'error', sheet: 'Tiltak', cells, row: 6, field: 'fase', message: '' }) as Finding;
const propose = (g: WorkbookGrid, f = finding()) => proposeSplit(f, g, check(g).table, profile);

describe('proposeSplit', () => {
  it('names the phases in the order written as the profile does, the amounts to divide and the cells it cannot read', () => {
    expect(propose(grid('planlegging og Vurdering'))).toEqual({
      sheet: 'Tiltak',
      row: 6,
      column: 'D',
      old: 'planlegging og Vurdering',
      phases: ['Planlegging', 'Vurdering'],
      amounts: [
        { field: 'tilskuddEier', column: 'E', value: 120000 },
        { field: 'tilskuddUh', column: 'F', value: 80001 },
      ],
      unread: [{ field: 'egenandel', column: 'G', raw: 'ca. 40 000' }],
      nr: { column: 'A', value: '3' },
      title: { column: 'B', value: 'Lesing' },
    });
  });

  it('reads phase numbers and spellings the way the check does, three phases giving three rows', () => {
    expect(propose(grid('fase 1, 2 og 3'))?.phases).toEqual(['Vurdering', 'Planlegging', 'Gjennomføring']);
  });

  it('offers nothing for other rules, a single phase, a number or a finding without one cell', () => {
    expect(propose(grid('Vurdering og planlegging'), finding('phase-invalid'))).toBeNull();
    expect(propose(grid('Vurdering'))).toBeNull();
    expect(propose(grid(2))).toBeNull();
    expect(propose(grid('Vurdering og planlegging'), finding('phase-multiple', []))).toBeNull();
  });

  it('refuses a row inside an Excel Table, naming the table', () => {
    const table: TableHint = { name: 'Tabell1', range: { top: 4, left: 0, bottom: 5, right: 6 } };
    expect(propose(grid('Vurdering og planlegging', [table]))?.refusal).toEqual({ table: 'Tabell1' });
    const elsewhere: TableHint = { name: 'Tabell2', range: { top: 10, left: 0, bottom: 12, right: 3 } };
    expect(propose(grid('Vurdering og planlegging', [elsewhere]))?.refusal).toBeUndefined();
  });
});

describe('dividing the money', () => {
  it('divides by whole percent in whole kroner, the first row taking the rounding, so the sum never changes', () => {
    expect(equalShares(2)).toEqual([50, 50]);
    expect(equalShares(3)).toEqual([34, 33, 33]);
    expect(divide(80001, [50, 50])).toEqual([40001, 40000]);
    expect(divide(100, [34, 33, 33])).toEqual([34, 33, 33]);
    expect(divide(120000, [100, 0])).toEqual([120000, 0]);
    for (const amount of [1, 7, 99999, 123457])
      for (const shares of [
        [50, 50],
        [34, 33, 33],
        [1, 99],
        [10, 20, 30, 40],
      ])
        expect(divide(amount, shares).reduce((a, b) => a + b, 0)).toBe(amount);
  });

  it('takes only whole percentages that sum to 100, one per phase', () => {
    expect([
      sharesValid([60, 40], 2),
      sharesValid([60, 50], 2),
      sharesValid([50.5, 49.5], 2),
      sharesValid([100], 2),
      sharesValid([-10, 110], 2),
    ]).toEqual([true, false, false, false, false]);
  });

  it('writes each row its phase, its share, a title naming the phase and, for the copies, a number of their own', () => {
    const split = propose(grid('Vurdering og planlegging'))!;
    expect(splitEdit(split, { kind: 'split', shares: [75, 25] })).toEqual({
      kind: 'split',
      sheet: 'Tiltak',
      row: 6,
      rows: [
        { D: 'Vurdering', E: 90000, F: 60001, B: 'Lesing – vurdering' },
        { D: 'Planlegging', E: 30000, F: 20000, B: 'Lesing – planlegging', A: '3b' },
      ],
    });
    expect(splitEdit(split, { kind: 'keep', phase: 1 })).toEqual({
      kind: 'cells',
      sheet: 'Tiltak',
      cells: [{ address: 'D6', value: 'Planlegging' }],
    });
  });
});

describe('the split of the sample workbook, previewed before it is made', () => {
  const sample = () => readWorkbookGrid(readFileSync(join(__dirname, '../../assets/eksempel.xlsx')));
  const outcome = async (): Promise<CheckOutcome> => {
    const g = await sample();
    const result = checkGrid(g, { selection: profile, today: '2023-12-15', texts: nb });
    return { ...result, grid: g };
  };
  const ordning = (o: CheckOutcome, key: string) =>
    o.ok ? o.table.rows.filter((r) => r.values.ordning.kind === 'ok' && r.values.ordning.value === key) : [];
  const grants = (o: CheckOutcome) =>
    ordning(o, 'desentralisert').reduce((sum, r) => {
      const v = (x: (typeof r.values)['tilskuddEier']) => (x.kind === 'ok' ? x.value : 0);
      return sum + v(r.values.tilskuddEier) + v(r.values.tilskuddUh);
    }, 0);

  it('asks for no more money, and says what gets worse: one tiltak more than the ordning may have, and a copy without Beskrivelse', async () => {
    const before = await outcome();
    if (!before.ok) throw new Error(before.message);
    const d6 = before.findings.find((f) => f.rule === 'phase-multiple' && f.cells[0] === 'D6')!;
    const split = proposeSplit(d6, before.grid, before.table, before.profile)!;
    const edit = splitEdit(split, { kind: 'split', shares: equalShares(2) });
    const preview = previewEdit(before, edit, nb)!;
    const after = { ...checkGrid(editedGrid(before.grid!, edit), { selection: profile, today: '2023-12-15', texts: nb }), grid: null };

    expect(grants(after)).toBe(grants(before));
    expect(ordning(after, 'desentralisert')).toHaveLength(8);
    expect(preview.fixed.map((f) => [f.rule, f.cells])).toEqual([['phase-multiple', ['D6']]]);
    // Rows below moved one down: their findings are the same findings, not fixed and new.
    expect(preview.added.map((f) => [f.rule, f.cells])).toEqual([
      ['description-required', ['E7']],
      ['too-many-measures', ['B9']],
    ]);
    expect(preview.ordninger).toEqual([{ ordning: 'desentralisert', tiltak: [7, 8], tilskudd: [grants(before), grants(before)] }]);
  });

  it('keeping one phase changes one cell and makes nothing worse', async () => {
    const before = await outcome();
    if (!before.ok) throw new Error(before.message);
    const d6 = before.findings.find((f) => f.rule === 'phase-multiple')!;
    const keep = splitEdit(proposeSplit(d6, before.grid, before.table, before.profile)!, { kind: 'keep', phase: 0 });
    const preview = previewEdit(before, keep, nb)!;
    expect(preview.fixed.map((f) => f.cells)).toEqual([['D6']]);
    expect(preview.added).toEqual([]);
    expect(preview.ordninger).toEqual([]);
  });
});
