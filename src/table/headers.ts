import { TILTAK_FIELDS } from '../domain/fields';
import type { FieldKey } from '../domain/model';
import { columnIndex, columnLetter, type CellRange, type SheetGrid, type TableHint } from './grid';
import { cellText, normalizeKey } from './normalize';

/** Rows of each sheet searched for the header (title rows may sit above it). */
const SCAN_ROWS = 30;
/** On a sheet with no header in its first rows, rows searched further down (instructions may fill a page). */
const DEEP_SCAN_ROWS = 1000;
/** Synonyms this short (nr, id, uh, fra, til) only match a header exactly. */
const MIN_CONTAINED = 4;
const MIN_FIELDS = 3;
/** A header key's trailing word for date (keys have no spaces: `Fra dato` → `fradato`). */
const DATO = 'dato';
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

/** A spelling set: its synonyms and the matches of every header seen, shared by every file checked with it. */
export interface Spellings {
  synonyms: Synonyms;
  cache: MatchCache;
}

const SPELLINGS = new WeakMap<ExtraSynonyms, Spellings>();
const BASE: Spellings = { synonyms: SYNONYMS, cache: new Map() };

export function spellingsFor(extra?: ExtraSynonyms): Spellings {
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
  // "Fra dato", "Til dato", "Slutt dato": a date column named by what it starts or ends.
  const undated = key.length > DATO.length && key.endsWith(DATO) ? key.slice(0, -DATO.length) : undefined;
  for (const s of synonyms) {
    let score = 0;
    if (key === s.key || undated === s.key) score = EXACT + s.key.length;
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
  { synonyms, cache }: Spellings,
): Candidate {
  const headers = new Map<number, string>();
  /** Normalised header → its first column; each header is normalised once. */
  const keys = new Map<string, number>();
  const keyOf = new Map<number, string>();
  for (const [col, text] of headerTexts(sheet, row, table)) {
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

const textAt = (sheet: SheetGrid, row: number, col: number) =>
  cellText(sheet.cells[row - sheet.origin.row]?.[col - sheet.origin.col] ?? null).trim();

/**
 * The header text of each column of a row, as a reader sees it in a one- or two-row header:
 * a label merged down from the row above (`Tiltak` over rows 2–3) counts for this row, and a
 * group label merged across columns above (`Tilskudd` over `Eier | UH`, `Periode` over
 * `Fra | Til`) is put in front: `Tilskudd Eier`, `Periode Fra`.
 */
function headerTexts(sheet: SheetGrid, row: number, table: TableHint | undefined): Map<number, string> {
  const out = new Map<number, string>();
  const cells = sheet.cells[row - sheet.origin.row] ?? [];
  const first = Math.max(sheet.origin.col, table?.range.left ?? 0);
  const lastUsed = sheet.origin.col + cells.length - 1;
  const near = sheet.merges.filter(
    (m) => m.top < row && m.bottom >= row - 1 && (!table || (m.right >= table.range.left && m.left <= table.range.right)),
  );
  let last = Math.min(lastUsed, table?.range.right ?? Infinity);
  for (const m of near) if (m.bottom >= row) last = Math.max(last, Math.min(m.left, table?.range.right ?? Infinity));
  for (let col = first; col <= last; col++) {
    let text = textAt(sheet, row, col);
    const down = near.find((m) => m.bottom >= row && col >= m.left && col <= m.right);
    if (text === '' && down) text = col === down.left ? textAt(sheet, down.top, down.left) : '';
    if (text === '') continue;
    const group = down ? undefined : near.find((m) => m.bottom === row - 1 && m.left < m.right && col >= m.left && col <= m.right);
    const label = group && hasOtherLabels(sheet, group, first, last) ? textAt(sheet, group.top, group.left) : '';
    out.set(col, label === '' ? text : `${label} ${text}`);
  }
  return out;
}

/**
 * A merge above the header is a group label only in a header row of its own: that row has
 * labels beside it. A title merged across the table above the headers has none.
 */
function hasOtherLabels(sheet: SheetGrid, merge: CellRange, first: number, last: number): boolean {
  for (let col = first; col <= last; col++) {
    if ((col < merge.left || col > merge.right) && textAt(sheet, merge.top, col) !== '') return true;
  }
  return false;
}

/** A header row names three fields, one of them required, or holds every header the user named. */
function qualifies(c: Candidate, textOverrides: number): boolean {
  return (c.named >= MIN_FIELDS && c.required >= 1) || (textOverrides > 0 && c.overridesFound >= textOverrides);
}

/** The user's headers first, then more fields, an Excel Table's header row, exact names, required fields. */
export function better(a: Candidate, b: Candidate): boolean {
  const ra = [a.overridesFound, a.named, a.table ? 1 : 0, a.exact, a.required];
  const rb = [b.overridesFound, b.named, b.table ? 1 : 0, b.exact, b.required];
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! > rb[i]!;
  return false;
}

/** Rows to try on one sheet: rows `from`–`to` of its used range, and (first time) every Excel Table's header row. */
function candidateRows(sheet: SheetGrid, from: number, to: number): Array<{ row: number; table: TableHint | undefined }> {
  const tableTops = new Map<number, TableHint[]>();
  for (const t of sheet.tables) tableTops.set(t.range.top, [...(tableTops.get(t.range.top) ?? []), t]);
  const out: Array<{ row: number; table: TableHint | undefined }> = [];
  const scanned = Math.min(sheet.cells.length, to);
  for (let r = from; r < scanned; r++) {
    const row = sheet.origin.row + r;
    if (!tableTops.has(row)) out.push({ row, table: undefined });
  }
  if (from === 0) for (const [row, tables] of tableTops) for (const table of tables) out.push({ row, table });
  return out;
}

/** Overrides whose value cannot be a column letter must be found as header text. */
const isLetters = (s: string) => columnIndex(s.trim()) !== undefined;

/** The header search on one sheet: its best header row, or the row nearest to being one. */
export interface SheetSearch {
  best: Candidate | undefined;
  /** When no row qualifies: the row that names the most fields (for the message), if any names one. */
  nearest: Candidate | undefined;
}

/**
 * The best header row on a sheet (earlier rows win ties), with the user's overrides applied.
 * The first rows are searched, and further down only when none of them qualifies. The
 * result's `missing` lists overrides that name neither a header of that row nor a used column.
 */
export function searchSheet(sheet: SheetGrid, overrides: ColumnOverrides = {}, spellings: Spellings = BASE): SheetSearch {
  const entries = (Object.entries(overrides) as Array<[FieldKey, string | undefined]>).filter(
    (e): e is [FieldKey, string] => typeof e[1] === 'string' && e[1].trim() !== '',
  );
  const textOverrides = entries.filter(([, v]) => !isLetters(v)).length;
  let used: number | undefined;
  const usedColumns = () => (used ??= sheet.origin.col + sheet.cells.reduce((n, r) => Math.max(n, r.length), 0));
  let best: Candidate | undefined;
  let nearest: Candidate | undefined;
  for (const [from, to] of [
    [0, SCAN_ROWS],
    [SCAN_ROWS, DEEP_SCAN_ROWS],
  ] as const) {
    for (const { row, table } of candidateRows(sheet, from, to)) {
      const c = evaluate(sheet, row, table, entries, usedColumns, spellings);
      if (qualifies(c, textOverrides)) {
        if (!best || better(c, best)) best = c;
        if (from > 0) break;
      } else if (c.named > (nearest?.named ?? 0)) nearest = c;
    }
    if (best) break;
  }
  return { best, nearest: best ? undefined : nearest };
}

/** The best header row over the given sheets; earlier sheets win ties. */
export function findHeader(sheets: readonly SheetGrid[], overrides: ColumnOverrides = {}, extra?: ExtraSynonyms): Candidate | undefined {
  const spellings = spellingsFor(extra);
  let best: Candidate | undefined;
  for (const sheet of sheets) {
    const c = searchSheet(sheet, overrides, spellings).best;
    if (c && (!best || better(c, best))) best = c;
  }
  return best;
}

/** Every header of a header row (1-based `headerRow`) as detection reads it, for the pane's column picker. */
export function headerColumns(sheet: SheetGrid, headerRow: number): Array<{ column: string; header: string }> {
  return [...headerTexts(sheet, headerRow - 1, undefined)].map(([col, header]) => ({ column: columnLetter(col), header }));
}
