import { TILTAK_FIELDS } from '../../src/domain/fields';
import type { FieldValue } from '../../src/domain/model';
import type { CellValue } from '../../src/table/grid';
import { setCell, tiltakFields, type RowCells } from '../../src/table/row-objects';
import { HEADERS, readOk, ROW, sheet } from './grids';

const withRows = (...rows: CellValue[][]) => ({ sheets: [sheet('Tiltak', [HEADERS, ...rows])] });
const titled = (title: string): CellValue[] => ['9', title, 'Rekom'];

describe('reading the rows of the table', () => {
  it('reads typed values and points each field at its cell', () => {
    const t = readOk({ sheets: [sheet('Tiltak', [['Behovsmelding 2024'], [], HEADERS, ROW])] });
    expect(t).toMatchObject({ sheet: 'Tiltak', headerRow: 3, freeHeaderCell: 'P3' });
    expect(t.rows).toHaveLength(1);
    const r = t.rows[0]!;
    expect(r.row).toBe(4);
    expect(r.cells).toMatchObject({ nr: 'A4', tittel: 'B4', tilskuddEier: 'I4', laererutdanning: 'O4' });
    expect(r.values.tilskuddEier).toEqual({ kind: 'ok', value: 100000, raw: '100 000' });
    expect(r.values.tilskuddUh).toEqual({ kind: 'ok', value: 50000, raw: '50000' });
    expect(r.values.ordning).toMatchObject({ kind: 'ok', value: 'desentralisert' });
    expect(r.values.fase).toMatchObject({ kind: 'ok', value: 'gjennomforing' });
    expect(r.values.eiere).toMatchObject({ kind: 'ok', value: ['Drammen', 'Lier'] });
    expect(r.values.start).toMatchObject({ kind: 'ok', value: { from: '2024-08-01', to: '2024-12-31' } });
    expect(r.values.slutt).toMatchObject({ kind: 'ok', value: { from: '2025-01-01', to: '2025-07-31' } });
  });

  it('gives every field a value, empty when its column is not mapped, and no cell', () => {
    const r = readOk(withRows(ROW)).rows[0]!;
    expect(Object.keys(r.values)).toEqual(TILTAK_FIELDS.map((f) => f.key));
    expect(r.values.koordinator).toEqual({ kind: 'empty' });
    expect(r.cells.koordinator).toBeUndefined();
    expect(Object.keys(r.cells)).toHaveLength(HEADERS.length);
  });

  it('points an empty mapped cell at its address so a finding can show where to write', () => {
    const row = [...ROW];
    row[1] = '  ';
    const r = readOk(withRows(row)).rows[0]!;
    expect(r.values.tittel).toEqual({ kind: 'empty' });
    expect(r.cells.tittel).toBe('B2');
  });

  it('skips rows where every mapped cell is empty, also ragged and missing rows', () => {
    const cells: CellValue[][] = [HEADERS, ROW, [], [null, '  ', null], ROW];
    cells[6] = ROW; // row 6 is a hole: row 6 on the sheet is missing entirely
    const t = readOk({ sheets: [sheet('T', cells)] });
    expect(t.rows.map((r) => r.row)).toEqual([2, 5, 7]);
  });

  it('skips rows numbered down the Nr column of an otherwise empty template', () => {
    const numbered = Array.from({ length: 464 }, (_, i): CellValue[] => [i + 2]);
    const t = readOk(withRows(ROW, ...numbered));
    expect(t.rows.map((r) => r.row)).toEqual([2]);
    // A number with anything else in the row is a tiltak still, to be checked.
    expect(readOk(withRows(['3', 'Kort rad'])).rows).toHaveLength(1);
  });

  it('reads a ragged row: cells past its end are empty', () => {
    const t = readOk(withRows(['2', 'Kort rad']));
    expect(t.rows[0]!.values.tittel).toMatchObject({ value: 'Kort rad' });
    expect(t.rows[0]!.values.laererutdanning).toEqual({ kind: 'empty' });
    expect(t.rows[0]!.cells.laererutdanning).toBe('O2');
  });

  it('ignores cells of unmapped columns when deciding whether a row is empty', () => {
    const noteOnly: CellValue[] = [...Array<CellValue>(15).fill(null), 'notat i kolonne P'];
    expect(readOk(withRows(ROW, noteOnly)).rows).toHaveLength(1);
  });

  it('keeps Excel error values as errors on their own cell', () => {
    const row = [...ROW];
    row[9] = { error: '#REF!' };
    const r = readOk(withRows(row)).rows[0]!;
    expect(r.values.tilskuddUh).toEqual({ kind: 'error', code: '#REF!' });
    expect(r.cells.tilskuddUh).toBe('J2');
    expect(readOk(withRows([null, { error: '#N/A' }])).rows).toHaveLength(1);
  });

  it('handles a used range that does not start at A1', () => {
    const t = readOk({ sheets: [sheet('T', [HEADERS, ROW], { origin: { row: 4, col: 2 } })] });
    expect(t.headerRow).toBe(5);
    expect(t.mapping.tittel?.column).toBe('D');
    expect(t.rows[0]!.row).toBe(6);
    expect(t.rows[0]!.cells.tittel).toBe('D6');
    expect(t.freeHeaderCell).toBe('R5');
  });
});

describe('totals rows', () => {
  it.each(['Sum', 'SUM', 'Sum tilskudd', 'Sum:', 'Totalt', 'Totalt for alle tiltak', 'Total', 'I alt', 'i alt:'])(
    'skips a row titled %p',
    (title) => {
      expect(readOk(withRows(ROW, titled(title))).rows).toHaveLength(1);
    },
  );

  it.each(['Summer school', 'Summen av alt', 'Total kvalitet', 'Totale kostnader', 'I altfor stor grad', 'Lesing i alt'])(
    'keeps %p',
    (title) => {
      expect(readOk(withRows(ROW, titled(title))).rows).toHaveLength(2);
    },
  );

  it('also spots a totals row by its number column', () => {
    const sum: CellValue[] = ['Sum', null, null, null, null, null, null, null, 200000, 100000];
    expect(readOk(withRows(ROW, ROW, sum)).rows.map((r) => r.row)).toEqual([2, 3]);
  });
});

describe('merged cells', () => {
  it('reads every cell of a merged area from its top-left cell and points there', () => {
    const second: CellValue[] = ['2', 'Regning', null, 'Planlegging'];
    const t = readOk({
      sheets: [sheet('T', [HEADERS, ROW, second], { merges: [{ top: 1, left: 2, bottom: 2, right: 2 }] })],
    });
    expect(t.rows[1]!.values.ordning).toMatchObject({ kind: 'ok', value: 'desentralisert' });
    expect(t.rows[1]!.cells.ordning).toBe('C2');
    expect(t.rows[0]!.cells.ordning).toBe('C2');
  });

  it('reads a horizontally merged cell for each column it spans', () => {
    const row: CellValue[] = [...ROW];
    row[13] = 'Felles tekst';
    row[14] = null;
    const t = readOk({ sheets: [sheet('T', [HEADERS, row], { merges: [{ top: 1, left: 13, bottom: 1, right: 14 }] })] });
    expect(t.rows[0]!.values.laererutdanning).toMatchObject({ value: 'Felles tekst' });
    expect(t.rows[0]!.cells.laererutdanning).toBe('N2');
  });

  it('does not turn the empty rest of a merge into a tiltak', () => {
    const t = readOk({
      sheets: [sheet('T', [HEADERS, ROW, [], []], { merges: [{ top: 1, left: 2, bottom: 3, right: 2 }] })],
    });
    expect(t.rows.map((r) => r.row)).toEqual([2]);
  });

  it('steps the free header cell past a merged header', () => {
    const t = readOk({ sheets: [sheet('T', [HEADERS, ROW], { merges: [{ top: 0, left: 14, bottom: 0, right: 16 }] })] });
    expect(t.freeHeaderCell).toBe('R1');
  });
});

describe('Excel Tables', () => {
  it('reads only the rows inside the table', () => {
    const cells = [['Oversikt'], ['Tiltak', 'Fase', 'Ordning'], [], [], HEADERS, ROW, ROW, [], ['Sum', 'notat', 'under tabellen']];
    const t = readOk({ sheets: [sheet('T', cells, { tables: [{ name: 'Tiltak', range: { top: 4, left: 0, bottom: 6, right: 14 } }] })] });
    expect(t.headerRow).toBe(5);
    expect(t.rows.map((r) => r.row)).toEqual([6, 7]);
  });

  it('maps only the columns inside the table', () => {
    const headers = ['Kommentar', ...HEADERS];
    const row = ['x', ...ROW];
    const t = readOk({
      sheets: [sheet('T', [headers, row], { tables: [{ name: 'T', range: { top: 0, left: 1, bottom: 1, right: 15 } }] })],
    });
    expect(t.mapping.tittel?.column).toBe('C');
    expect(t.rows[0]!.cells.tittel).toBe('C2');
  });
});

describe('row objects', () => {
  it('tiltakFields lists every field in TILTAK_FIELDS order, each at its index', () => {
    const marks = TILTAK_FIELDS.map((_, i): FieldValue<unknown> => ({ kind: 'ok', value: i, raw: String(i) }));
    const fields = tiltakFields(marks);
    expect(Object.keys(fields)).toEqual(TILTAK_FIELDS.map((f) => f.key));
    TILTAK_FIELDS.forEach((f, i) => expect(fields[f.key]).toBe(marks[i]));
  });

  it('setCell stores each index under its TILTAK_FIELDS key', () => {
    const cells: RowCells = {};
    TILTAK_FIELDS.forEach((_, i) => setCell(cells, i, `X${i}`));
    expect(cells).toEqual(Object.fromEntries(TILTAK_FIELDS.map((f, i) => [f.key, `X${i}`])));
  });
});

describe('large tables', () => {
  it('reads ten thousand rows, sharing parsed values between equal cells without mixing them up', () => {
    const rows = Array.from({ length: 10_000 }, (_, i): CellValue[] => {
      const row = [...ROW];
      row[0] = String(i + 1);
      row[8] = i % 2 === 0 ? '100 000' : i;
      return row;
    });
    const t = readOk(withRows(...rows));
    expect(t.rows).toHaveLength(10_000);
    expect(t.rows[9_999]!.row).toBe(10_001);
    expect(t.rows[9_999]!.cells.tilskuddEier).toBe('I10001');
    expect(t.rows[9_998]!.values.tilskuddEier).toEqual({ kind: 'ok', value: 100000, raw: '100 000' });
    expect(t.rows[9_999]!.values.tilskuddEier).toEqual({ kind: 'ok', value: 9_999, raw: '9999' });
    expect(t.rows[0]!.values.eiere).toEqual(t.rows[5_000]!.values.eiere);
  });
});
