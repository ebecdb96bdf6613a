/**
 * What every simulated Excel object shares: the host state, the RichApi error, the base class
 * whose members default to "not modelled" (a new use shows up as a failing test, not a silent
 * pass) and the null object of the …OrNullObject methods.
 */
import type { CellRange } from '../../src/table/grid';
import type { HostSheet, HostWorkbook } from './workbook';

export class RichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the objects share: the workbook and the user's view of it. */
export interface HostState {
  book: HostWorkbook;
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  /** Cells whose values or formulas a request wrote: Excel raises onChanged for them. */
  changes: Array<{ sheet: HostSheet; area: CellRange }>;
  /** Workbooks opened with Excel.createWorkbook (base64 of the file). */
  opened: string[];
  /** Excel.createWorkbook refused, as under the extension-hardening policy (office-js #3568). */
  createWorkbookBlocked?: boolean;
  /** Objects the client keeps across requests (`_ReferenceId` → object). */
  references: Map<string, HostObject>;
  lastReference: number;
}

const notSupported = (cls: string, member: string) =>
  new RichApiError('InvalidArgument', `${cls}.${member} is not modelled by the test host`);

export abstract class HostObject {
  abstract readonly cls: string;
  isNull = false;
  constructor(protected readonly state: HostState) {}
  property(name: string): HostObject {
    throw notSupported(this.cls, name);
  }
  method(name: string, _args: unknown[]): unknown {
    throw notSupported(this.cls, name);
  }
  item(key: unknown): HostObject {
    return this.method('getItem', [key]) as HostObject;
  }
  get(name: string): unknown {
    throw notSupported(this.cls, name);
  }
  set(name: string, _value: unknown): void {
    throw notSupported(this.cls, name);
  }
  /** Collections: their items. */
  items(): HostObject[] | undefined {
    return undefined;
  }
  /** Items of collections: the id the client addresses them by afterwards. */
  key(): string | undefined {
    return undefined;
  }
}

/** A null object (…OrNullObject): every read answers null, as Excel does. */
export class NullObject extends HostObject {
  override isNull = true;
  constructor(
    state: HostState,
    readonly cls: string,
  ) {
    super(state);
  }
}

export const itemNotFound = (what: string) => new RichApiError('ItemNotFound', `The requested resource doesn't exist: ${what}`);
export const invalid = (what: string) =>
  new RichApiError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${what}`);
