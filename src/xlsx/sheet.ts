import type { CellRange, CellValue } from '../table/grid';
import { UNCOMPUTED } from '../domain/uncomputed';
import { attribute, decodeXml, startTags, stringItemText } from './xml';

/** What a worksheet part's cells need from the rest of the workbook. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** Indexes of cell styles (`s`) whose number format is a date. */
  dateStyles: ReadonlySet<number>;
  /** The 1904 date system: serial 0 is 1 January 1904 instead of 31 December 1899. */
  date1904: boolean;
}

export interface SheetCells {
  /** `cells[r][c]`: 0-based from A1; rows may be ragged or empty. */
  cells: CellValue[][];
  merges: CellRange[];
  /** Relationship ids of the sheet's Table parts. */
  tableParts: string[];
}

const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (the 1900 system's day 0 as Excel counts after 1 March 1900) to 1970-01-01. */
const EPOCH_1900 = 25_569;
const EPOCH_1904_OFFSET = 1_462;

/** A date serial → the UTC midnight (plus time of day) it shows; Excel dates carry no time zone. */
export function serialToDate(serial: number, date1904: boolean): Date {
  let days = serial + (date1904 ? EPOCH_1904_OFFSET : 0) - EPOCH_1900;
  // Excel's 1900 system counts a 29 February 1900 that never was: serials below 60 are a day later.
  if (!date1904 && serial < 60) days += 1;
  return new Date(Math.round(days * DAY_MS));
}

const CELL_OR_ROW = /<(?:([\w.-]+):)?(row|c)\b([^>]*?)(\/?)>/g;
const V = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)</;
const F = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([^<]*)<)/;
const IS = /<(?:[\w.-]+:)?is>([\s\S]*)<\/(?:[\w.-]+:)?is>/;

const SHEET_DATA_START = /<(?:[\w.-]+:)?sheetData\b[^>]*?(\/?)>/;
const SHEET_DATA_END = /<\/(?:[\w.-]+:)?sheetData>/g;

/**
 * A worksheet part → plain values, fed as text in pieces so a 100 000-row sheet never has to
 * be one string. Cell types (ECMA-376 §18.18.11): `s` shared string, `str` a formula's text
 * result, `inlineStr` (text in the cell, plain or rich), `b` boolean, `e` an error such as
 * `#REF!`, `d` an ISO 8601 date, `n` (or none) a number, shown as a date when its style's
 * format is one. A formula cell is its cached result; a formula stored without one (written by
 * a program that does not calculate, such as openpyxl) becomes an error value that names the
 * formula, so it is reported on its cell and never read as an empty or zero cell. Rows and
 * cells without `r` follow the previous one, as the format allows.
 */
export class SheetReader {
  private readonly cells: CellValue[][] = [];
  private readonly sharedFormulas = new Map<string, string>();
  private row = -1;
  private col = -1;
  private values: CellValue[] = [];
  private state: 'before' | 'data' | 'after' = 'before';
  /** Text not yet scanned: an unfinished row, or the start of a tag cut between pieces. */
  private pending = '';
  /** Everything after </sheetData>: merges and table parts. */
  private tail = '';

  constructor(private readonly ctx: SheetContext) {}

  push(text: string): void {
    if (this.state === 'after') {
      this.tail += text;
      return;
    }
    // The end tag can only be in the new text or across its seam with the pending text.
    SHEET_DATA_END.lastIndex = Math.max(0, this.pending.length - 32);
    let buf = this.pending + text;
    this.pending = '';
    if (this.state === 'before') {
      const start = SHEET_DATA_START.exec(buf);
      if (!start) {
        this.pending = buf.slice(-64);
        return;
      }
      buf = buf.slice(start.index + start[0].length);
      SHEET_DATA_END.lastIndex = 0;
      this.state = start[1] === '/' ? 'after' : 'data';
      if (this.state === 'after') {
        this.tail = buf;
        return;
      }
    }
    const end = SHEET_DATA_END.exec(buf);
    if (end) {
      this.scan(buf.slice(0, end.index));
      this.tail = buf.slice(end.index);
      this.state = 'after';
      return;
    }
    const cut = lastRowEnd(buf);
    if (cut < 0) {
      this.pending = buf;
      return;
    }
    this.scan(buf.slice(0, cut));
    this.pending = buf.slice(cut);
  }

  end(): SheetCells {
    if (this.state === 'data') this.scan(this.pending);
    const cells = this.cells;
    for (let r = 0; r < cells.length; r++) {
      const own = (cells[r] ??= []);
      for (let c = 0; c < own.length; c++) own[c] ??= null;
    }
    const merges = startTags(this.tail, 'mergeCell').flatMap((tag) => {
      const range = rangeOf(attribute(tag, 'ref') ?? '');
      return range ? [range] : [];
    });
    const tableParts = startTags(this.tail, 'tablePart').flatMap((tag) => {
      const id = attribute(tag, 'r:id') ?? attribute(tag, 'id');
      return id ? [id] : [];
    });
    return { cells, merges, tableParts };
  }

  /** Rows and cells of a piece that holds only whole rows. */
  private scan(xml: string): void {
    const stop = xml.length;
    CELL_OR_ROW.lastIndex = 0;
    for (let m = CELL_OR_ROW.exec(xml); m; m = CELL_OR_ROW.exec(xml)) {
      const tag = m[3]!;
      if (m[2] === 'row') {
        const r = attribute(tag, 'r');
        this.row = r === undefined ? this.row + 1 : Number(r) - 1;
        this.col = -1;
        this.values = this.cells[this.row] ??= [];
        continue;
      }
      let body = '';
      if (m[4] !== '/') {
        const close = `</${m[1] ? m[1] + ':' : ''}c>`;
        const bodyEnd = xml.indexOf(close, CELL_OR_ROW.lastIndex);
        body = xml.slice(CELL_OR_ROW.lastIndex, bodyEnd < 0 ? stop : bodyEnd);
        CELL_OR_ROW.lastIndex = bodyEnd < 0 ? stop : bodyEnd + close.length;
      }
      const ref = attribute(tag, 'r');
      this.col = ref === undefined ? this.col + 1 : columnOf(ref);
      if (this.row < 0) this.values = this.cells[(this.row = 0)] ??= [];
      const value = body === '' ? null : cellValue(tag, body, this.ctx, this.sharedFormulas);
      if (value !== null) this.values[this.col] = value;
    }
  }
}

/** Just past the last `</row>` (or `</x:row>`) of a piece, or -1. */
function lastRowEnd(xml: string): number {
  for (let at = xml.lastIndexOf('row>'); at > 0; at = xml.lastIndexOf('row>', at - 1)) {
    const before = xml[at - 1];
    if (before === '/' || (before === ':' && xml.lastIndexOf('</', at) > at - 40)) return at + 4;
  }
  return -1;
}

/** A whole worksheet part at once (small parts and tests). */
export function readSheetCells(xml: string, ctx: SheetContext): SheetCells {
  const reader = new SheetReader(ctx);
  reader.push(xml);
  return reader.end();
}

function cellValue(tag: string, body: string, ctx: SheetContext, sharedFormulas: Map<string, string>): CellValue {
  const type = attribute(tag, 't') ?? 'n';
  if (type === 'inlineStr') {
    const is = IS.exec(body);
    return is ? stringItemText(is[1]!) : null;
  }
  const v = V.exec(body)?.[1];
  const f = body.includes('f') ? F.exec(body) : null;
  if (f && (v === undefined || (v === '' && type !== 'str'))) return uncomputed(f, sharedFormulas);
  if (f) rememberShared(f, sharedFormulas);
  if (v === undefined) return null;
  switch (type) {
    case 's':
      return ctx.sharedStrings[Number(v)] ?? null;
    case 'str':
      return decodeXml(v);
    case 'b':
      return v === '1' || v === 'true';
    case 'e':
      return { error: v };
    case 'd': {
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isNaN(date.getTime()) ? decodeXml(v) : date;
    }
    default: {
      if (v === '') return null;
      const n = Number(v);
      if (Number.isNaN(n)) return decodeXml(v);
      const style = attribute(tag, 's');
      return style !== undefined && ctx.dateStyles.has(Number(style)) ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

/** The formula text a shared formula's master carries, kept for its followers. */
function rememberShared(f: RegExpExecArray, shared: Map<string, string>): void {
  const si = attribute(f[1]!, 'si');
  if (si !== undefined && f[2]) shared.set(si, decodeXml(f[2]));
}

function uncomputed(f: RegExpExecArray, shared: Map<string, string>): CellValue {
  rememberShared(f, shared);
  const si = attribute(f[1]!, 'si');
  const text = f[2] ? decodeXml(f[2]) : si !== undefined ? (shared.get(si) ?? '') : '';
  return { error: `=${text}${UNCOMPUTED}` };
}

/** `AB12` → 0-based column 27, read without a regex (the hot path). */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    n = n * 26 + (code - 96);
  }
  return n - 1;
}

function rowOf(ref: string): number {
  const m = /\d+$/.exec(ref);
  return m ? Number(m[0]) - 1 : -1;
}

/** `A1:C2` (or one cell) → 0-based inclusive range. */
export function rangeOf(ref: string): CellRange | undefined {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  if (!a || !b) return undefined;
  const top = rowOf(a);
  const bottom = rowOf(b);
  const left = columnOf(a);
  const right = columnOf(b);
  return top < 0 || bottom < 0 || left < 0 || right < 0 ? undefined : { top, left, bottom, right };
}
