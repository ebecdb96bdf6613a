/**
 * The Excel object model as the host answers it: one small class per Office.js class the add-in
 * uses, with Office.js's member names (camelCase). executor.ts maps the protocol's PascalCase
 * names here. Only members src/excel uses (and the tests need) exist; any other member is
 * refused with `InvalidArgument`, so a new use shows up as a failing test, not a silent pass.
 */
import type { CellRange } from '../../src/table/grid';
import { HostObject, invalid, itemNotFound, NullObject, RichApiError, type HostState } from './base';
import { ConditionalFormatCollection, PageLayout, RangeFormat } from './formats';
import {
  areaText,
  formatAddress,
  intersect,
  MAX_COLUMNS,
  MAX_ROWS,
  parseA1,
  type HostSheet,
  type HostWorkbook,
  type Scalar,
} from './workbook';

export { HostObject, RichApiError, type HostState } from './base';

export class WorkbookObject extends HostObject {
  readonly cls = 'Workbook';
  override property(name: string): HostObject {
    if (name === 'worksheets') return new WorksheetCollection(this.state);
    if (name === 'names') return new NamedItemCollection(this.state);
    if (name === 'tables') return new TableCollection(this.state);
    if (name === 'application') return new Application(this.state);
    return super.property(name);
  }
}

/** Excel on the web's own partition ("WacPartition"): Excel.createWorkbook arrives here there. */
export class WacWorkbook extends HostObject {
  readonly cls = 'WacWorkbook';
  override method(name: string, args: unknown[]): unknown {
    if (name !== 'createAndOpenWorkbook') return super.method(name, args);
    this.state.opened.push(String(args[0]));
    return null;
  }
}

/** Elsewhere Excel.createWorkbook(base64) arrives as application.createWorkbook(base64).open(). */
class Application extends HostObject {
  readonly cls = 'Application';
  override method(name: string, args: unknown[]): unknown {
    if (name !== 'createWorkbook') return super.method(name, args);
    const base64 = String(args[0]);
    const opened = this.state.opened;
    return new (class extends HostObject {
      readonly cls = 'WorkbookCreated';
      override method(m: string, a: unknown[]): unknown {
        if (m !== 'open') return super.method(m, a);
        opened.push(base64);
        return null;
      }
    })(this.state);
  }
}

/** Excel refuses these in sheet names, and names over 31 characters. */
const BAD_SHEET_NAME = /[[\]:*?/\\]|^'|'$/;

function checkNewSheetName(book: HostWorkbook, name: unknown, except?: HostSheet): string {
  if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || BAD_SHEET_NAME.test(name))
    throw invalid(`sheet name ${String(name)}`);
  const existing = book.findSheet(name);
  if (existing && existing !== except) throw new RichApiError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
  return name;
}

export class WorksheetCollection extends HostObject {
  readonly cls = 'WorksheetCollection';
  override items(): HostObject[] {
    return this.state.book.sheets.map((s) => new Worksheet(this.state, s));
  }
  override method(name: string, args: unknown[]): unknown {
    const book = this.state.book;
    if (name === 'getItem' || name === 'getItemOrNullObject') {
      const sheet = book.findSheet(String(args[0]));
      if (sheet) return new Worksheet(this.state, sheet);
      if (name === 'getItem') throw itemNotFound(`worksheet ${String(args[0])}`);
      return new NullObject(this.state, 'Worksheet');
    }
    if (name === 'add') {
      let n = book.sheets.length + 1;
      while (args[0] === undefined && book.findSheet(`Ark${n}`)) n++;
      return new Worksheet(this.state, book.addSheet(checkNewSheetName(book, args[0] ?? `Ark${n}`)));
    }
    if (name === 'getCount') return book.sheets.length;
    // Event registration travels as private methods; the host delivers events itself.
    if (/^_(Register|Unregister)\w+Event$/.test(name)) return null;
    return super.method(name, args);
  }
}

export class Worksheet extends HostObject {
  readonly cls = 'Worksheet';
  constructor(
    state: HostState,
    readonly sheet: HostSheet,
  ) {
    super(state);
  }
  override key(): string {
    return this.sheet.id;
  }
  override get(name: string): unknown {
    if (name === 'name') return this.sheet.name;
    if (name === 'id') return this.sheet.id;
    if (name === 'position') return this.state.book.sheets.indexOf(this.sheet);
    if (name === 'showGridlines') return this.sheet.showGridlines;
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'name') this.sheet.name = checkNewSheetName(this.state.book, value, this.sheet);
    else if (name === 'showGridlines') this.sheet.showGridlines = Boolean(value);
    else super.set(name, value);
  }
  override property(name: string): HostObject {
    if (name === 'pageLayout') return new PageLayout(this.state, this.sheet);
    return super.property(name);
  }
  override method(name: string, args: unknown[]): unknown {
    const sheet = this.sheet;
    switch (name) {
      case 'getRange': {
        const area = args[0] === undefined || args[0] === '' ? WHOLE : parseA1(String(args[0]));
        if (!area) throw invalid(`address ${String(args[0])}`);
        return new Range(this.state, sheet, area);
      }
      case 'getRangeByIndexes': {
        const [row, col, rows, cols] = args as number[];
        if (row! < 0 || col! < 0 || rows! < 1 || cols! < 1 || row! + rows! > MAX_ROWS || col! + cols! > MAX_COLUMNS)
          throw invalid('indexes');
        return new Range(this.state, sheet, { top: row!, left: col!, bottom: row! + rows! - 1, right: col! + cols! - 1 });
      }
      case 'getRanges': {
        const areas = String(args[0])
          .split(',')
          .map((a) => parseA1(a));
        if (areas.some((a) => !a)) throw invalid(`address ${String(args[0])}`);
        return new RangeAreas(this.state, sheet, areas as CellRange[]);
      }
      case 'getUsedRange':
      case 'getUsedRangeOrNullObject': {
        const used = sheet.usedRange();
        if (used) return new Range(this.state, sheet, used);
        // An empty sheet's used range is A1 for getUsedRange and a null object for …OrNullObject.
        return name === 'getUsedRange'
          ? new Range(this.state, sheet, { top: 0, left: 0, bottom: 0, right: 0 })
          : new NullObject(this.state, 'Range');
      }
      case 'activate':
        this.state.activeSheet = sheet.name;
        return null;
      case 'delete': {
        if (this.state.book.sheets.length === 1)
          throw new RichApiError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
        const book = this.state.book;
        book.sheets.splice(book.sheets.indexOf(sheet), 1);
        return null;
      }
    }
    return super.method(name, args);
  }
}

const WHOLE: CellRange = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
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
    if (name === 'worksheet') return new Worksheet(this.state, this.sheet);
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
        const merged = s.merges.filter((m) => intersect(m, this.area));
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

export class NamedItemCollection extends HostObject {
  readonly cls = 'NamedItemCollection';
  override items(): HostObject[] {
    return this.state.book.names.map((n) => new NamedItem(this.state, n));
  }
  override method(name: string, args: unknown[]): unknown {
    const names = this.state.book.names;
    if (name === 'add') {
      const key = String(args[0]);
      if (!/^[A-Za-z_\\][\w.\\]*$/.test(key)) throw invalid(`name ${key}`);
      if (names.some((n) => n.name.toLowerCase() === key.toLowerCase()))
        throw new RichApiError('ItemAlreadyExists', `The name ${key} already exists.`);
      const target = args[1];
      const formula = target instanceof Range ? `=${absolute(formatAddress(target.sheet.name, target.area))}` : String(target);
      const item = { name: key, formula };
      names.push(item);
      return new NamedItem(this.state, item);
    }
    if (name === 'getItem' || name === 'getItemOrNullObject') {
      const item = names.find((n) => n.name.toLowerCase() === String(args[0]).toLowerCase());
      if (item) return new NamedItem(this.state, item);
      if (name === 'getItem') throw itemNotFound(`name ${String(args[0])}`);
      return new NullObject(this.state, 'NamedItem');
    }
    return super.method(name, args);
  }
}

/** `Ark!B3` → `Ark!$B$3`, as Excel reports a name's formula. */
function absolute(address: string): string {
  return address.replace(/([A-Z]+)(\d+)$/, '$$$1$$$2').replace(/([A-Z]+)(\d+):/, '$$$1$$$2:');
}

class NamedItem extends HostObject {
  readonly cls = 'NamedItem';
  constructor(
    state: HostState,
    private readonly named: { name: string; formula: string },
  ) {
    super(state);
  }
  override key(): string {
    return this.named.name;
  }
  override get(name: string): unknown {
    if (name === 'name') return this.named.name;
    if (name === 'formula') return this.named.formula;
    return super.get(name);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'delete') {
      const names = this.state.book.names;
      names.splice(names.indexOf(this.named), 1);
      return null;
    }
    return super.method(name, args);
  }
}

class TableCollection extends HostObject {
  readonly cls = 'TableCollection';
  override items(): HostObject[] {
    return this.state.book.tables.map((t) => new Table(this.state, t));
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'getItem') {
      const t = this.state.book.tables.find((x) => x.name.toLowerCase() === String(args[0]).toLowerCase());
      if (!t) throw itemNotFound(`table ${String(args[0])}`);
      return new Table(this.state, t);
    }
    return super.method(name, args);
  }
}

class Table extends HostObject {
  readonly cls = 'Table';
  constructor(
    state: HostState,
    private readonly table: HostWorkbook['tables'][number],
  ) {
    super(state);
  }
  override key(): string {
    return this.table.name;
  }
  override get(name: string): unknown {
    if (name === 'name') return this.table.name;
    return super.get(name);
  }
  override property(name: string): HostObject {
    if (name === 'worksheet') return new Worksheet(this.state, this.table.sheet);
    return super.property(name);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'getRange') return new Range(this.state, this.table.sheet, this.table.area);
    return super.method(name, args);
  }
}
