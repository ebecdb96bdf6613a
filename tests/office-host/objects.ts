/**
 * The Excel object model as the host answers it: one small class per Office.js class the add-in
 * uses, with Office.js's member names (camelCase). executor.ts maps the protocol's PascalCase
 * names here. Only members src/excel uses (and the tests need) exist; any other member is
 * refused with `InvalidArgument`, so a new use shows up as a failing test, not a silent pass.
 */
import type { CellRange } from '../../src/table/grid';
import { HostObject, invalid, itemNotFound, NullObject, RichApiError, type HostState } from './base';
import { readWorkbookGridSync } from '../../src/xlsx/read';
import { ChartCollection } from './charts';
import { PageLayout } from './formats';
import { Range, RangeAreas, WHOLE_SHEET } from './ranges';
import { FreezePanes } from './validation';
import { formatAddress, intersect, MAX_COLUMNS, MAX_ROWS, parseA1, type HostSheet, type HostWorkbook } from './workbook';

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
  override method(name: string, args: unknown[]): unknown {
    if (name === 'insertWorksheetsFromBase64') return insertWorksheets(this.state, String(args[0]));
    return super.method(name, args);
  }
}

/**
 * The sheets of an .xlsx (base64) added at the end with their cell values (read with the add-in's
 * own reader; formats, tables and charts of the file are not modelled: Excel leaves the charts out
 * too). A sheet name the workbook has is refused with ItemAlreadyExists, the strictest reading of
 * a case the API reference leaves open. Returns the new sheets' ids.
 */
function insertWorksheets(state: HostState, base64: string): string[] {
  // atob, not Buffer: the host runs in the browser too (tests/browser/excel-page.ts).
  const grid = readWorkbookGridSync(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  for (const sheet of grid.sheets) checkNewSheetName(state.book, sheet.name);
  return grid.sheets.map((sheet) => {
    const made = state.book.addSheet(sheet.name);
    sheet.cells.forEach((row, r) =>
      row?.forEach((value, c) => {
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          made.put(sheet.origin.row + r, sheet.origin.col + c, { value });
      }),
    );
    return made.id;
  });
}

/** Excel on the web's own partition ("WacPartition"): Excel.createWorkbook arrives here there. */
export class WacWorkbook extends HostObject {
  readonly cls = 'WacWorkbook';
  override method(name: string, args: unknown[]): unknown {
    if (name !== 'createAndOpenWorkbook') return super.method(name, args);
    refuseIfBlocked(this.state);
    this.state.opened.push(String(args[0]));
    return null;
  }
}

/** office-js #3568: the error's code is InvalidOperation, its message in the user's language. */
function refuseIfBlocked(state: HostState): void {
  if (state.createWorkbookBlocked)
    throw new RichApiError('InvalidOperation', 'The workbook cannot be opened: blocked by the extension hardening policy.');
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
        refuseIfBlocked(this.state);
        opened.push(base64);
        return null;
      }
    })(this.state);
  }
}

/** The longest address `getRanges` takes here: about what Excel was reported to refuse (office-js #5198). */
export const MAX_RANGES_ADDRESS = 8_000;

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
    if (name === 'visibility') return this.sheet.visibility;
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'name') this.sheet.name = checkNewSheetName(this.state.book, value, this.sheet);
    else if (name === 'showGridlines') this.sheet.showGridlines = Boolean(value);
    else if (name === 'visibility') {
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden') throw invalid(`visibility ${String(value)}`);
      const visible = this.state.book.sheets.filter((s) => s.visibility === 'Visible' && s !== this.sheet);
      if (value !== 'Visible' && visible.length === 0)
        throw new RichApiError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      this.sheet.visibility = value;
    } else super.set(name, value);
  }
  override property(name: string): HostObject {
    if (name === 'pageLayout') return new PageLayout(this.state, this.sheet);
    if (name === 'charts') return new ChartCollection(this.state, this.sheet);
    if (name === 'freezePanes') return new FreezePanes(this.state, this.sheet);
    if (name === 'tables') return new TableCollection(this.state, this.sheet);
    return super.property(name);
  }
  override method(name: string, args: unknown[]): unknown {
    const sheet = this.sheet;
    switch (name) {
      case 'getRange': {
        const area = args[0] === undefined || args[0] === '' ? WHOLE_SHEET : parseA1(String(args[0]));
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
        // office-js #5198: an address of 8 207 characters was refused, on the desktop and the web alike.
        if (String(args[0]).length > MAX_RANGES_ADDRESS) throw invalid(`an address of ${String(args[0]).length} characters`);
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
  /** A sheet's tables (`worksheet.tables`), or the workbook's. */
  constructor(
    state: HostState,
    private readonly sheet?: HostSheet,
  ) {
    super(state);
  }
  override items(): HostObject[] {
    return this.state.book.tables.filter((t) => !this.sheet || t.sheet === this.sheet).map((t) => new Table(this.state, t));
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'add' && this.sheet) {
      const area = parseA1(String(args[0]));
      if (!area || args[1] !== true) throw invalid('table range with headers');
      if (this.state.book.tables.some((t) => t.sheet === this.sheet && intersect(t.area, area)))
        throw new RichApiError('InvalidOperation', 'A table cannot overlap another table.');
      const table = { name: `Tabell${this.state.book.tables.length + 1}`, sheet: this.sheet, area };
      this.state.book.tables.push(table);
      return new Table(this.state, table);
    }
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
    if (name === 'showTotals') return this.table.showTotals ?? false;
    if (name === 'style') return this.table.style ?? 'TableStyleMedium2';
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'name') {
      // Table names share the workbook's namespace with defined names and other tables.
      const taken = [
        ...this.state.book.tables.filter((t) => t !== this.table).map((t) => t.name),
        ...this.state.book.names.map((n) => n.name),
      ];
      if (taken.some((n) => n.toLowerCase() === String(value).toLowerCase()))
        throw new RichApiError('InvalidArgument', `The name ${String(value)} is taken.`);
      this.table.name = String(value);
    } else if (name === 'style') this.table.style = String(value);
    else super.set(name, value);
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
