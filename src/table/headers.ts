import { TILTAK_FIELDS } from '../domain/fields';
import type { FieldKey } from '../domain/model';
import { columnIndex, columnLetter, type SheetGrid, type TableHint } from './grid';
import { cellText, normalizeKey } from './normalize';

/** Rows of each sheet searched for the header (title rows may sit above it). */
const SCAN_ROWS = 30;
/** Synonyms this short (nr, id, uh, fra, til) only match a header exactly. */
const MIN_CONTAINED = 4;
const MIN_FIELDS = 3;
/** Exact beats contained whatever the length; within each, the longer synonym wins. */
const EXACT = 1000;
const CONTAINED = 100;

/** Field → header text or column letter, chosen by the user. */
export type ColumnOverrides = Partial<Record<FieldKey, string>>;

/** Column (0-based sheet index) per field: one column per field, one field per column. */
export type Assignment = Map<FieldKey, number>;

export interface HeaderRow {
  sheet: SheetGrid;
  /** 0-based sheet row. */
  row: number;
  /** Non-empty header texts as written, by 0-based sheet column (within the Excel Table, if any). */
  headers: Map<number, string>;
  /** The Excel Table whose header row this is. */
  table: TableHint | undefined;
  assignment: Assignment;
}

type Synonyms = ReadonlyArray<{ field: FieldKey; key: string }>;

const SYNONYMS: Synonyms = TILTAK_FIELDS.flatMap((f) => f.synonyms.map((s) => ({ field: f.key, key: normalizeKey(s) })));

/** Header spellings a profile adds per field (its partner kinds' headers). */
export type ExtraSynonyms = Partial<Record<FieldKey, readonly string[]>>;

/** Per spelling set: its synonyms and the matches of every header seen, shared by every file checked with it. */
const SPELLINGS = new WeakMap<ExtraSynonyms, { synonyms: Synonyms; cache: MatchCache }>();
const BASE = { synonyms: SYNONYMS, cache: new Map() as MatchCache };

function spellingsFor(extra: ExtraSynonyms | undefined): { synonyms: Synonyms; cache: MatchCache } {
  if (!extra) return BASE;
  let entry = SPELLINGS.get(extra);
  if (!entry) {
    const added = (Object.entries(extra) as Array<[FieldKey, readonly string[]]>).flatMap(([field, list]) =>
      list.map((s) => ({ field, key: normalizeKey(s) })),
    );
    SPELLINGS.set(extra, (entry = { synonyms: [...SYNONYMS, ...added], cache: new Map() }));
  }
  return entry;
}

const REQUIRED = new Set(TILTAK_FIELDS.filter((f) => f.required).map((f) => f.key));
const FIELD_ORDER = new Map(TILTAK_FIELDS.map((f, i) => [f.key, i]));

interface Match {
  field: FieldKey;
  score: number;
}

/** Every field a normalised header names, with how well (exact or contained, and by how long a synonym). */
function matchesOf(key: string, synonyms: Synonyms): Match[] {
  const best = new Map<FieldKey, number>();
  if (key === '') return [];
  for (const s of synonyms) {
    let score = 0;
    if (key === s.key) score = EXACT + s.key.length;
    else if (s.key.length >= MIN_CONTAINED && key.includes(s.key)) score = CONTAINED + s.key.length;
    if (score > (best.get(s.field) ?? 0)) best.set(s.field, score);
  }
  return [...best].map(([field, score]) => ({ field, score }));
}

interface Pair extends Match {
  col: number;
}

/** Greedy one-to-one assignment, best pairs first; `fixed` fields and their columns are kept out. */
function assign(pairs: Pair[], fixed: Assignment): Assignment {
  const taken = new Set(fixed.values());
  const result: Assignment = new Map(fixed);
  pairs.sort((a, b) => b.score - a.score || a.col - b.col || FIELD_ORDER.get(a.field)! - FIELD_ORDER.get(b.field)!);
  for (const p of pairs) {
    if (result.has(p.field) || taken.has(p.col)) continue;
    result.set(p.field, p.col);
    taken.add(p.col);
  }
  return result;
}

/** A row considered as the header, with what it would map and how it ranks. */
export interface Candidate extends HeaderRow {
  /** User overrides given as header text that this row holds. */
  overridesFound: number;
  /** Overrides that name neither a header of this row nor a used column. */
  missing: Array<[FieldKey, string]>;
  /** Fields named by the row's own text (detected or overridden by text), not by letter. */
  named: number;
  exact: number;
  required: number;
}

/** Matches of each normalised header text, computed once per spelling set. */
type MatchCache = Map<string, Match[]>;

function evaluate(
  sheet: SheetGrid,
  row: number,
  table: TableHint | undefined,
  overrides: ReadonlyArray<[FieldKey, string]>,
  usedColumns: () => number,
  { synonyms, cache }: { synonyms: Synonyms; cache: MatchCache },
): Candidate {
  const headers = new Map<number, string>();
  /** Normalised header → its first column; each header is normalised once. */
  const keys = new Map<string, number>();
  const keyOf = new Map<number, string>();
  const cells = sheet.cells[row - sheet.origin.row] ?? [];
  const first = Math.max(0, (table?.range.left ?? 0) - sheet.origin.col);
  const last = Math.min(cells.length - 1, (table?.range.right ?? Infinity) - sheet.origin.col);
  for (let c = first; c <= last; c++) {
    const value = cells[c];
    if (value === null || value === undefined) continue;
    const text = cellText(value).trim();
    if (text === '') continue;
    const col = sheet.origin.col + c;
    headers.set(col, text);
    const key = normalizeKey(text);
    keyOf.set(col, key);
    if (!keys.has(key)) keys.set(key, col);
  }

  const fixed: Assignment = new Map();
  const missing: Array<[FieldKey, string]> = [];
  let overridesFound = 0;
  for (const [field, target] of overrides) {
    const byText = keys.get(normalizeKey(target));
    const byLetter = columnIndex(target.trim());
    if (byText !== undefined) {
      overridesFound++;
      fixed.set(field, byText);
    } else if (byLetter !== undefined && byLetter < usedColumns()) {
      fixed.set(field, byLetter);
    } else {
      missing.push([field, target]);
    }
  }

  const pairs: Pair[] = [];
  for (const [col, key] of keyOf) {
    let matches = cache.get(key);
    if (!matches) cache.set(key, (matches = matchesOf(key, synonyms)));
    for (const m of matches) pairs.push({ ...m, col });
  }
  const assignment = assign(pairs, fixed);

  let named = 0;
  let exact = 0;
  let required = 0;
  for (const [field, col] of assignment) {
    const key = keyOf.get(col);
    if (key === undefined) continue;
    named++;
    if (REQUIRED.has(field)) required++;
    if (cache.get(key)?.some((m) => m.field === field && m.score >= EXACT)) exact++;
  }
  return { sheet, row, headers, table, assignment, overridesFound, missing, named, exact, required };
}

/** A header row names three fields, one of them required, or holds every header the user named. */
function qualifies(c: Candidate, textOverrides: number): boolean {
  return (c.named >= MIN_FIELDS && c.required >= 1) || (textOverrides > 0 && c.overridesFound >= textOverrides);
}

/** The user's headers first, then more fields, an Excel Table's header row, exact names, required fields. */
function better(a: Candidate, b: Candidate): boolean {
  const ra = [a.overridesFound, a.named, a.table ? 1 : 0, a.exact, a.required];
  const rb = [b.overridesFound, b.named, b.table ? 1 : 0, b.exact, b.required];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! > rb[i]!;
  return false;
}

/** Rows to try on one sheet: the first rows of its used range, and every Excel Table's header row. */
function candidateRows(sheet: SheetGrid): Array<{ row: number; table: TableHint | undefined }> {
  const tableTops = new Map<number, TableHint[]>();
  for (const t of sheet.tables) tableTops.set(t.range.top, [...(tableTops.get(t.range.top) ?? []), t]);
  const out: Array<{ row: number; table: TableHint | undefined }> = [];
  const scanned = Math.min(sheet.cells.length, SCAN_ROWS);
  for (let r = 0; r < scanned; r++) {
    const row = sheet.origin.row + r;
    if (!tableTops.has(row)) out.push({ row, table: undefined });
  }
  for (const [row, tables] of tableTops) for (const table of tables) out.push({ row, table });
  return out;
}

/** Overrides whose value cannot be a column letter must be found as header text. */
const isLetters = (s: string) => columnIndex(s.trim()) !== undefined;

/**
 * The best header row over the given sheets (earlier sheets and rows win ties), with the
 * user's overrides applied; undefined when no row qualifies. The result's `missing` lists
 * overrides that name neither a header of that row nor a used column.
 */
export function findHeader(sheets: readonly SheetGrid[], overrides: ColumnOverrides = {}, extra?: ExtraSynonyms): Candidate | undefined {
  const entries = (Object.entries(overrides) as Array<[FieldKey, string | undefined]>).filter(
    (e): e is [FieldKey, string] => typeof e[1] === 'string' && e[1].trim() !== '',
  );
  const textOverrides = entries.filter(([, v]) => !isLetters(v)).length;
  const spellings = spellingsFor(extra);
  let best: Candidate | undefined;
  for (const sheet of sheets) {
    let used: number | undefined;
    const usedColumns = () => (used ??= sheet.origin.col + sheet.cells.reduce((n, r) => Math.max(n, r.length), 0));
    for (const { row, table } of candidateRows(sheet)) {
      const c = evaluate(sheet, row, table, entries, usedColumns, spellings);
      if (qualifies(c, textOverrides) && (!best || better(c, best))) best = c;
    }
  }
  return best;
}

/** Every non-empty header of a header row (1-based `headerRow`), for the pane's column picker. */
export function headerColumns(sheet: SheetGrid, headerRow: number): Array<{ column: string; header: string }> {
  const cells = sheet.cells[headerRow - 1 - sheet.origin.row] ?? [];
  const out: Array<{ column: string; header: string }> = [];
  cells.forEach((value, c) => {
    const header = cellText(value ?? null).trim();
    if (header !== '') out.push({ column: columnLetter(sheet.origin.col + c), header });
  });
  return out;
}
