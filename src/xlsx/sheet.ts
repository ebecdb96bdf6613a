import type { CellRange, CellValue } from '../table/grid';
import { UNCOMPUTED } from '../domain/uncomputed';
import { Budget, damaged, LIMITS, ReadRefusal, type Where } from './limits';
import { clearUnderMerges } from './merges';
import { isoToSerial, serialToDate, validSerial } from './serial';
import { DATE, ELAPSED, formatElapsed, type CellStyles } from './styles';
import { CDATA, decodeOoxmlEscapes, DONE, MORE, START, StringItem, TEXT, XmlScanner } from './xml';

/** What a worksheet part's cells need from the rest of the workbook. */
export interface SheetContext {
  sharedStrings: readonly string[];
  styles: CellStyles;
  /** The 1904 date system: serial 0 is 1 January 1904 instead of 31 December 1899. */
  date1904: boolean;
  budget?: Budget;
}

export interface SheetCells {
  /** `cells[r][c]`: 0-based from A1. Rows without values are missing (the array is sparse); rows may be ragged. */
  cells: CellValue[][];
  merges: CellRange[];
  /** Relationship ids of the sheet's Table parts. */
  tableParts: string[];
}

/** Where the reader is in a worksheet part. */
const BEFORE = 0;
const DATA = 1;
const AFTER = 2;

/** Cell types (`t`), as codes read from the attribute's characters without making a string. */
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

/** The letter `v`: a cell's value element. */
const V = 118;

/** The most slots a row's values are made with before its cells are read. */
const ROW_START = 64;

/** What the text in a cell is for. */
const NONE = 0;
const VALUE = 1;
const FORMULA = 2;
const INLINE = 3;

/**
 * A worksheet part → plain values, fed as text in pieces so a 100 000-row sheet never has to
 * be one string, read by the strict scanner (xml.ts): a part cut short or not well-formed is
 * refused as damaged, naming the last row read, never read as the rows before the cut.
 * Cell types (ECMA-376 §18.18.11): `s` shared string, `str` a formula's text result,
 * `inlineStr` (text in the cell, plain or rich), `b` boolean, `e` an error such as `#REF!`, `d`
 * an ISO 8601 date, time or duration, `n` (or none) a number, shown as a date when its style's
 * format is one and as elapsed time (`[h]:mm`, the text Excel shows) when that is. A formula
 * cell is its cached result; a formula stored without one (written by a program that does not
 * calculate, such as openpyxl) becomes an error value that names the formula, so it is reported
 * on its cell and never read as an empty or zero cell. Rows and cells without `r` follow the
 * previous one, as the format allows; a row or column past Excel's last is refused. Values
 * under a merged area's top-left cell are not shown by Excel and are left out.
 */
export class SheetReader {
  private readonly cells: CellValue[][] = [];
  private readonly merges: CellRange[] = [];
  private readonly tableParts: string[] = [];
  private readonly sharedFormulas = new Map<string, string>();
  private readonly scanner: XmlScanner;
  private readonly budget: Budget;
  private readonly item = new StringItem();
  private state = BEFORE;
  private row = -1;
  /** The last row read to its end (1-based), named when the part turns out damaged. */
  private rowsDone = 0;
  private col = -1;
  /** The current row's values, made when its first value is kept. */
  private values: CellValue[] | undefined;
  /** Slots a new row's values start with: the width of the row before, up to ROW_START. */
  private width = 0;
  /** The current cell. */
  private type = T_NUMBER;
  private style = -1;
  private reading = NONE;
  private value = '';
  private hasValue = false;
  private formula = '';
  private formulaShared: string | undefined;
  private hasFormula = false;

  constructor(
    private readonly ctx: SheetContext,
    private readonly where: Where = {},
  ) {
    this.scanner = new XmlScanner(where);
    this.budget = ctx.budget ?? new Budget();
  }

  push(text: string): void {
    this.scanner.feed(text);
    this.run();
  }

  end(): SheetCells {
    this.scanner.finish();
    this.run();
    // Gaps in a row are empty cells (null), as the Office.js port gives them.
    this.cells.forEach((own) => {
      own.length = filledLength(own);
      for (let c = 0; c < own.length; c++) own[c] ??= null;
    });
    clearUnderMerges(this.cells, this.merges);
    return { cells: this.cells, merges: this.merges, tableParts: this.tableParts };
  }

  private run(): void {
    const s = this.scanner;
    try {
      for (let kind = s.next(); kind !== MORE && kind !== DONE; kind = s.next()) {
        if (this.state === DATA) this.data(s, kind);
        else if (kind === START) this.outside(s);
      }
    } catch (e) {
      // A damaged sheet names the last row read whole, so the user knows how far it got.
      if (e instanceof ReadRefusal && e.problem.kind === 'damaged' && this.state !== AFTER) {
        throw new ReadRefusal({ kind: 'damaged', where: this.where, afterRow: this.rowsDone });
      }
      throw e instanceof ReadRefusal ? e.at(this.where) : e;
    }
  }

  /** Before and after <sheetData>: its start, merged areas and table parts. */
  private outside(s: XmlScanner): void {
    const local = s.local;
    if (local === 'sheetData' && s.depth === 2 && this.state === BEFORE) {
      this.state = DATA;
    } else if (local === 'mergeCell') {
      const range = rangeOf(s.attr('ref') ?? '');
      if (!range) return;
      if (this.merges.length === LIMITS.merges) throw new ReadRefusal({ kind: 'tooManyCells', max: LIMITS.cells, where: this.where });
      this.merges.push(range);
    } else if (local === 'tablePart') {
      const id = s.attr('r:id') ?? s.attr('id');
      if (id) this.tableParts.push(id);
    }
  }

  private data(s: XmlScanner, kind: number): void {
    if (kind === TEXT || kind === CDATA) {
      if (this.reading === VALUE) this.value += s.text();
      else if (this.reading === FORMULA) this.formula += s.text();
      else if (this.reading === INLINE) this.item.token(s, kind);
      return;
    }
    const local = s.local;
    if (kind === START) {
      if (this.reading === INLINE) this.item.token(s, kind);
      else if (local === 'c') {
        this.startCell(s);
        // Most cells are `<c …><v>…</v></c>`: read at once.
        if (s.simpleChild(V)) this.simpleCell(s);
      } else if (local === 'v') this.startValue();
      else if (local === 'f') this.startFormula(s);
      else if (local === 'is') this.startInline();
      else if (local === 'row') this.startRow(s);
      return;
    }
    // END
    if (local === 'c') this.endCell();
    else if (local === 'is') this.reading = NONE;
    else if (this.reading === INLINE) this.item.token(s, kind);
    else if (local === 'v' || local === 'f') this.reading = NONE;
    else if (local === 'row') this.endRow();
    else if (local === 'sheetData') this.state = AFTER;
  }

  /**
   * A row's values are made with the width of the row before (a table's rows are alike), so
   * they need not grow cell by cell; the slots left over are cut off when the row ends.
   */
  private endRow(): void {
    this.rowsDone = this.row + 1;
    const values = this.values;
    if (values === undefined) return;
    values.length = filledLength(values);
    this.width = Math.min(values.length, ROW_START);
  }

  private startRow(s: XmlScanner): void {
    const r = s.attr('r');
    if (r === undefined) this.row++;
    else {
      const n = Number(r);
      if (!Number.isInteger(n) || n < 1) throw damaged(this.where);
      if (n > LIMITS.rows) throw new ReadRefusal({ kind: 'outOfRange', where: this.where, row: n });
      this.row = n - 1;
    }
    if (this.row >= LIMITS.rows) throw new ReadRefusal({ kind: 'outOfRange', where: this.where, row: this.row + 1 });
    this.col = -1;
    this.values = this.cells[this.row];
  }

  /** A cell's `r`, `t` and `s`, read from the tag's characters: no string is made for them. */
  private startCell(s: XmlScanner): void {
    let type = T_NUMBER;
    let style = -1;
    let col = -1;
    const spans = s.attrSpans;
    const buf = s.source;
    for (let k = 0; k < s.attrCount; k++) {
      const nameStart = spans[4 * k]!;
      if (spans[4 * k + 1]! - nameStart !== 1) continue;
      const c = buf.charCodeAt(nameStart);
      const from = spans[4 * k + 2]!;
      const to = spans[4 * k + 3]!;
      if (c === 114) col = columnAt(buf, from, to);
      else if (c === 116) type = typeAt(buf, from, to);
      else if (c === 115) style = integerAt(buf, from, to);
    }
    if (this.row < 0) {
      this.row = 0;
      this.values = this.cells[0];
    }
    // A reference without column letters (`r="0"`, written by some generators) is read as no reference.
    this.col = col < 0 ? this.col + 1 : col;
    if (this.col >= LIMITS.columns)
      throw new ReadRefusal({ kind: 'outOfRange', where: this.where, row: this.row + 1, column: this.col + 1 });
    this.type = type;
    this.style = style;
    this.reading = NONE;
    this.hasValue = false;
    this.hasFormula = false;
  }

  /** `<c …><v>text</v></c>` read at once: shared-string indexes and whole numbers straight from the characters. */
  private simpleCell(s: XmlScanner): void {
    const buf = s.source;
    const from = s.textStart;
    const to = s.textEnd;
    this.reading = NONE;
    this.hasValue = true;
    let value: CellValue;
    if (this.type === T_SHARED) {
      const index = integerAt(buf, from, to);
      value = index < 0 ? null : (this.ctx.sharedStrings[index] ?? null);
    } else if (this.type === T_NUMBER) {
      const n = integerAt(buf, from, to);
      value = n >= 0 ? this.styled(n) : this.cellValueOf(buf.slice(from, to));
    } else {
      value = this.cellValueOf(buf.slice(from, to));
    }
    this.keep(value);
  }

  private startValue(): void {
    this.reading = VALUE;
    this.value = '';
    this.hasValue = true;
  }

  private startFormula(s: XmlScanner): void {
    this.reading = FORMULA;
    this.formula = '';
    this.formulaShared = s.attrCount === 0 ? undefined : s.attr('si');
    this.hasFormula = true;
  }

  private startInline(): void {
    this.reading = INLINE;
    this.item.reset();
    this.hasValue = true;
  }

  private endCell(): void {
    this.reading = NONE;
    this.keep(this.cellValue());
  }

  private keep(value: CellValue): void {
    if (value === null) return;
    if (typeof value === 'string' && value.length > LIMITS.cellText) {
      throw new ReadRefusal({ kind: 'textTooLong', where: this.where, cell: cellRef(this.row, this.col), max: LIMITS.cellText });
    }
    this.budget.cells();
    const values = (this.values ??= this.cells[this.row] = this.width > 0 ? new Array<CellValue>(this.width) : []);
    values[this.col] = value;
  }

  private cellValue(): CellValue {
    if (this.type === T_INLINE) return this.hasValue ? this.item.value() : null;
    if (this.hasFormula) {
      if (this.formulaShared !== undefined && this.formula !== '') this.sharedFormulas.set(this.formulaShared, this.formula);
      if (!this.hasValue || (this.value === '' && this.type !== T_STR)) return this.uncomputed();
    }
    return this.hasValue ? this.cellValueOf(this.value) : null;
  }

  /** The value `v` of a cell of the current type. */
  private cellValueOf(v: string): CellValue {
    switch (this.type) {
      case T_SHARED:
        return this.ctx.sharedStrings[Number(v)] ?? null;
      case T_STR:
        return decodeOoxmlEscapes(v);
      case T_BOOL:
        return v === '1' || v === 'true';
      case T_ERROR:
        return { error: v };
      case T_DATE:
        return this.isoValue(v);
      default: {
        if (v === '') return null;
        const n = Number(v);
        if (Number.isNaN(n)) return decodeOoxmlEscapes(v);
        return this.styled(n);
      }
    }
  }

  /** A number as its style shows it: a date, elapsed time as Excel writes it, or the number. */
  private styled(n: number): CellValue {
    const style = this.style;
    if (style < 0) return n;
    const kind = this.ctx.styles.kinds[style];
    if (kind === DATE) return validSerial(n, this.ctx.date1904) ? serialToDate(n, this.ctx.date1904) : n;
    if (kind === ELAPSED) return formatElapsed(n, this.ctx.styles.elapsed.get(style)!);
    return n;
  }

  /**
   * `t="d"`: an ISO 8601 date, date-time, time or duration (Strict OOXML writes times as
   * `10:10:10` and durations as `PT24H0M0.000S`). A calendar date is that date; a time or a
   * duration is a number of days shown by the cell's style, as a number cell would be.
   */
  private isoValue(v: string): CellValue {
    const parsed = isoToSerial(v, this.ctx.date1904);
    if (parsed === undefined) return decodeOoxmlEscapes(v);
    const kind = this.style < 0 ? undefined : this.ctx.styles.kinds[this.style];
    if (kind === ELAPSED) return formatElapsed(parsed.serial, this.ctx.styles.elapsed.get(this.style)!);
    if (parsed.date || kind === DATE) {
      return validSerial(parsed.serial, this.ctx.date1904) ? serialToDate(parsed.serial, this.ctx.date1904) : parsed.serial;
    }
    return parsed.serial;
  }

  private uncomputed(): CellValue {
    const shared = this.formulaShared;
    const text = this.formula !== '' ? this.formula : shared !== undefined ? (this.sharedFormulas.get(shared) ?? '') : '';
    return { error: `=${text}${UNCOMPUTED}` };
  }
}

/** A whole worksheet part at once (small parts and tests). */
export function readSheetCells(xml: string, ctx: SheetContext, where?: Where): SheetCells {
  const reader = new SheetReader(ctx, where);
  reader.push(xml);
  return reader.end();
}

/** `AB12` → 0-based column 27, read without a regex (the hot path); -1 when there are no letters. */
function columnOf(ref: string): number {
  return columnAt(ref, 0, ref.length);
}

/** The column of the reference in `text` from `from` to `to`; at most four letters are read (past XFD either way). */
function columnAt(text: string, from: number, to: number): number {
  let n = 0;
  let i = from;
  for (; i < to && i < from + 4; i++) {
    const code = text.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    n = n * 26 + (code - 96);
  }
  return i === from ? -1 : n - 1;
}

/** A whole number of at most 15 digits (exact in a double) from `from` to `to`, or -1 when the text is anything else. */
function integerAt(text: string, from: number, to: number): number {
  if (to === from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The cell type code of a `t` value. */
function typeAt(text: string, from: number, to: number): number {
  const length = to - from;
  const c = text.charCodeAt(from);
  if (length === 1) return c === 115 ? T_SHARED : c === 98 ? T_BOOL : c === 101 ? T_ERROR : c === 100 ? T_DATE : T_NUMBER;
  if (length === 3 && text.startsWith('str', from)) return T_STR;
  if (length === 9 && text.startsWith('inlineStr', from)) return T_INLINE;
  return T_NUMBER;
}

function cellRef(row: number, col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** `A1:C2` (or one cell) → 0-based inclusive range within Excel's grid, or undefined. */
export function rangeOf(ref: string): CellRange | undefined {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  if (!a || !b) return undefined;
  const first = cellOf(a);
  const last = cellOf(b);
  if (!first || !last) return undefined;
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.col, last.col),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.col, last.col),
  };
}

function cellOf(ref: string): { row: number; col: number } | undefined {
  const m = /^([A-Za-z]{1,3})([0-9]{1,7})$/.exec(ref);
  if (!m) return undefined;
  const col = columnOf(m[1]!);
  const row = Number(m[2]) - 1;
  return col < LIMITS.columns && row >= 0 && row < LIMITS.rows ? { row, col } : undefined;
}

/** The length of a row's values without the empty slots after its last value. */
function filledLength(values: readonly CellValue[]): number {
  let n = values.length;
  while (n > 0 && values[n - 1] === undefined) n--;
  return n;
}
