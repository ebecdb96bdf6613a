/**
 * Data validation (ExcelApi 1.8) and frozen panes (1.7), as "Lag mal" and "Legg til utvalgslister"
 * use them: the smallest model that keeps what was set per range and refuses what Excel is reported
 * to refuse.
 */
import { HostObject, invalid, type HostState } from './base';
import { intersect, type HostSheet, type HostValidation } from './workbook';
import type { CellRange } from '../../src/table/grid';

const same = (a: CellRange, b: CellRange) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

export class DataValidation extends HostObject {
  readonly cls = 'DataValidation';
  constructor(
    state: HostState,
    private readonly sheet: HostSheet,
    private readonly area: CellRange,
  ) {
    super(state);
  }
  /** The validation on exactly this range, made when first written. */
  private entry(): HostValidation {
    let v = this.sheet.validations.find((x) => same(x.area, this.area));
    if (!v) {
      v = { area: this.area, ignoreBlanks: true };
      this.sheet.validations.push(v);
    }
    return v;
  }
  private overlapping(): HostValidation[] {
    return this.sheet.validations.filter((x) => intersect(x.area, this.area));
  }
  override get(name: string): unknown {
    const found = this.overlapping();
    const one = found.length === 1 && same(found[0]!.area, this.area) ? found[0] : undefined;
    if (name === 'type') {
      if (found.length === 0) return 'None';
      if (!one) return 'Inconsistent';
      return one.rule ? ruleType(one.rule) : 'None';
    }
    if (name === 'rule') return one?.rule ?? {};
    if (name === 'prompt') return one?.prompt ?? { showPrompt: false, title: '', message: '' };
    if (name === 'errorAlert') return one?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' };
    if (name === 'ignoreBlanks') return one?.ignoreBlanks ?? true;
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'rule') {
      // office-js #2594: a rule over a range that holds another range's validation is refused.
      if (this.overlapping().some((x) => !same(x.area, this.area))) throw invalid('data validation over another range’s validation');
      const rule = value as Record<string, unknown>;
      if (Object.keys(rule).length !== 1) throw invalid('one kind of rule');
      this.entry().rule = rule;
    } else if (name === 'prompt') this.entry().prompt = value as HostValidation['prompt'];
    else if (name === 'errorAlert') this.entry().errorAlert = value as HostValidation['errorAlert'];
    else if (name === 'ignoreBlanks') this.entry().ignoreBlanks = Boolean(value);
    else super.set(name, value);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name !== 'clear') return super.method(name, args);
    // Excel clears every validation the range touches, for the cells in the range.
    this.sheet.validations = this.sheet.validations.filter((x) => !intersect(x.area, this.area));
    return null;
  }
}

const TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

function ruleType(rule: Record<string, unknown>): string {
  return TYPES[Object.keys(rule)[0]!] ?? 'Inconsistent';
}

export class FreezePanes extends HostObject {
  readonly cls = 'WorksheetFreezePanes';
  constructor(
    state: HostState,
    private readonly sheet: HostSheet,
  ) {
    super(state);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'freezeRows') {
      this.sheet.freezeRows = Number(args[0] ?? 1);
      return null;
    }
    return super.method(name, args);
  }
}
