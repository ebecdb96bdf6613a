/**
 * Formatting as the host keeps it: range formats as a log of written properties, conditional
 * formats with their priority (index 0 on top, as `add` documents), and page layout with only
 * documented values.
 */
import type { CellRange } from '../../src/table/grid';
import { HostObject, invalid, itemNotFound, NullObject, RichApiError, type HostState } from './base';
import { intersect, parseA1, type HostConditionalFormat, type HostSheet } from './workbook';
import { BORDER_EDGES, CONDITIONAL_STYLE_PROPERTIES, recordConditionalStyle } from './conditional-style';

/** Range formatting is logged per written property (font.bold, fill.color, borders.EdgeTop.style …). */
class StyleTarget extends HostObject {
  constructor(
    state: HostState,
    readonly cls: string,
    private readonly sheet: HostSheet,
    private readonly areas: CellRange[],
    private readonly path: string,
    private readonly children: Record<string, string> = {},
  ) {
    super(state);
  }
  override set(name: string, value: unknown): void {
    for (const area of this.areas) this.sheet.styles.push({ area, property: `${this.path}${name}`, value });
  }
  override property(name: string): HostObject {
    const cls = this.children[name];
    return cls ? new StyleTarget(this.state, cls, this.sheet, this.areas, `${this.path}${name}.`) : super.property(name);
  }
  override method(name: string, args: unknown[]): unknown {
    if (this.cls === 'RangeBorderCollection' && name === 'getItem')
      return new StyleTarget(this.state, 'RangeBorder', this.sheet, this.areas, `${this.path}${String(args[0])}.`);
    return super.method(name, args);
  }
}

export class RangeFormat extends StyleTarget {
  constructor(state: HostState, sheet: HostSheet, areas: CellRange[]) {
    super(state, 'RangeFormat', sheet, areas, 'format.', { font: 'RangeFont', fill: 'RangeFill', borders: 'RangeBorderCollection' });
  }
}

export class ConditionalFormatCollection extends HostObject {
  readonly cls = 'ConditionalFormatCollection';
  constructor(
    state: HostState,
    private readonly sheet: HostSheet,
    private readonly areas: CellRange[],
  ) {
    super(state);
  }
  private covered(): HostConditionalFormat[] {
    return this.sheet.formats.filter((f) => f.areas.some((a) => this.areas.some((b) => intersect(a, b))));
  }
  override items(): HostObject[] {
    return this.covered().map((f) => new ConditionalFormat(this.state, this.sheet, f));
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'add') {
      const cf: HostConditionalFormat = {
        id: this.state.book.newId('cf'),
        type: String(args[0]),
        areas: this.areas.map((a) => ({ ...a })),
      };
      // "Adds a new conditional format to the collection at the first/top priority."
      this.sheet.formats.unshift(cf);
      return new ConditionalFormat(this.state, this.sheet, cf);
    }
    if (name === 'getItem' || name === 'getItemOrNullObject') {
      const cf = this.covered().find((f) => f.id === args[0]);
      if (cf) return new ConditionalFormat(this.state, this.sheet, cf);
      if (name === 'getItem') throw itemNotFound(`conditional format ${String(args[0])}`);
      return new NullObject(this.state, 'ConditionalFormat');
    }
    if (name === 'getCount') return this.covered().length;
    return super.method(name, args);
  }
}

export class ConditionalFormat extends HostObject {
  readonly cls = 'ConditionalFormat';
  constructor(
    state: HostState,
    private readonly sheet: HostSheet,
    readonly format: HostConditionalFormat,
  ) {
    super(state);
  }
  override key(): string {
    return this.format.id;
  }
  private readable(): void {
    if (this.format.unreadable) throw new RichApiError('GeneralException', 'This operation is not permitted for the current object.');
  }
  override get(name: string): unknown {
    if (name === 'type') return this.format.type;
    if (name === 'id') return this.format.id;
    this.readable();
    if (name === 'priority') return this.sheet.formats.indexOf(this.format);
    return super.get(name);
  }
  override property(name: string): HostObject {
    this.readable();
    const f = this.format;
    const wrap = (type: string, cls: string) =>
      f.type === type
        ? new ConditionalPart(this.state, cls, f)
        : name.endsWith('OrNullObject')
          ? new NullObject(this.state, cls)
          : notOfType();
    if (name === 'custom' || name === 'customOrNullObject') return wrap('Custom', 'CustomConditionalFormat');
    if (name === 'textComparison' || name === 'textComparisonOrNullObject') return wrap('ContainsText', 'TextConditionalFormat');
    return super.property(name);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'delete') {
      this.sheet.formats.splice(this.sheet.formats.indexOf(this.format), 1);
      return null;
    }
    return super.method(name, args);
  }
}

const notOfType = (): never => {
  throw new RichApiError('InvalidOperation', 'This operation is not permitted for the current object.');
};

/** The parts below a conditional format: rule, format, fill, font, borders. They write into the format. */
class ConditionalPart extends HostObject {
  constructor(
    state: HostState,
    readonly cls: string,
    private readonly f: HostConditionalFormat,
    private readonly path = '',
  ) {
    super(state);
  }
  override property(name: string): HostObject {
    const cls =
      this.cls === 'ConditionalRangeBorderCollection'
        ? BORDER_EDGES.includes(name) && 'ConditionalRangeBorder'
        : {
            rule: 'ConditionalFormatRule',
            format: 'ConditionalRangeFormat',
            fill: 'ConditionalRangeFill',
            font: 'ConditionalRangeFont',
            borders: 'ConditionalRangeBorderCollection',
          }[name];
    return cls ? new ConditionalPart(this.state, cls, this.f, this.path ? `${this.path}.${name}` : name) : super.property(name);
  }
  override get(name: string): unknown {
    if (this.cls === 'ConditionalFormatRule' && name === 'formula') return this.f.formula ?? null;
    if (this.cls === 'TextConditionalFormat' && name === 'rule') return this.f.text ?? null;
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (this.cls === 'ConditionalFormatRule' && name === 'formula') this.f.formula = String(value);
    else if (this.cls === 'TextConditionalFormat' && name === 'rule') this.f.text = value as HostConditionalFormat['text'];
    else if (this.cls === 'ConditionalRangeFill' && name === 'color') this.f.fill = String(value);
    else if (this.cls === 'ConditionalRangeFont' && name === 'color') this.f.fontColor = String(value);
    else if (CONDITIONAL_STYLE_PROPERTIES[this.cls]?.includes(name))
      recordConditionalStyle(this.f, `${this.path.replace(/^format\./, '')}.${name}`, value);
    else super.set(name, value);
  }
}

/** Only documented page-layout values are taken; Excel's behaviour for others is undefined. */
export class PageLayout extends HostObject {
  readonly cls = 'PageLayout';
  constructor(
    state: HostState,
    private readonly sheet: HostSheet,
  ) {
    super(state);
  }
  override set(name: string, value: unknown): void {
    if (name === 'zoom') {
      const zoom = value as Record<string, unknown>;
      for (const [key, v] of Object.entries(zoom)) {
        const fits = key === 'horizontalFitToPages' || key === 'verticalFitToPages';
        if (!(fits ? Number.isInteger(v) && (v as number) >= 1 : key === 'scale' && typeof v === 'number' && v >= 10 && v <= 400)) {
          throw invalid(`zoom.${key} = ${String(v)}`);
        }
      }
    } else if (!['orientation', 'paperSize', 'centerHorizontally', 'centerVertically', 'printGridlines', 'blackAndWhite'].includes(name)) {
      return super.set(name, value);
    }
    this.sheet.page[name] = value;
  }
  /** Read back what was set (the self-check does): Excel's defaults where nothing was. */
  override get(name: string): unknown {
    if (name === 'orientation') return this.sheet.page.orientation ?? 'Portrait';
    if (name === 'paperSize') return this.sheet.page.paperSize ?? 'Letter';
    return super.get(name);
  }
  override method(name: string, args: unknown[]): unknown {
    if (name === 'getPrintAreaOrNullObject') {
      const area = this.sheet.page.setPrintArea;
      return typeof area === 'string' ? new PrintArea(this.state, `${this.sheet.name}!${area}`) : new NullObject(this.state, 'RangeAreas');
    }
    if (name === 'setPrintArea' || name === 'setPrintTitleRows') {
      if (typeof args[0] === 'string' && !parseA1(args[0])) throw invalid(`${name} ${args[0]}`);
      this.sheet.page[name] = args[0];
      return null;
    }
    if (name === 'setPrintMargins') {
      this.sheet.page.margins = { unit: args[0], ...(args[1] as object) };
      return null;
    }
    return super.method(name, args);
  }
  override property(name: string): HostObject {
    if (name === 'headersFooters') return new HeadersFooters(this.state, this.sheet, 'HeaderFooterGroup');
    return super.property(name);
  }
}

class HeadersFooters extends HostObject {
  constructor(
    state: HostState,
    private readonly sheet: HostSheet,
    readonly cls: string,
  ) {
    super(state);
  }
  override property(name: string): HostObject {
    if (this.cls === 'HeaderFooterGroup' && name === 'defaultForAllPages')
      return new HeadersFooters(this.state, this.sheet, 'HeaderFooter');
    return super.property(name);
  }
  override set(name: string, value: unknown): void {
    if (this.cls !== 'HeaderFooter' || !/^(left|center|right)(Header|Footer)$/.test(name)) return super.set(name, value);
    this.sheet.page[name] = value;
  }
  override get(name: string): unknown {
    if (this.cls !== 'HeaderFooter' || !/^(left|center|right)(Header|Footer)$/.test(name)) return super.get(name);
    return this.sheet.page[name] ?? '';
  }
}

/** The print area as getPrintAreaOrNullObject gives it (a RangeAreas): its address only. */
class PrintArea extends HostObject {
  readonly cls = 'RangeAreas';
  constructor(
    state: HostState,
    private readonly address: string,
  ) {
    super(state);
  }
  override get(name: string): unknown {
    return name === 'address' ? this.address : super.get(name);
  }
}
