import { PARTNERSHIP_FIELDS, PARTNERSHIP_SHEET, TILTAK_FIELDS } from '../domain/fields';
import type { ColumnRef, FieldKey, PartnershipFacts, TiltakRow, TiltakTable } from '../domain/model';
import { cellAddress, columnIndex, columnLetter, type SheetGrid, type WorkbookGrid } from './grid';
import { assignColumns, findBestHeader, rowHeaders, type Assignment, type HeaderCandidate } from './headers';
import { cellAt, MergeIndex } from './merges';
import { cellText, normalizeKey } from './normalize';
import { PARSERS } from './parse';

export interface ReadOptions {
  /** Read the tiltak from this sheet only. */
  sheet?: string;
  /** Field → header text or column letter; overrides detection for those fields. */
  map?: Partial<Record<FieldKey, string>>;
}

export type ReadResult = { ok: true; table: TiltakTable } | { ok: false; message: string };

const isPartnershipSheet = (s: SheetGrid) => normalizeKey(s.name) === normalizeKey(PARTNERSHIP_SHEET);

/** Find the tiltak table (header row, columns) and parse every row under it. */
export function readTiltakTable(wb: WorkbookGrid, opts: ReadOptions = {}): ReadResult {
  let sheets = wb.sheets.filter((s) => !isPartnershipSheet(s));
  if (opts.sheet !== undefined) {
    const wanted =
      wb.sheets.find((s) => s.name === opts.sheet) ?? wb.sheets.find((s) => normalizeKey(s.name) === normalizeKey(opts.sheet!));
    if (!wanted)
      return { ok: false, message: `Fant ikke arket «${opts.sheet}». Arkene i filen er: ${wb.sheets.map((s) => s.name).join(', ')}.` };
    sheets = [wanted];
  }
  const header = findBestHeader(sheets);
  if (!header) {
    const where = opts.sheet ? `på arket «${opts.sheet}»` : 'i arbeidsboken';
    return {
      ok: false,
      message: `Fant ingen overskriftsrad med kjente kolonner (for eksempel «Tiltak», «Ordning», «Fase», «Tilskudd eier») ${where}.`,
    };
  }
  const assignment = applyOverrides(header, opts.map ?? {});
  if (typeof assignment === 'string') return { ok: false, message: assignment };
  return { ok: true, table: buildTable(header, assignment) };
}

function applyOverrides(header: HeaderCandidate, map: Partial<Record<FieldKey, string>>): Assignment | string {
  const entries = Object.entries(map) as Array<[FieldKey, string]>;
  if (entries.length === 0) return header.assignment;
  const fixed: Assignment = new Map();
  for (const [field, target] of entries) {
    if (!TILTAK_FIELDS.some((f) => f.key === field)) {
      return `«${field}» er ikke et kjent felt. Kjente felt er: ${TILTAK_FIELDS.map((f) => f.key).join(', ')}.`;
    }
    const byHeader = [...header.headers].find(([, text]) => normalizeKey(text) === normalizeKey(target));
    const col = byHeader?.[0] ?? columnIndex(target.trim());
    if (col === undefined) {
      return `Fant ingen kolonne «${target}» for feltet ${field} i overskriftsraden (rad ${header.row + 1}) på arket «${header.sheet.name}».`;
    }
    fixed.set(field, col);
  }
  return assignColumns(header.headers, fixed);
}

function buildTable(header: HeaderCandidate, assignment: Assignment): TiltakTable {
  const { sheet } = header;
  const mapping: Partial<Record<FieldKey, ColumnRef>> = {};
  for (const [field, col] of assignment) mapping[field] = { column: columnLetter(col), header: header.headers.get(col) ?? '' };
  const lastHeaderCol = Math.max(...header.headers.keys());
  const table = sheet.tables.find((t) => t.range.top === header.row);
  const lastRow = table ? table.range.bottom : sheet.origin.row + sheet.cells.length - 1;
  const merges = new MergeIndex(sheet.merges);
  const fields = TILTAK_FIELDS.map((spec) => ({ spec, col: assignment.get(spec.key), parse: PARSERS[spec.kind] }));
  const rows: TiltakRow[] = [];
  for (let r = header.row + 1; r <= lastRow; r++) {
    const values = {} as Record<FieldKey, ReturnType<(typeof fields)[number]['parse']>>;
    const cells: Partial<Record<FieldKey, string>> = {};
    let anyValue = false;
    for (const { spec, col, parse } of fields) {
      if (col === undefined) {
        values[spec.key] = { kind: 'empty' };
        continue;
      }
      const at = merges.resolve(r, col);
      const value = cellAt(sheet, at.row, at.col);
      values[spec.key] = parse(value);
      cells[spec.key] = cellAddress(at.row, at.col);
      if (values[spec.key]!.kind !== 'empty') anyValue = true;
    }
    if (!anyValue || isTotalsRow(sheet, r, assignment)) continue;
    rows.push({ row: r + 1, cells, values: values as TiltakRow['values'] });
  }
  return {
    sheet: sheet.name,
    headerRow: header.row + 1,
    mapping,
    freeHeaderCell: cellAddress(header.row, lastHeaderCol + 1),
    rows,
  };
}

const TOTALS = /^(sum|totalt?|i alt)\b/i;

/** A "Sum"/"Totalt" row under the table is not a tiltak. */
function isTotalsRow(sheet: SheetGrid, row: number, assignment: Assignment): boolean {
  return (['tittel', 'nr'] as const).some((field) => {
    const col = assignment.get(field);
    return col !== undefined && TOTALS.test(cellText(cellAt(sheet, row, col)).trim());
  });
}

/** Facts from the `Partnerskap` sheet: labels in column A, values in column B. */
export function readPartnership(wb: WorkbookGrid): PartnershipFacts | null {
  const sheet = wb.sheets.find(isPartnershipSheet);
  if (!sheet) return null;
  const labels = PARTNERSHIP_FIELDS.map((spec) => ({ spec, keys: spec.synonyms.map(normalizeKey) }));
  const facts: PartnershipFacts = {
    sheet: sheet.name,
    cells: {},
    values: Object.fromEntries(PARTNERSHIP_FIELDS.map((f) => [f.key, { kind: 'empty' }])) as PartnershipFacts['values'],
  };
  const merges = new MergeIndex(sheet.merges);
  for (let r = sheet.origin.row; r < sheet.origin.row + sheet.cells.length; r++) {
    const label = normalizeKey(cellText(cellAt(sheet, r, 0)));
    if (!label) continue;
    const match = labels.find(({ keys }) => keys.some((k) => label === k || (k.length >= 6 && label.startsWith(k))));
    if (!match || facts.cells[match.spec.key]) continue;
    const at = merges.resolve(r, 1);
    facts.cells[match.spec.key] = cellAddress(at.row, at.col);
    (facts.values as Record<string, unknown>)[match.spec.key] = PARSERS[match.spec.kind](cellAt(sheet, at.row, at.col));
  }
  return facts;
}

/** Column headers of the chosen header row, for the pane's column picker. */
export function headerColumns(sheet: SheetGrid, headerRow: number): Array<{ column: string; header: string }> {
  return [...rowHeaders(sheet, headerRow - 1 - sheet.origin.row)].map(([col, header]) => ({ column: columnLetter(col), header }));
}
