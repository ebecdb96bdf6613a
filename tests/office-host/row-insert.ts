/**
 * Range.insert and Range.copyFrom as the split fix uses them: whole sheet rows inserted with
 * `Down`, and rows copied with `Formulas`. What moves, moves as in Excel: cells, number formats,
 * merges, conditional formats and tables below the insertion point shift down, and ranges across
 * it grow; new rows take the number formats of the row above (Excel's default for Insert).
 * Not modelled: formulas elsewhere that refer to moved cells are not adjusted, and any other
 * shape of insert or copy is refused, so a new use fails its test rather than passing silently.
 */
import type { CellRange } from '../../src/table/grid';
import { invalid, RichApiError, type HostState } from './base';
import { MAX_COLUMNS, MAX_ROWS, type HostCell, type HostSheet } from './workbook';

const notModelled = (what: string) => new RichApiError('InvalidArgument', `${what} is not modelled by the test host`);

const wholeRows = (area: CellRange) => area.left === 0 && area.right === MAX_COLUMNS - 1;

/** Insert `area`'s rows, shifting everything from its top row down; returns the new rows' area. */
export function insertRows(state: HostState, sheet: HostSheet, area: CellRange, shift: unknown): CellRange {
  if (shift !== 'Down' || !wholeRows(area)) throw notModelled(`Range.insert(${String(shift)}) on anything but whole rows`);
  const at = area.top;
  const count = area.bottom - area.top + 1;
  if (sheet.rows.slice(MAX_ROWS - count).some((line) => line?.some(Boolean)))
    throw new RichApiError('InsertDeleteConflict', 'The insert operation would push cells off the sheet.');
  for (let r = sheet.rows.length - 1; r >= at; r--) {
    sheet.rows[r]?.forEach((cell, c) => {
      sheet.put(r + count, c, cell);
      sheet.put(r, c, undefined);
    });
  }
  const formats = [...sheet.numberFormats];
  sheet.numberFormats.clear();
  for (const [key, format] of formats) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    sheet.numberFormats.set(`${r >= at ? r + count : r}:${c}`, format);
    if (r === at - 1) for (let i = 0; i < count; i++) sheet.numberFormats.set(`${at + i}:${c}`, format);
  }
  const move = (r: CellRange) => {
    if (r.top >= at) r.top += count;
    if (r.bottom >= at) r.bottom += count;
  };
  sheet.merges.forEach(move);
  sheet.formats.forEach((f) => f.areas.forEach(move));
  state.book.tables.filter((t) => t.sheet === sheet).forEach((t) => move(t.area));
  state.changes.push({ sheet, area });
  return area;
}

/** Copy `source`'s rows into `target`'s (same width, the source repeated down), formulas following. */
export function copyRows(
  state: HostState,
  sheet: HostSheet,
  target: CellRange,
  source: CellRange,
  sourceSheet: HostSheet,
  copyType: unknown,
): void {
  const height = source.bottom - source.top + 1;
  if (
    copyType !== 'Formulas' ||
    sourceSheet !== sheet ||
    !wholeRows(target) ||
    !wholeRows(source) ||
    (target.bottom - target.top + 1) % height
  )
    throw notModelled(`Range.copyFrom(${String(copyType)}) other than whole rows on one sheet`);
  for (let r = target.top; r <= target.bottom; r++) {
    const from = source.top + ((r - target.top) % height);
    sheet.rows[r]?.forEach((_cell, c) => sheet.put(r, c, undefined));
    sheet.rows[from]?.forEach((cell, c) => sheet.put(r, c, cell && copied(cell, r - from)));
  }
  state.changes.push({ sheet, area: target });
}

/** Inside a formula, an A1 reference (not in a string, not part of a name or function). */
const REFERENCE = /"[^"]*"|(?<![\w.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;

/** A cell as Excel pastes it `rows` lower: relative row references move with it (the value stays, the host does not calculate). */
function copied(cell: HostCell, rows: number): HostCell {
  if (!cell.formula) return { ...cell };
  const formula = cell.formula.replace(REFERENCE, (text, colAbs: string, col: string, rowAbs: string, row: string) => {
    if (col === undefined) return text;
    if (rowAbs) return text;
    const moved = Number(row) + rows;
    if (moved < 1 || moved > MAX_ROWS) throw invalid('reference off the sheet');
    return `${colAbs}${col}${rowAbs}${moved}`;
  });
  return { ...cell, formula };
}
