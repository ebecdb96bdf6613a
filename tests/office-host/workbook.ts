/**
 * The in-memory workbook the simulated host answers from: what Excel holds, not how Office.js
 * asks for it (that is objects.ts). Coordinates are 0-based and inclusive, as in CellRange.
 */
import { cellAddress, columnIndex, columnLetter, parseAddress, type CellRange } from '../../src/table/grid';

import type { HostChart } from './charts';

export type Scalar = string | number | boolean;

export interface HostCell {
  value: Scalar;
  /** `=SUM(A1:A3)`; the value is then what the test set as its result. */
  formula?: string;
  /** `#REF!` etc.: the value then is the error text and its value type `Error`. */
  error?: boolean;
}

export interface HostConditionalFormat {
  id: string;
  type: string;
  areas: CellRange[];
  formula?: string;
  text?: { operator: string; text: string };
  fill?: string;
  fontColor?: string;
  /**
   * A rule whose properties Excel cannot report (OfficeDev/office-js #2180, #6827, #6835, #5222):
   * loading anything beyond its type fails the whole request.
   */
  unreadable?: boolean;
}

/** Formatting written to a range (the host keeps it as a log: enough to assert what was styled). */
export interface StyleWrite {
  area: CellRange;
  property: string;
  value: unknown;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** One data validation as Office.js sets it: rule, input message, error alert on one range. */
export interface HostValidation {
  area: CellRange;
  rule?: Record<string, unknown>;
  prompt?: { showPrompt: boolean; title: string; message: string };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export class HostSheet {
  /** rows[r][c]; sparse. */
  readonly rows: Array<Array<HostCell | undefined> | undefined> = [];
  readonly numberFormats = new Map<string, string>();
  merges: CellRange[] = [];
  /** In priority order: index 0 is the top priority (applied over the others). */
  formats: HostConditionalFormat[] = [];
  readonly styles: StyleWrite[] = [];
  readonly page: Record<string, unknown> = {};
  showGridlines = true;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** Charts added through the API (charts.ts). */
  readonly charts: HostChart[] = [];
  /** Data validation by range (validation.ts). */
  validations: HostValidation[] = [];
  /** Rows frozen at the top (freezePanes.freezeRows). */
  freezeRows = 0;
  private used: CellRange | null | undefined;

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(row: number, col: number): HostCell | undefined {
    return this.rows[row]?.[col];
  }

  /** A value as a user would type it; `=…` strings stay text here (use `setFormula`). */
  set(address: string, value: Scalar | null): this {
    const at = parseAddress(address)!;
    this.put(at.row, at.col, value === null || value === '' ? undefined : { value });
    return this;
  }

  setError(address: string, error: string): this {
    const at = parseAddress(address)!;
    this.put(at.row, at.col, { value: error, error: true });
    return this;
  }

  setFormula(address: string, formula: string, result: Scalar): this {
    const at = parseAddress(address)!;
    this.put(at.row, at.col, { value: result, formula });
    return this;
  }

  put(row: number, col: number, cell: HostCell | undefined): void {
    const line = (this.rows[row] ??= []);
    line[col] = cell;
    this.used = undefined;
  }

  get(address: string): Scalar | null {
    const at = parseAddress(address)!;
    return this.cell(at.row, at.col)?.value ?? null;
  }

  /** Excel's used range with `valuesOnly`: the bounding box of cells holding a value, or null. */
  usedRange(): CellRange | null {
    if (this.used !== undefined) return this.used;
    let r: CellRange | null = null;
    this.rows.forEach((line, row) =>
      line?.forEach((cell, col) => {
        if (!cell) return;
        r = r
          ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) }
          : { top: row, left: col, bottom: row, right: col };
      }),
    );
    return (this.used = r);
  }

  /** The add-in overlays (or any formats) covering a cell, top priority first. */
  formatsAt(address: string): HostConditionalFormat[] {
    const at = parseAddress(address)!;
    return this.formats.filter((f) => f.areas.some((a) => contains(a, at.row, at.col)));
  }
}

export class HostWorkbook {
  readonly sheets: HostSheet[] = [];
  readonly names: Array<{ name: string; formula: string }> = [];
  /** `area` includes the header row and, with `showTotals`, the totals row (its last row), as in Excel. */
  readonly tables: Array<{ name: string; sheet: HostSheet; area: CellRange; showTotals?: boolean; style?: string }> = [];
  /** Office.context.document.settings, as saved with the document. */
  readonly settings: Record<string, unknown> = {};
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  /** Ids given out elsewhere (reopen numbers the sheets itself). */
  skipIds(count: number): void {
    this.nextId += count;
  }

  addSheet(name: string): HostSheet {
    const sheet = new HostSheet(name, this.newId('sheet'));
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): HostSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Excel compares sheet names without regard to case. */
  findSheet(nameOrId: string): HostSheet | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key || s.id === nameOrId);
  }
}

export function contains(area: CellRange, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

export function intersect(a: CellRange, b: CellRange): CellRange | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/**
 * An A1 reference as Excel accepts it in getRange: `B3`, `B3:D9`, `A:C`, `2:2000`, with `$`
 * and an optional sheet prefix (ignored: the sheet is the range's). Undefined when invalid.
 */
export function parseA1(reference: string): CellRange | undefined {
  const text = reference.replace(/^.*!/, '').replace(/\$/g, '').trim().toUpperCase();
  const [a, b = a] = text.split(':');
  if (!a || !b) return undefined;
  const cells = [parseAddress(a), parseAddress(b)];
  if (cells[0] && cells[1]) return order(cells[0].row, cells[0].col, cells[1].row, cells[1].col);
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const [r1, r2] = [Number(a) - 1, Number(b) - 1];
    return r1 >= 0 && r2 >= 0 && r1 < MAX_ROWS && r2 < MAX_ROWS ? order(r1, 0, r2, MAX_COLUMNS - 1) : undefined;
  }
  const [c1, c2] = [columnIndex(a), columnIndex(b)];
  return c1 !== undefined && c2 !== undefined ? order(0, c1, MAX_ROWS - 1, c2) : undefined;
}

function order(r1: number, c1: number, r2: number, c2: number): CellRange {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** Excel's address text: `Tiltak!B3:D9`, `'Ark 1'!B3`, whole rows `Tiltak!2:5`, whole columns `Tiltak!A:C`. */
export function formatAddress(sheet: string, area: CellRange): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${areaText(area)}`;
}

export function areaText(area: CellRange): string {
  if (area.left === 0 && area.right === MAX_COLUMNS - 1) return `${area.top + 1}:${area.bottom + 1}`;
  if (area.top === 0 && area.bottom === MAX_ROWS - 1) return `${columnLetter(area.left)}:${columnLetter(area.right)}`;
  const from = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? from : `${from}:${cellAddress(area.bottom, area.right)}`;
}
