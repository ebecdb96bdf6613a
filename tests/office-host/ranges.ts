/** Ranges and multi-area ranges: values, value types, formulas and number formats per cell. */
import type { CellRange } from '../../src/table/grid';
import { HostObject, invalid, NullObject, RichApiError, type HostState } from './base';
import { ConditionalFormatCollection, RangeFormat } from './formats';
import { copyRows, insertRows } from './row-insert';
import { DataValidation } from './validation';
import { areaText, contains, formatAddress, intersect, MAX_COLUMNS, MAX_ROWS, parseA1, type HostSheet, type Scalar } from './workbook';

export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
/** More cells than this in one read is refused as too large for a response, before sizing it. */
const MAX_READ_CELLS = 5_000_000;

export class Range extends HostObject {
  readonly cls = 'Range';
  constructor(
    state: HostState,
    readonly sheet: HostSheet,
    readonly area: CellRange,
  ) {
    super(state);
  }
  private grid<T>(cell: (row: number, col: number) => T): T[][] {
    const { top, left, bottom, right } = this.area;
    if ((bottom - top + 1) * (right - left + 1) > MAX_READ_CELLS)
      throw new RichApiError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    const out: T[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line: T[] = [];
      for (let c = left; c <= right; c++) line.push(cell(r, c));
      out.push(line);
    }
    return out;
  }
  override get(name: string): unknown {
    const s = this.sheet;
    switch (name) {
      case 'address':
        return formatAddress(s.name, this.area);
      case 'rowIndex':
        return this.area.top;
      case 'columnIndex':
        return this.area.left;
      case 'rowCount':
        return this.area.bottom - this.area.top + 1;
      case 'columnCount':
        return this.area.right - this.area.left + 1;
      case 'values':
        return this.grid((r, c) => s.cell(r, c)?.value ?? '');
      case 'valueTypes':
        return this.grid((r, c) => valueType(s.cell(r, c)));
      case 'formulas':
        return this.grid((r, c) => s.cell(r, c)?.formula ?? s.cell(r, c)?.value ?? '');
      case 'numberFormat':
        return this.grid((r, c) => s.numberFormats.get(`${r}:${c}`) ?? 'General');
    }
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'values' || name === 'formulas') {
      this.write(value, (r, c, v) => this.sheet.put(r, c, toCell(v, name === 'formulas')));
      this.state.changes.push({ sheet: this.sheet, area: this.area });
    } else if (name === 'numberFormat') this.write(value, (r, c, v) => this.sheet.numberFormats.set(`${r}:${c}`, String(v)));
    else super.set(name, value);
  }
  /** A single value fills the range; an array must match its size exactly. */
  private write(value: unknown, put: (row: number, col: number, v: unknown) => void): void {
    const { top, left, bottom, right } = this.area;
    const rows = bottom - top + 1;
    const cols = right - left + 1;
    if (Array.isArray(value)) {
      if (value.length !== rows || value.some((line) => !Array.isArray(line) || line.length !== cols))
        throw invalid(`a ${rows}×${cols} array`);
    }
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) put(top + r, left + c, Array.isArray(value) ? (value[r] as unknown[])[c] : value);
  }
  override property(name: string): HostObject {
    if (name === 'format') return new RangeFormat(this.state, this.sheet, [this.area]);
    if (name === 'conditionalFormats') return new ConditionalFormatCollection(this.state, this.sheet, [this.area]);
    if (name === 'dataValidation') return new DataValidation(this.state, this.sheet, this.area);
    return super.property(name);
  }
  override method(name: string, args: unknown[]): unknown {
    const s = this.sheet;
    switch (name) {
      case 'getIntersectionOrNullObject': {
        const other = args[0] instanceof Range ? args[0].area : parseA1(String(args[0]));
        if (!other) throw invalid('intersection');
        const area = intersect(this.area, other);
        return area ? new Range(this.state, s, area) : new NullObject(this.state, 'Range');
      }
      case 'getMergedAreasOrNullObject': {
        // office-js #3611: only merged areas whose top-left cell lies in the range.
        const merged = s.merges.filter((m) => contains(this.area, m.top, m.left));
        return merged.length ? new RangeAreas(this.state, s, merged) : new NullObject(this.state, 'RangeAreas');
      }
      // The client splits writes of over 1 500 cells: _ValidateArraySize, then getRow(i).getBoundingRect(getRow(j)).
      case '_ValidateArraySize':
        if (args[0] !== this.area.bottom - this.area.top + 1 || args[1] !== this.area.right - this.area.left + 1)
          throw invalid('array size');
        return null;
      case 'getRow':
        return new Range(this.state, s, { ...this.area, top: this.area.top + Number(args[0]), bottom: this.area.top + Number(args[0]) });
      case 'getBoundingRect': {
        const other = args[0] instanceof Range ? args[0].area : parseA1(String(args[0]));
        if (!other) throw invalid('bounding rect');
        return new Range(this.state, s, {
          top: Math.min(this.area.top, other.top),
          left: Math.min(this.area.left, other.left),
          bottom: Math.max(this.area.bottom, other.bottom),
          right: Math.max(this.area.right, other.right),
        });
      }
      case 'getEntireColumn':
        return new Range(this.state, s, { ...this.area, top: 0, bottom: MAX_ROWS - 1 });
      case 'getEntireRow':
        return new Range(this.state, s, { ...this.area, left: 0, right: MAX_COLUMNS - 1 });
      case 'merge':
        if (s.merges.some((m) => intersect(m, this.area))) throw new RichApiError('InvalidOperation', 'Cannot merge over a merged area.');
        s.merges.push(this.area);
        return null;
      case 'insert':
        return new Range(this.state, s, insertRows(this.state, s, this.area, args[0]));
      case 'copyFrom': {
        const from = args[0] instanceof Range ? args[0] : undefined;
        if (!from) throw invalid('copyFrom source (the host takes a Range)');
        copyRows(this.state, s, this.area, from.area, from.sheet, args[1]);
        return null;
      }
      case 'select':
        this.state.activeSheet = s.name;
        this.state.selection = { sheet: s.name, address: areaText(this.area) };
        return null;
    }
    return super.method(name, args);
  }
}

function valueType(cell: { value: Scalar; error?: boolean } | undefined): string {
  if (!cell) return 'Empty';
  if (cell.error) return 'Error';
  return typeof cell.value === 'number' ? 'Double' : typeof cell.value === 'boolean' ? 'Boolean' : 'String';
}

/** What Excel stores for a written value: `'` forces text, `=` is a formula (values too). */
function toCell(v: unknown, asFormula: boolean): { value: Scalar; formula?: string } | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'string' && v.startsWith("'")) return { value: v.slice(1) };
  if (typeof v === 'string' && v.startsWith('=') && (asFormula || v.length > 1)) return { value: 0, formula: v };
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return { value: v };
  throw invalid('cell value');
}

export class RangeAreas extends HostObject {
  readonly cls = 'RangeAreas';
  constructor(
    state: HostState,
    readonly sheet: HostSheet,
    readonly areas: CellRange[],
  ) {
    super(state);
  }
  override get(name: string): unknown {
    if (name === 'address') return this.areas.map((a) => formatAddress(this.sheet.name, a)).join(',');
    if (name === 'areaCount') return this.areas.length;
    return super.get(name);
  }
  override property(name: string): HostObject {
    if (name === 'conditionalFormats') return new ConditionalFormatCollection(this.state, this.sheet, this.areas);
    if (name === 'format') return new RangeFormat(this.state, this.sheet, this.areas);
    return super.property(name);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'select') {
      this.state.activeSheet = this.sheet.name;
      this.state.selection = { sheet: this.sheet.name, address: this.areas.map(areaText).join(',') };
      return null;
    }
    return super.method(name, args);
  }
}
