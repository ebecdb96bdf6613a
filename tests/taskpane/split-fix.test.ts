import type { Finding } from '../../src/domain/model';
import { findProfile } from '../../src/domain/profiles';
import type { CellValue, TableHint, WorkbookGrid } from '../../src/table/grid';
import { proposeSplit, splitSummary } from '../../src/taskpane/split-fix';

const profile = findProfile('kompetansenettverk-2024')!;

/** A header row and one tiltak (sheet row 6, as the table starts at row 5) with `fase` in D6. */
function grid(fase: CellValue, tables: TableHint[] = []): WorkbookGrid {
  return {
    sheets: [
      {
        name: 'Tiltak',
        cells: [
          ['Nr', 'Tiltak', 'Ordning', 'Fase'],
          ['1', 'Lesing', 'Regional', fase],
        ],
        origin: { row: 4, col: 0 },
        merges: [],
        tables,
      },
    ],
  };
}
const finding = (rule = 'phase-multiple', cells = ['D6']): Finding =>
  ({ rule, severity: 'error', sheet: 'Tiltak', cells, row: 6, field: 'fase', message: '' }) as Finding;

describe('proposeSplit', () => {
  it('splits a cell naming two phases into the row and one copy, phases in the order written, as the profile names them', () => {
    const split = proposeSplit(finding(), grid('planlegging og Vurdering'), profile);
    expect(split).toEqual({
      kind: 'split',
      sheet: 'Tiltak',
      row: 6,
      column: 'D',
      old: 'planlegging og Vurdering',
      phases: ['Planlegging', 'Vurdering'],
    });
    expect(splitSummary(split!)).toBe('Del rad 6 i 2 rader: Planlegging / Vurdering');
  });

  it('reads phase numbers and spellings the way the check does, three phases giving three rows', () => {
    expect(proposeSplit(finding(), grid('fase 1, 2 og 3'), profile)?.phases).toEqual(['Vurdering', 'Planlegging', 'Gjennomføring']);
  });

  it('offers nothing for other rules, a single phase, a number or a finding without one cell', () => {
    expect(proposeSplit(finding('phase-invalid'), grid('Vurdering og planlegging'), profile)).toBeNull();
    expect(proposeSplit(finding(), grid('Vurdering'), profile)).toBeNull();
    expect(proposeSplit(finding(), grid(2), profile)).toBeNull();
    expect(proposeSplit(finding('phase-multiple', []), grid('Vurdering og planlegging'), profile)).toBeNull();
    expect(proposeSplit(finding(), grid('Vurdering og planlegging'), null)).toBeNull();
  });

  it('refuses a row inside an Excel Table with a Norwegian sentence naming the table', () => {
    const table: TableHint = { name: 'Tabell1', range: { top: 4, left: 0, bottom: 5, right: 3 } };
    const split = proposeSplit(finding(), grid('Vurdering og planlegging', [table]), profile);
    expect(split?.refusal).toMatch(/Rad 6 ligger i Excel-tabellen «Tabell1»/);
    const elsewhere: TableHint = { name: 'Tabell2', range: { top: 10, left: 0, bottom: 12, right: 3 } };
    expect(proposeSplit(finding(), grid('Vurdering og planlegging', [elsewhere]), profile)?.refusal).toBeUndefined();
  });
});
