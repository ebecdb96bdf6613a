import { TILTAK_FIELDS, type TiltakFieldSpec } from '../domain/fields';
import type { FieldKey } from '../domain/model';
import type { SheetGrid } from './grid';
import { cellText, normalizeKey } from './normalize';

/** Rows scanned for a header, below any title rows. */
const SCAN_ROWS = 30;
/** Synonyms this short (nr, id, uh, fra, til) only match a header exactly. */
const MIN_CONTAINED = 4;
const MIN_FIELDS = 3;

interface Synonym {
  field: TiltakFieldSpec;
  key: string;
}

const SYNONYMS: Synonym[] = TILTAK_FIELDS.flatMap((field) => field.synonyms.map((s) => ({ field, key: normalizeKey(s) })));

/** How well a header text names a field: exact beats contained, longer synonyms beat shorter. */
export function headerScores(header: string): Map<FieldKey, number> {
  const key = normalizeKey(header);
  const scores = new Map<FieldKey, number>();
  if (!key) return scores;
  for (const s of SYNONYMS) {
    let score = 0;
    if (key === s.key) score = 1000 + s.key.length;
    else if (s.key.length >= MIN_CONTAINED && key.includes(s.key)) score = 100 + s.key.length;
    if (score > (scores.get(s.field.key) ?? 0)) scores.set(s.field.key, score);
  }
  return scores;
}

/** Column (0-based sheet index) per field, one column per field and one field per column. */
export type Assignment = Map<FieldKey, number>;

/** Greedy one-to-one assignment, best pairs first; `fixed` pairs (user overrides) are kept. */
export function assignColumns(headers: ReadonlyMap<number, string>, fixed: Assignment = new Map()): Assignment {
  const taken = new Set(fixed.values());
  const pairs: Array<{ field: FieldKey; col: number; score: number }> = [];
  for (const [col, text] of headers) {
    if (taken.has(col)) continue;
    for (const [field, score] of headerScores(text)) if (!fixed.has(field)) pairs.push({ field, col, score });
  }
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const result: Assignment = new Map(fixed);
  for (const p of pairs) {
    if (result.has(p.field) || taken.has(p.col)) continue;
    result.set(p.field, p.col);
    taken.add(p.col);
  }
  return result;
}

export interface HeaderCandidate {
  sheet: SheetGrid;
  /** 0-based sheet row of the header. */
  row: number;
  headers: Map<number, string>;
  assignment: Assignment;
  /** The Excel Table whose header row this is, if any. */
  inTable: boolean;
}

/** Non-empty header texts of a grid row, keyed by 0-based sheet column. */
export function rowHeaders(sheet: SheetGrid, gridRow: number): Map<number, string> {
  const headers = new Map<number, string>();
  const cells = sheet.cells[gridRow] ?? [];
  cells.forEach((value, c) => {
    const text = cellText(value).trim();
    if (text) headers.set(sheet.origin.col + c, text);
  });
  return headers;
}

function rank(c: HeaderCandidate): number[] {
  const fields = [...c.assignment.keys()];
  const required = fields.filter((k) => TILTAK_FIELDS.find((f) => f.key === k)!.required).length;
  return [fields.length, c.inTable ? 1 : 0, required, -c.row];
}

function better(a: HeaderCandidate, b: HeaderCandidate): boolean {
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! > rb[i]!;
  return false;
}

/** The best header row of one sheet, or undefined when no row names enough fields. */
export function findHeaderRow(sheet: SheetGrid): HeaderCandidate | undefined {
  let best: HeaderCandidate | undefined;
  const tableRows = new Set(sheet.tables.map((t) => t.range.top));
  const rows = Math.min(sheet.cells.length, SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const headers = rowHeaders(sheet, r);
    if (headers.size < MIN_FIELDS) continue;
    const assignment = assignColumns(headers);
    const fields = [...assignment.keys()];
    if (fields.length < MIN_FIELDS || !fields.some((k) => TILTAK_FIELDS.find((f) => f.key === k)!.required)) continue;
    const row = sheet.origin.row + r;
    const candidate = { sheet, row, headers, assignment, inTable: tableRows.has(row) };
    if (!best || better(candidate, best)) best = candidate;
  }
  return best;
}

/** The best header over several sheets (workbook order breaks ties). */
export function findBestHeader(sheets: readonly SheetGrid[]): HeaderCandidate | undefined {
  let best: HeaderCandidate | undefined;
  for (const sheet of sheets) {
    const candidate = findHeaderRow(sheet);
    if (candidate && (!best || better(candidate, best))) best = candidate;
  }
  return best;
}
