import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from '../table/grid';
import { Budget, damaged, LIMITS, ReadRefusal, type Where } from './limits';
import { isoToSerial, serialToDate } from './serial';
import { formatElapsed } from './styles';
import { CDATA, DONE, END, MORE, scanWhole, START, TEXT, XmlScanner } from './xml';
import { fflateInflate, ZipArchive, type Inflate } from './zip';

/**
 * An OpenDocument spreadsheet (.ods, what LibreOffice saves by default, common in Norwegian
 * municipalities) → WorkbookGrid. Written by hand for the same reason as the .xlsx reader: no
 * well-kept library reads it (the npm `xlsx` package is frozen with known security fixes
 * missing). Reads `content.xml` (and the data styles of `styles.xml`) with the strict scanner
 * (OpenDocument 1.2/1.3 part 1, §9.1), wherever in the zip they are stored:
 * - each `table:table` with its name, hidden when its style says `table:display="false"`;
 * - rows and cells with `number-rows-repeated` / `number-columns-repeated`: empty repeats, which
 *   LibreOffice writes to the sheet's end, are skipped, filled ones are kept (each counts as a
 *   cell against the bounds), and nothing may reach past Excel's last row or column;
 * - values by `office:value-type`: float, percentage and currency (`office:value`), date
 *   (`office:date-value`, a calendar date, so no date system applies), time (`office:time-value`,
 *   read as the same time of day the .xlsx reader gives for it, or as the elapsed time the cell
 *   shows when its data style does not wrap at 24 hours), boolean, string (the cell's
 *   paragraphs joined by line breaks, `text:s` spaces and tabs kept, comments left out); a
 *   formula's error result (`calcext:value-type="error"`) as an error value;
 * - merged areas from `number-columns-spanned` / `number-rows-spanned`; covered cells are empty.
 * Cells are only read.
 */
export function readOdsGrid(data: Uint8Array, inflate: Inflate = fflateInflate): WorkbookGrid {
  const budget = new Budget();
  const zip = new ZipArchive(data, inflate, budget);
  if (!zip.has('content.xml')) throw new ReadRefusal({ kind: 'notAWorkbook' });
  if (isEncrypted(zip.read('META-INF/manifest.xml'))) throw new ReadRefusal({ kind: 'encrypted' });
  const reader = new OdsReader(budget);
  const styles = zip.read('styles.xml');
  if (styles) reader.read(styles, 'styles.xml');
  reader.read(zip.read('content.xml')!, 'content.xml');
  return { sheets: reader.sheets };
}

/** A password-protected ODS keeps its manifest readable and names how each encrypted entry is encrypted (ODF part 3, §4.8). */
function isEncrypted(manifest: Uint8Array | undefined): boolean {
  if (manifest === undefined) return false;
  let encrypted = false;
  scanWhole(decodeUtf8(manifest, 'META-INF/manifest.xml'), { part: 'META-INF/manifest.xml' }, (s, kind) => {
    if (kind === START && s.local === 'encryption-data') encrypted = true;
  });
  return encrypted;
}

function decodeUtf8(bytes: Uint8Array, part: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw damaged({ part });
  }
}

interface TimeStyle {
  /** Wraps at 24 hours (a time of day) unless `number:truncate-on-overflow="false"`. */
  elapsed: boolean;
  /** The equivalent SpreadsheetML format code, for elapsed times. */
  code: string;
}

/** One pass over content.xml (or styles.xml): styles first, then the tables. */
class OdsReader {
  readonly sheets: SheetGrid[] = [];
  private readonly hiddenTableStyles = new Set<string>();
  /** Cell style name → its data style name. */
  private readonly dataStyles = new Map<string, string>();
  private readonly timeStyles = new Map<string, TimeStyle>();

  constructor(private readonly budget: Budget) {}

  read(bytes: Uint8Array, part: string): void {
    const s = new XmlScanner({ part });
    s.feed(decodeUtf8(bytes, part));
    s.finish();
    let style: { name: string; family: string } | undefined;
    let time: { name: string; style: TimeStyle; depth: number; unit: string } | undefined;
    let table: TableReader | undefined;
    for (let kind = s.next(); kind !== DONE && kind !== MORE; kind = s.next()) {
      if (table) {
        if (kind === END && s.name === 'table:table' && s.depth === table.depth - 1) {
          this.sheets.push(table.end());
          table = undefined;
        } else table.token(s, kind);
        continue;
      }
      if (kind === START) {
        switch (s.name) {
          case 'table:table': {
            const name = s.attr('table:name') ?? '';
            const hidden = this.hiddenTableStyles.has(s.attr('table:style-name') ?? '');
            table = new TableReader(name, hidden, s.depth, this.budget, (cellStyle) => this.timeStyleOf(cellStyle));
            break;
          }
          case 'style:style':
            style = { name: s.attr('style:name') ?? '', family: s.attr('style:family') ?? '' };
            if (style.family === 'table-cell' && s.attr('style:data-style-name'))
              this.dataStyles.set(style.name, s.attr('style:data-style-name')!);
            break;
          case 'style:table-properties':
            if (style?.family === 'table' && s.attr('table:display') === 'false') this.hiddenTableStyles.add(style.name);
            break;
          case 'number:time-style':
            time = {
              name: s.attr('style:name') ?? '',
              style: { elapsed: s.attr('number:truncate-on-overflow') === 'false', code: '' },
              depth: s.depth,
              unit: '',
            };
            break;
          case 'number:hours':
          case 'number:minutes':
          case 'number:seconds':
            if (time)
              time.style.code += timeToken(
                s.name,
                s.attr('number:style') === 'long',
                Number(s.attr('number:decimal-places') ?? 0),
                time.style,
              );
            break;
          case 'number:text':
            if (time) time.unit = 'text';
            break;
        }
      } else if (kind === END) {
        if (s.name === 'style:style') style = undefined;
        else if (s.name === 'number:text' && time) time.unit = '';
        else if (s.name === 'number:time-style' && time) {
          this.timeStyles.set(time.name, time.style);
          time = undefined;
        }
      } else if ((kind === TEXT || kind === CDATA) && time?.unit === 'text') {
        time.style.code += `"${s.text().replace(/"/g, '')}"`;
      }
    }
  }

  private timeStyleOf(cellStyle: string | undefined): TimeStyle | undefined {
    const data = cellStyle === undefined ? undefined : this.dataStyles.get(cellStyle);
    return data === undefined ? undefined : this.timeStyles.get(data);
  }
}

/** The first of hours, minutes and seconds in an elapsed style counts without bound: `[hh]:mm:ss`. */
function timeToken(name: string, long: boolean, decimals: number, style: TimeStyle): string {
  const letter = name === 'number:hours' ? 'h' : name === 'number:minutes' ? 'm' : 's';
  let token = long ? letter + letter : letter;
  if (style.elapsed && !/[hms]/.test(style.code.replace(/"[^"]*"/g, ''))) token = `[${token}]`;
  return letter === 's' && decimals > 0 ? `${token}.${'0'.repeat(Math.min(decimals, 3))}` : token;
}

/** The rows and cells of one `table:table`. */
class TableReader {
  private readonly cells: CellValue[][] = [];
  private readonly merges: CellRange[] = [];
  private readonly where: Where;
  private row = -1;
  private rowRepeat = 1;
  private col = 0;
  private rowValues: CellValue[] = [];
  private rowFilled = false;
  /** The cell being read, if it may hold a value. */
  private cell: { tag: CellTag; depth: number } | undefined;
  private text = '';
  private paragraphs = 0;
  private annotation = 0;

  constructor(
    private readonly name: string,
    private readonly hidden: boolean,
    readonly depth: number,
    private readonly budget: Budget,
    private readonly timeStyleOf: (cellStyle: string | undefined) => TimeStyle | undefined,
  ) {
    this.where = { sheet: name, part: 'content.xml' };
  }

  token(s: XmlScanner, kind: number): void {
    try {
      if (this.cell) this.inCell(s, kind);
      else if (kind === START) this.start(s);
      else if (kind === END && s.name === 'table:table-row') this.endRow();
    } catch (e) {
      throw e instanceof ReadRefusal ? e.at(this.where) : e;
    }
  }

  end(): SheetGrid {
    return {
      name: this.name,
      cells: this.cells,
      origin: { row: 0, col: 0 },
      merges: this.merges,
      tables: [],
      ...(this.hidden ? { hidden: true } : {}),
    };
  }

  private start(s: XmlScanner): void {
    const name = s.name;
    if (name === 'table:table-row') {
      this.row++;
      this.col = 0;
      this.rowValues = [];
      this.rowFilled = false;
      this.rowRepeat = repeat(s.attr('table:number-rows-repeated'));
      if (this.row >= LIMITS.rows) throw new ReadRefusal({ kind: 'outOfRange', row: this.row + 1 });
      return;
    }
    if (name !== 'table:table-cell' && name !== 'table:covered-table-cell') return;
    const columns = repeat(s.attr('table:number-columns-repeated'));
    const tag: CellTag = {
      covered: name === 'table:covered-table-cell',
      columns,
      type: s.attr('office:value-type'),
      error: s.attr('calcext:value-type') === 'error',
      value: s.attr('office:value'),
      date: s.attr('office:date-value'),
      time: s.attr('office:time-value'),
      boolean: s.attr('office:boolean-value'),
      string: s.attr('office:string-value'),
      style: s.attr('table:style-name'),
      across: repeat(s.attr('table:number-columns-spanned')),
      down: repeat(s.attr('table:number-rows-spanned')),
    };
    if (s.selfClosing || tag.covered) {
      // A covered cell is hidden under a merge: Excel and LibreOffice show it empty.
      this.place(tag, tag.covered ? null : this.value(tag, ''));
      if (!s.selfClosing) this.cell = { tag: { ...tag, type: undefined }, depth: s.depth };
      return;
    }
    this.cell = { tag, depth: s.depth };
    this.text = '';
    this.paragraphs = 0;
    this.annotation = 0;
  }

  /** Inside a cell: its paragraphs' text, without comments (`office:annotation`). */
  private inCell(s: XmlScanner, kind: number): void {
    const cell = this.cell!;
    if (kind === END && s.depth === cell.depth - 1) {
      this.cell = undefined;
      if (cell.tag.covered) return;
      this.place(cell.tag, this.value(cell.tag, this.text));
      return;
    }
    if (cell.tag.covered) return;
    const name = s.name;
    if (name === 'office:annotation') {
      if (kind === START) this.annotation++;
      else if (kind === END) this.annotation--;
      return;
    }
    if (this.annotation > 0) return;
    if (kind === START) {
      if (name === 'text:p' && this.paragraphs++ > 0) this.add('\n');
      else if (name === 'text:s') this.add(' '.repeat(Math.min(repeat(s.attr('text:c')), LIMITS.cellText + 1)));
      else if (name === 'text:tab') this.add('\t');
      else if (name === 'text:line-break') this.add('\n');
    } else if (kind === TEXT || kind === CDATA) {
      // White space between elements of a paragraph is text too; between paragraphs it is layout.
      if (this.paragraphs > 0 && s.depth > cell.depth) this.add(s.text());
    }
  }

  private add(text: string): void {
    this.text += text;
    if (this.text.length > LIMITS.cellText) throw new ReadRefusal({ kind: 'textTooLong', max: LIMITS.cellText });
  }

  private value(tag: CellTag, text: string): CellValue {
    if (tag.error) return { error: text };
    switch (tag.type) {
      case 'float':
      case 'percentage':
      case 'currency': {
        const n = Number(tag.value);
        return Number.isFinite(n) ? n : text === '' ? null : text;
      }
      case 'date': {
        const parsed = isoToSerial(tag.date ?? '', false);
        return parsed?.date ? serialToDate(parsed.serial, false) : text === '' ? null : text;
      }
      case 'time': {
        const parsed = isoToSerial(tag.time ?? '', false);
        if (parsed === undefined) return text === '' ? null : text;
        const style = this.timeStyleOf(tag.style);
        return style?.elapsed ? formatElapsed(parsed.serial, style.code) : serialToDate(parsed.serial, false);
      }
      case 'boolean':
        return tag.boolean === 'true';
      case undefined:
        return null;
      default: {
        const value = tag.string ?? text;
        return value === '' ? null : value;
      }
    }
  }

  /** Puts a cell (repeated across `columns`) into the row, and its merged area if it spans. */
  private place(tag: CellTag, value: CellValue): void {
    const end = this.col + tag.columns;
    if (value !== null) {
      if (end > LIMITS.columns) throw new ReadRefusal({ kind: 'outOfRange', row: this.row + 1, column: end });
      this.budget.cells(tag.columns);
      for (let c = this.col; c < end; c++) this.rowValues[c] = value;
      this.rowFilled = true;
      if (tag.across > 1 || tag.down > 1) {
        const bottom = this.row + tag.down - 1;
        const right = this.col + tag.across - 1;
        if (bottom >= LIMITS.rows || right >= LIMITS.columns)
          throw new ReadRefusal({ kind: 'outOfRange', row: bottom + 1, column: right + 1 });
        if (this.merges.length === LIMITS.merges) throw new ReadRefusal({ kind: 'tooManyCells', max: LIMITS.cells });
        this.merges.push({ top: this.row, left: this.col, bottom, right });
      }
    }
    // Empty cells repeated to the sheet's last column are filler.
    this.col = Math.min(end, LIMITS.columns);
  }

  private endRow(): void {
    const repeats = this.rowRepeat;
    if (this.rowFilled) {
      if (this.row + repeats > LIMITS.rows) throw new ReadRefusal({ kind: 'outOfRange', row: this.row + repeats });
      const values = Array.from(this.rowValues, (v) => v ?? null);
      this.budget.cells((repeats - 1) * values.length);
      for (let i = 0; i < repeats; i++) this.cells[this.row + i] = i === 0 ? values : [...values];
    }
    // Empty rows repeated to the sheet's last row are filler.
    this.row = Math.min(this.row + repeats - 1, LIMITS.rows - 1);
  }
}

interface CellTag {
  covered: boolean;
  columns: number;
  type: string | undefined;
  error: boolean;
  value: string | undefined;
  date: string | undefined;
  time: string | undefined;
  boolean: string | undefined;
  string: string | undefined;
  style: string | undefined;
  across: number;
  down: number;
}

/** A repeat or span count: a positive whole number, 1 when absent. */
function repeat(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw damaged();
  return n;
}
