import { TILTAK_FIELDS, type FieldKind } from '../domain/fields';
import type { ColumnRef, FieldKey, FieldValue, TiltakFields, TiltakRow, TiltakTable } from '../domain/model';
import { cellAddress, columnLetter, type CellRange, type CellValue, type SheetGrid } from './grid';
import type { HeaderRow } from './headers';
import { cellText } from './normalize';
import { PARSERS, type Parser } from './parse';
import { EMPTY } from './parse/value';
import { setCell, tiltakFields, type RowCells } from './row-objects';

const NR = TILTAK_FIELDS.findIndex((f) => f.key === 'nr');

/** Excel's column count: `row * COLS + col` is unique on a sheet. */
const COLS = 16384;

/** The tiltak under a header row: one TiltakRow per non-empty row that is not a totals row. */
export function readRows(header: HeaderRow, parsers: Record<FieldKind, Parser> = PARSERS): TiltakTable {
  const { sheet, assignment } = header;
  const mapping: Partial<Record<FieldKey, ColumnRef>> = {};
  const columns: Array<{ index: number; col: number; letter: string; parse: Parser }> = [];
  TILTAK_FIELDS.forEach((f, index) => {
    const col = assignment.get(f.key);
    if (col === undefined) return;
    const letter = columnLetter(col);
    mapping[f.key] = { column: letter, header: header.headers.get(col) ?? '' };
    const parse = memoize(parsers[f.kind]);
    columns.push({ index, col, letter, parse });
  });

  const template: RowCells = {};
  for (const { index } of columns) setCell(template, index, '');
  const byField = new Map(columns.map((c) => [TILTAK_FIELDS[c.index]!.key, c]));
  const layout: CellsLayout = { columns, template, byField };

  const { row: originRow, col: originCol } = sheet.origin;
  const first = header.row + 1;
  const gridEnd = originRow + sheet.cells.length - 1;
  // An Excel Table's totals rows sit inside its range; they total the tiltak, they are not one.
  const last = header.table ? Math.min(header.table.range.bottom - (header.table.totalsRows ?? 0), gridEnd) : gridEnd;
  const masters = mergeMasters(sheet.merges, [...assignment.values()], first, last);
  /** Reused for every row; unmapped fields stay empty. */
  const parsed: Array<FieldValue<unknown>> = TILTAK_FIELDS.map(() => EMPTY);
  const rows: TiltakRow[] = [];
  for (let r = first; r <= last; r++) {
    const own = sheet.cells[r - originRow];
    if ((own === undefined || own.length === 0) && masters.size === 0) continue;
    /** Addresses of this row's cells that lie in a merge started elsewhere: its top-left cell's. */
    let merged: string[] | undefined;
    // Blank cells parse to the shared EMPTY. A cell inside a merge that starts on an earlier
    // row is empty in Excel: it does not make the row a tiltak.
    /** Cells of this row that hold a value: one count per cell, a merged area counted once. */
    let filled = 0;
    let lastFilled: FieldValue<unknown> = EMPTY;
    let lastFilledField = -1;
    let wideMerge = false;
    for (let c = 0; c < columns.length; c++) {
      const { index, col, parse } = columns[c]!;
      const master = masters.size === 0 ? undefined : masters.get(r * COLS + col);
      if (master === undefined) {
        const value = parse(own?.[col - originCol] ?? null);
        parsed[index] = value;
        if (value !== EMPTY) {
          filled++;
          lastFilled = value;
          lastFilledField = index;
        }
      } else {
        const mr = Math.floor(master / COLS);
        const mc = master % COLS;
        const value = parse(valueAt(sheet, mr, mc));
        parsed[index] = value;
        (merged ??= [])[index] = cellAddress(mr, mc);
        // Only the area's own column counts (once); the row gets it from its top-left cell.
        if (mr === r && value !== EMPTY) wideMerge = true;
      }
    }
    if (filled === 0 && !wideMerge) continue;
    // One text across the table (merged) or one cell starting like a note: a remark, not a tiltak.
    if ((filled <= 1 && wideMerge) || (filled === 1 && isNote(lastFilled))) continue;
    // A number alone: a template numbered down its Nr column, not a tiltak yet.
    if (filled === 1 && !wideMerge && lastFilledField === NR) continue;
    const values = tiltakFields(parsed);
    if (isTotals(values.tittel) || isTotals(values.nr)) continue;
    rows.push(new Row(r + 1, values, layout, merged));
  }

  return {
    sheet: sheet.name,
    headerRow: header.row + 1,
    mapping,
    freeHeaderCell: freeHeaderCell(sheet, header.row),
    rows,
  };
}

/**
 * A tiltak row whose cell addresses are written when first read: a table of 10 000 rows would
 * make 200 000 address strings, and only the rows a finding names are ever asked for theirs
 * (a quarter of the time of reading the rows went to them).
 */
class Row implements TiltakRow {
  private addresses: RowCells | undefined;

  constructor(
    readonly row: number,
    readonly values: TiltakFields,
    private readonly layout: CellsLayout,
    private readonly merged: readonly string[] | undefined,
  ) {}

  get cells(): RowCells {
    if (this.addresses) return this.addresses;
    // A copy of the table's template has every mapped key already: the stores below change no shape.
    const cells: RowCells = { ...this.layout.template };
    const { columns } = this.layout;
    const row = String(this.row);
    for (let c = 0; c < columns.length; c++) {
      const { index, letter } = columns[c]!;
      setCell(cells, index, this.merged?.[index] ?? letter + row);
    }
    return (this.addresses = cells);
  }

  cellOf(field: FieldKey): string | undefined {
    if (this.addresses) return this.addresses[field];
    const column = this.layout.byField.get(field);
    return column === undefined ? undefined : (this.merged?.[column.index] ?? column.letter + this.row);
  }
}

/** The mapped columns of a table, and its rows' `cells` with each mapped key (in field order) blank. */
interface CellsLayout {
  columns: ReadonlyArray<{ index: number; letter: string }>;
  template: RowCells;
  byField: ReadonlyMap<FieldKey, { index: number; letter: string }>;
}

function valueAt(sheet: SheetGrid, row: number, col: number): CellValue {
  return sheet.cells[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null;
}

/**
 * Each cell of a merged area that Excel leaves empty → its area's top-left cell, limited to
 * the columns and rows read, so a huge merge elsewhere costs nothing.
 */
function mergeMasters(merges: readonly CellRange[], cols: readonly number[], first: number, last: number): Map<number, number> {
  const masters = new Map<number, number>();
  for (const m of merges) {
    const master = m.top * COLS + m.left;
    for (const col of cols) {
      if (col < m.left || col > m.right) continue;
      for (let r = Math.max(m.top, first); r <= Math.min(m.bottom, last); r++) {
        if (r !== m.top || col !== m.left) masters.set(r * COLS + col, master);
      }
    }
  }
  return masters;
}

/** Sum, Sum tilskudd, Totalt, Total, I alt, Til sammen: a totals line, not a tiltak ("Summer school" is one). */
const TOTALS = /^(?:(?:sum|totalt|til\s+sammen|samlet)(?:$|[^\p{L}])|(?:total|i\s+alt)[^\p{L}]*$)/iu;
const TOTALS_START = new Set(['s', 'S', 't', 'T', 'i', 'I']);

/** Merknad: …, NB: …, * …: a remark written under or between the tiltak. */
const NOTE = /^(?:(?:merknad|merk|nb|obs|note|notat|kommentar|kilde|forklaring|fotnote)\s*[:.!–-]|\*)/iu;

function isNote(value: FieldValue<unknown>): boolean {
  const raw = value.kind === 'ok' || value.kind === 'invalid' ? value.raw : '';
  return NOTE.test(raw);
}

function isTotals(value: FieldValue<unknown>): boolean {
  return value.kind === 'ok' && TOTALS_START.has(value.raw[0]!) && TOTALS.test(value.raw);
}

/** The first empty header cell right of the last filled one (past any merge it falls in). */
function freeHeaderCell(sheet: SheetGrid, row: number): string {
  const cells = sheet.cells[row - sheet.origin.row] ?? [];
  let last = cells.length - 1;
  while (last >= 0 && cellText(cells[last] ?? null).trim() === '') last--;
  let col = sheet.origin.col + last + 1;
  for (let moved = true; moved;) {
    moved = false;
    for (const m of sheet.merges) {
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) {
        col = m.right + 1;
        moved = true;
      }
    }
  }
  return cellAddress(row, col);
}

/** Distinct values a column may show before it must have repeated some to keep its cache. */
const MEMO_TRIAL = 512;

/**
 * Parse each distinct value once per read: a column repeats the same few spellings (Dekom,
 * høst 2024, Drammen, Lier), amounts and dates. Cells with the same value share one frozen
 * FieldValue, which also spares the garbage collector most of a large table. A column whose
 * values hardly repeat is parsed directly, as there the cache costs more than it saves:
 * texts need one repeat per two distinct values, numbers and dates (cheap to read) one each.
 */
function memoize(parse: Parser): Parser {
  const texts = new Cache<string>(parse, 0.5);
  const numbers = new Cache<number>(parse, 1);
  const dates = new Cache<number>(parse, 1);
  return (value) => {
    if (typeof value === 'string') return texts.get(value, value);
    if (typeof value === 'number') return numbers.get(value, value);
    if (value instanceof Date) return dates.get(value.getTime(), value);
    return parse(value);
  };
}

/** A per-column cache that gives up when, after MEMO_TRIAL distinct values, too few lookups hit. */
class Cache<K> {
  private readonly seen = new Map<K, FieldValue<unknown>>();
  private hits = 0;
  private active = true;

  constructor(
    private readonly parse: Parser,
    /** Hits per distinct value needed after the trial to keep caching. */
    private readonly minHitRatio: number,
  ) {}

  get(key: K, value: CellValue): FieldValue<unknown> {
    if (!this.active) return this.parse(value);
    let parsed = this.seen.get(key);
    if (parsed !== undefined) {
      this.hits++;
      return parsed;
    }
    this.seen.set(key, (parsed = deepFreeze(this.parse(value))));
    if (this.seen.size === MEMO_TRIAL && this.hits < MEMO_TRIAL * this.minHitRatio) {
      this.active = false;
      this.seen.clear();
    }
    return parsed;
  }
}

function deepFreeze(fv: FieldValue<unknown>): FieldValue<unknown> {
  if (fv.kind === 'ok' && typeof fv.value === 'object' && fv.value !== null) Object.freeze(fv.value);
  return Object.freeze(fv);
}
