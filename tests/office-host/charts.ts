/**
 * Charts as the overview makes them (ExcelApi 1.1, a few setters of 1.7/1.8): `charts.add` over one
 * range with the series by columns (the first column the categories, the first row the series
 * names), its name, title, position, legend, each series' fill, and the axes' number format and
 * order. Stored on the sheet for the tests to read; nothing is drawn. Any other chart member is
 * refused, so a new use fails its test. Added for the oversikt branch (issue 22).
 */
import type { CellRange } from '../../src/table/grid';
import { HostObject, invalid, type HostState } from './base';
import { Range } from './ranges';
import { parseA1, type HostSheet } from './workbook';

export interface HostChart {
  type: string;
  source: CellRange;
  seriesBy: string;
  name: string;
  title: string;
  /** Top-left and bottom-right cells, as given to setPosition. */
  position?: { start: string; end: string };
  legend?: string;
  /** Per series (by index): its fill, RRGGBB as given. */
  fills: Record<number, string>;
  valueAxisFormat?: string;
  categoriesReversed?: boolean;
}

/** The types the overview uses; Excel knows many more, the host refuses them so a new one shows. */
const TYPES = new Set(['BarStacked', 'BarClustered']);

export class ChartCollection extends HostObject {
  readonly cls = 'ChartCollection';
  constructor(
    state: HostState,
    readonly sheet: HostSheet,
  ) {
    super(state);
  }
  override items(): HostObject[] {
    return this.sheet.charts.map((c) => new Chart(this.state, this.sheet, c));
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'add') {
      const [type, source, seriesBy = 'Auto'] = args;
      if (!TYPES.has(String(type))) throw invalid(`chart type ${String(type)} (not modelled)`);
      if (!(source instanceof Range) || source.sheet !== this.sheet)
        throw invalid('chart source (the host takes a Range on the same sheet)');
      const chart: HostChart = {
        type: String(type),
        source: source.area,
        seriesBy: String(seriesBy),
        name: `Diagram ${this.sheet.charts.length + 1}`,
        title: '',
        fills: {},
      };
      this.sheet.charts.push(chart);
      return new Chart(this.state, this.sheet, chart);
    }
    if (name === 'getCount') return this.sheet.charts.length;
    return super.method(name, args);
  }
}

class Chart extends HostObject {
  readonly cls = 'Chart';
  constructor(
    state: HostState,
    readonly sheet: HostSheet,
    readonly chart: HostChart,
  ) {
    super(state);
  }
  override key(): string {
    return `${this.sheet.id}/${this.chart.name}`;
  }
  override get(name: string): unknown {
    if (name === 'name') return this.chart.name;
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'name') this.chart.name = String(value);
    else super.set(name, value);
  }
  override property(name: string): HostObject {
    const chart = this.chart;
    if (name === 'title') return setter(this.state, 'ChartTitle', { text: (v) => (chart.title = String(v)) }, { text: () => chart.title });
    if (name === 'legend') return setter(this.state, 'ChartLegend', { position: (v) => (chart.legend = String(v)) });
    if (name === 'series') return new ChartSeriesCollection(this.state, chart);
    if (name === 'axes') return new ChartAxes(this.state, chart);
    return super.property(name);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'setPosition') {
      const cell = (a: unknown) => (a instanceof Range ? a.area : parseA1(String(a)));
      const [start, end] = [cell(args[0]), args[1] === undefined ? undefined : cell(args[1])];
      if (!start || (args[1] !== undefined && !end)) throw invalid('chart position');
      this.chart.position = { start: String(args[0]), end: String(args[1] ?? args[0]) };
      return null;
    }
    return super.method(name, args);
  }
}

/** Series by columns: one per column right of the first (the categories). */
class ChartSeriesCollection extends HostObject {
  readonly cls = 'ChartSeriesCollection';
  constructor(
    state: HostState,
    readonly chart: HostChart,
  ) {
    super(state);
  }
  private get count(): number {
    return this.chart.source.right - this.chart.source.left;
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'getCount') return this.count;
    if (name === 'getItemAt') {
      const index = Number(args[0]);
      if (!(index >= 0 && index < this.count)) throw invalid(`series ${index}`);
      const chart = this.chart;
      const fill = new (class extends HostObject {
        readonly cls = 'ChartFill';
        override method(m: string, a: unknown[]): unknown {
          if (m !== 'setSolidColor') return super.method(m, a);
          chart.fills[index] = String(a[0]);
          return null;
        }
      })(this.state);
      const format = new (class extends HostObject {
        readonly cls = 'ChartSeriesFormat';
        override property(p: string): HostObject {
          return p === 'fill' ? fill : super.property(p);
        }
      })(this.state);
      return new (class extends HostObject {
        readonly cls = 'ChartSeries';
        override property(p: string): HostObject {
          return p === 'format' ? format : super.property(p);
        }
      })(this.state);
    }
    return super.method(name, args);
  }
}

class ChartAxes extends HostObject {
  readonly cls = 'ChartAxes';
  constructor(
    state: HostState,
    readonly chart: HostChart,
  ) {
    super(state);
  }
  override property(name: string): HostObject {
    const chart = this.chart;
    if (name === 'valueAxis') return setter(this.state, 'ChartAxis', { numberFormat: (v) => (chart.valueAxisFormat = String(v)) });
    if (name === 'categoryAxis')
      return setter(this.state, 'ChartAxis', { reversePlotOrder: (v) => (chart.categoriesReversed = Boolean(v)) });
    return super.property(name);
  }
}

/** A small object whose listed properties can be set (and, where given, read). */
function setter(
  state: HostState,
  cls: string,
  sets: Record<string, (value: unknown) => void>,
  gets: Record<string, () => unknown> = {},
): HostObject {
  return new (class extends HostObject {
    readonly cls = cls;
    override set(name: string, value: unknown): void {
      const set = sets[name];
      if (set) set(value);
      else super.set(name, value);
    }
    override get(name: string): unknown {
      const get = gets[name];
      return get ? get() : super.get(name);
    }
  })(state);
}
