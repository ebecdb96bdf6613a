/**
 * The smallest honest stand-in for the part of the Excel object model src/excel uses.
 * office-addin-mock cannot load collection paths (`items/name`), navigation properties or
 * RangeAreas, so this fake does, with Office.js's rules: properties can be read only after
 * load() and sync(), writes take effect at sync(), and every sync is counted and sized.
 */
import { cellAddress, columnIndex, parseAddress, type CellRange } from '../../src/table/grid';

type Value = string | number | boolean;

export interface FakeConditionalFormat {
  type: string;
  formula: string | null;
  fill: string | null;
  /** A1 areas the format covers. */
  areas: string[];
}

export class FakeSheet {
  cells = new Map<string, Value>();
  errors = new Set<string>();
  merges: string[] = [];
  formats: FakeConditionalFormat[] = [];
  /** The user's own fills and number formats: the add-in must never change them. */
  fills = new Map<string, string>();
  numberFormats = new Map<string, string>();
  constructor(
    public name: string,
    public id: string,
  ) {}

  private usedCache: CellRange | null | undefined;

  set(address: string, value: Value): void {
    this.cells.set(address, value);
    this.usedCache = undefined;
  }

  /** The used range (values only), 0-based, or null when empty. */
  used(): CellRange | null {
    if (this.usedCache === undefined) this.usedCache = this.computeUsed();
    return this.usedCache;
  }

  private computeUsed(): CellRange | null {
    let r: CellRange | null = null;
    for (const a of this.cells.keys()) {
      const p = parseAddress(a)!;
      r = r
        ? { top: Math.min(r.top, p.row), left: Math.min(r.left, p.col), bottom: Math.max(r.bottom, p.row), right: Math.max(r.right, p.col) }
        : { top: p.row, left: p.col, bottom: p.row, right: p.col };
    }
    return r;
  }
}

/** A write the add-in made through a recorded object, e.g. `range(B5).values` = [["x"]]. */
export interface RecordedWrite {
  sheet: string;
  path: string;
  value?: unknown;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: Array<{ name: string; sheet: string; address: string }> = [];
  /** Workbook-level defined names. */
  names: Array<{ name: string; formula: string }> = [];
  writes: RecordedWrite[] = [];
  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name, `{id-${this.sheets.length + 1}}`);
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }
}

const rangeAddress = (r: CellRange) => `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;

/** Base of every proxy: load() marks properties, which become readable at the next sync. */
class Proxy {
  private readonly requested = new Set<string>();
  private readonly loaded = new Set<string>();
  constructor(protected readonly ctx: FakeContext) {
    ctx.proxies.push(this);
  }
  load(props: string): this {
    props.split(',').forEach((p) => this.requested.add(p.trim()));
    return this;
  }
  /** Called by sync: what was requested is now loaded; returns the response bytes. */
  resolve(): number {
    let bytes = 0;
    for (const p of this.requested) {
      this.loaded.add(p);
      bytes += JSON.stringify(this.peek(p) ?? null).length;
    }
    this.requested.clear();
    return bytes;
  }
  protected need(prop: string): void {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
  }
  /** The value a load of `prop` returns (for sizing the response). */
  protected peek(_prop: string): unknown {
    return null;
  }
}

export class FakeContext {
  syncs = 0;
  largestResponse = 0;
  proxies: Proxy[] = [];
  active?: string;
  selected?: { sheet: string; areas: string[] };
  private queue: Array<() => void> = [];
  readonly workbook: FakeWorkbookProxy;
  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  enqueue(op: () => void): void {
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    ops.forEach((op) => op());
    let bytes = 0;
    for (const p of this.proxies) bytes += p.resolve();
    this.largestResponse = Math.max(this.largestResponse, bytes);
  }
}

class FakeWorkbookProxy {
  readonly worksheets: SheetCollection;
  readonly tables: TableCollection;
  readonly names: NameCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new SheetCollection(ctx);
    this.tables = new TableCollection(ctx);
    this.names = new NameCollection(ctx);
  }
}

class NameCollection extends Proxy {
  get items() {
    this.need('items/name');
    return this.ctx.book.names.map((n) => ({
      ...n,
      delete: () => this.ctx.enqueue(() => this.ctx.book.names.splice(this.ctx.book.names.indexOf(n), 1)),
    }));
  }
  add(name: string, range: { sheetName: string }) {
    this.ctx.enqueue(() => this.ctx.book.names.push({ name, formula: `='${range.sheetName}'!$A$1` }));
  }
}

/**
 * Writes to a new sheet are recorded, not modelled: any property set or method call on it
 * becomes a RecordedWrite at the next sync, with a readable path such as `getRange(B5).values`.
 */
function recorder(ctx: FakeContext, sheetName: string, path: string): unknown {
  const target = Object.assign(() => undefined, { sheetName });
  return new globalThis.Proxy(target, {
    get: (t, prop) => (prop === 'sheetName' ? t.sheetName : recorder(ctx, sheetName, path ? `${path}.${String(prop)}` : String(prop))),
    set: (_t, prop, value) => {
      ctx.enqueue(() => ctx.book.writes.push({ sheet: sheetName, path: `${path}.${String(prop)}`, value }));
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      const call = `${path}(${args.map((a) => (typeof a === 'string' || typeof a === 'number' ? String(a) : '…')).join(',')})`;
      ctx.enqueue(() => ctx.book.writes.push({ sheet: sheetName, path: call }));
      return recorder(ctx, sheetName, call);
    },
  });
}

class SheetCollection extends Proxy {
  readonly onChanged = { add: (handler: unknown) => this.handler(handler) };
  readonly onSelectionChanged = { add: (handler: unknown) => this.handler(handler) };
  handlers: unknown[] = [];
  get items() {
    this.need('items/name');
    return this.ctx.book.sheets.map((s) => ({
      name: s.name,
      id: s.id,
      delete: () => this.ctx.enqueue(() => this.ctx.book.sheets.splice(this.ctx.book.sheets.indexOf(s), 1)),
    }));
  }
  protected override peek(): unknown {
    return this.ctx.book.sheets.map((s) => ({ name: s.name, id: s.id }));
  }
  getItem(name: string) {
    return new SheetProxy(this.ctx, name);
  }
  getItemOrNullObject(name: string) {
    return new SheetProxy(this.ctx, name);
  }
  add(name: string) {
    this.ctx.enqueue(() => this.ctx.book.addSheet(name));
    return name === 'Partnerskap' ? new SheetProxy(this.ctx, name) : recorder(this.ctx, name, '');
  }
  private handler(handler: unknown) {
    this.handlers.push(handler);
    return { remove: () => this.handlers.splice(this.handlers.indexOf(handler), 1), context: this.ctx };
  }
}

class TableCollection extends Proxy {
  get items() {
    this.need('items/name');
    return this.ctx.book.tables.map((t) => ({ name: t.name }));
  }
  getItem(name: string) {
    const table = this.ctx.book.tables.find((t) => t.name === name)!;
    return {
      getRange: () => new RangeProxy(this.ctx, table.sheet, () => parseRange(table.address)),
      worksheet: new SheetProxy(this.ctx, table.sheet),
    };
  }
}

function parseRange(address: string): CellRange | null {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16383 };
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (cols) return { top: 0, left: columnIndex(cols[1]!)!, bottom: 1048575, right: columnIndex(cols[2]!)! };
  const [a, b = a] = address.split(':');
  const p = parseAddress(a!)!;
  const q = parseAddress(b!)!;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

class SheetProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
  ) {
    super(ctx);
  }
  get name() {
    this.need('name');
    return this.sheetName;
  }
  get isNullObject() {
    return !this.ctx.book.sheets.some((s) => s.name === this.sheetName);
  }
  private get sheet() {
    return this.ctx.book.sheet(this.sheetName);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    return new RangeProxy(this.ctx, this.sheetName, () => this.sheet.used());
  }
  getRange(address?: string) {
    return new RangeProxy(this.ctx, this.sheetName, () =>
      address ? parseRange(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 },
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
    return new RangeProxy(this.ctx, this.sheetName, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getRanges(addresses: string) {
    return new RangeAreasProxy(this.ctx, this.sheetName, addresses.split(','));
  }
  activate() {
    this.ctx.enqueue(() => (this.ctx.active = this.sheetName));
  }
}

class RangeProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    private readonly area: () => CellRange | null,
  ) {
    super(ctx);
  }
  private get sheet() {
    return this.ctx.book.sheet(this.sheetName);
  }
  get isNullObject() {
    return this.area() === null;
  }
  private get r(): CellRange {
    const r = this.area();
    if (!r) throw new Error('InvalidObjectPath: null object');
    return r;
  }
  get address() {
    this.need('address');
    return `${this.sheetName}!${rangeAddress(this.r)}`;
  }
  get rowIndex() {
    this.need('rowIndex');
    return this.r.top;
  }
  get columnIndex() {
    this.need('columnIndex');
    return this.r.left;
  }
  get rowCount() {
    this.need('rowCount');
    return this.r.bottom - this.r.top + 1;
  }
  get columnCount() {
    this.need('columnCount');
    return this.r.right - this.r.left + 1;
  }
  get values() {
    this.need('values');
    return this.grid((a) => (this.sheet.errors.has(a) ? '#REF!' : (this.sheet.cells.get(a) ?? '')));
  }
  get valueTypes() {
    this.need('valueTypes');
    return this.grid((a) => {
      const v = this.sheet.cells.get(a);
      if (this.sheet.errors.has(a)) return 'Error';
      return v === undefined ? 'Empty' : typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
    });
  }
  protected override peek(prop: string): unknown {
    if (this.area() === null) return null;
    if (prop === 'values' || prop === 'valueTypes') return this.grid((a) => this.sheet.cells.get(a) ?? '');
    return prop;
  }
  private grid<T>(f: (address: string) => T): T[][] {
    const r = this.r;
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(f(cellAddress(row, col)));
      out.push(line);
    }
    return out;
  }
  getIntersectionOrNullObject(other: RangeProxy) {
    return new RangeProxy(this.ctx, this.sheetName, () => {
      const a = this.area();
      const b = other.area();
      if (!a || !b) return null;
      const r = {
        top: Math.max(a.top, b.top),
        left: Math.max(a.left, b.left),
        bottom: Math.min(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
      };
      return r.top > r.bottom || r.left > r.right ? null : r;
    });
  }
  getMergedAreasOrNullObject() {
    return new MergedAreasProxy(this.ctx, this.sheetName);
  }
  get conditionalFormats() {
    return new ConditionalFormatCollection(this.ctx, this.sheetName);
  }
  set values(values: Value[][]) {
    const r = this.r;
    this.ctx.enqueue(() => values.forEach((line, i) => line.forEach((v, j) => this.sheet.set(cellAddress(r.top + i, r.left + j), v))));
  }
  set numberFormat(formats: string[][]) {
    const r = this.r;
    this.ctx.enqueue(() =>
      formats.forEach((line, i) => line.forEach((f, j) => this.sheet.numberFormats.set(cellAddress(r.top + i, r.left + j), f))),
    );
  }
  get format() {
    return { font: { bold: false }, columnWidth: 0 };
  }
  select() {
    this.ctx.enqueue(() => (this.ctx.selected = { sheet: this.sheetName, areas: [rangeAddress(this.r)] }));
  }
}

class MergedAreasProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
  ) {
    super(ctx);
  }
  get isNullObject() {
    return this.ctx.book.sheet(this.sheetName).merges.length === 0;
  }
  get address() {
    this.need('address');
    return this.ctx.book
      .sheet(this.sheetName)
      .merges.map((m) => `${this.sheetName}!${m}`)
      .join(', ');
  }
}

class RangeAreasProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    readonly areas: string[],
  ) {
    super(ctx);
  }
  get conditionalFormats() {
    return {
      add: (type: string) => {
        const cf: FakeConditionalFormat = { type, formula: null, fill: null, areas: this.areas };
        const proxy = {
          custom: {
            rule: {
              set formula(f: string) {
                cf.formula = f;
              },
            },
            format: {
              fill: {
                set color(c: string) {
                  cf.fill = c;
                },
              },
            },
          },
        };
        this.ctx.enqueue(() => this.ctx.book.sheet(this.sheetName).formats.push(cf));
        return proxy;
      },
    };
  }
  select() {
    this.ctx.enqueue(() => (this.ctx.selected = { sheet: this.sheetName, areas: this.areas }));
  }
}

class ConditionalFormatCollection extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
  ) {
    super(ctx);
  }
  get items() {
    this.need('items/type');
    const sheet = this.ctx.book.sheet(this.sheetName);
    return sheet.formats.map((cf) => ({
      type: cf.type,
      customOrNullObject: { isNullObject: cf.type !== 'Custom', rule: { formula: cf.formula } },
      delete: () => this.ctx.enqueue(() => sheet.formats.splice(sheet.formats.indexOf(cf), 1)),
    }));
  }
  protected override peek(): unknown {
    return this.ctx.book.sheet(this.sheetName).formats.map((cf) => [cf.type, cf.formula]);
  }
}

/** An ExcelRun over one fake context per batch, adding up syncs and the largest response. */
export function fakeRun(book: FakeWorkbook) {
  const stats = { syncs: 0, largestResponse: 0, contexts: [] as FakeContext[] };
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(book);
    stats.contexts.push(ctx);
    try {
      return await batch(ctx as unknown as Excel.RequestContext);
    } finally {
      stats.syncs += ctx.syncs;
      stats.largestResponse = Math.max(stats.largestResponse, ctx.largestResponse);
    }
  };
  return { run, stats };
}
