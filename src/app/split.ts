import { TILTAK_FIELDS } from '../domain/fields';
import type { FieldKey, Finding, TiltakTable } from '../domain/model';
import type { Profile } from '../domain/profile';
import type { CellWrite } from '../port/workbook-port';
import { columnLetter, parseAddress, type WorkbookGrid } from '../table/grid';
import { faseParser } from '../table/parse/fase';
import type { GridEdit } from './edits';
import { canonicalName } from './fixes';

/**
 * A row whose Fase cell names several phases. Two ways out, both asked first: split it into one
 * row per phase (the row keeps the first, a copy is inserted below for each further one, the
 * amounts divided between them as the user says, so the melding asks for no more money), or keep
 * one phase in the row.
 */
export interface SplitProposal {
  sheet: string;
  /** The row on the sheet (1-based), as Excel numbers it. */
  row: number;
  /** The Fase column's letter. */
  column: string;
  /** The Fase cell as the user wrote it. */
  old: string;
  /** The phases named, in the order written, as the profile names them. */
  phases: string[];
  /** The row's amounts (whole numbers read from its cells): divided between the rows. */
  amounts: Array<{ field: FieldKey; column: string; value: number }>;
  /** Amount cells that are not numbers: copied as they are; the offer says so. */
  unread: Array<{ field: FieldKey; column: string; raw: string }>;
  /** Nr and title, when the row has them: the copies get their own, so the rows are told apart. */
  nr?: { column: string; value: string };
  title?: { column: string; value: string };
  /** The Excel Table the row is in: the add-in does not insert rows through a Table. */
  refusal?: { table: string };
}

export type SplitChoice =
  /** Split; `shares[i]` whole percent of each amount for phase i, summing to 100. */
  | { kind: 'split'; shares: readonly number[] }
  /** No split: phase `phase` alone stays in the Fase cell. */
  | { kind: 'keep'; phase: number };

const AMOUNT_FIELDS = TILTAK_FIELDS.filter((f) => f.kind === 'amount').map((f) => f.key);

/**
 * The split for a `phase-multiple` finding: the phases the table's own fase parser found in the
 * cell, written as the profile names them. Rows inside an Excel Table are refused: inserting
 * sheet rows through a Table is not something the add-in has been able to test.
 */
export function proposeSplit(
  finding: Finding,
  grid: WorkbookGrid | null,
  table: TiltakTable,
  profile: Profile | null,
): SplitProposal | null {
  const address = finding.cells[0];
  const at = address ? parseAddress(address) : undefined;
  const sheet = grid?.sheets.find((s) => s.name === finding.sheet);
  if (finding.rule !== 'phase-multiple' || !profile || !at || !sheet || finding.cells.length !== 1) return null;
  const raw = sheet.cells[at.row - sheet.origin.row]?.[at.col - sheet.origin.col];
  if (typeof raw !== 'string') return null;
  const read = faseParser(profile.vocabulary.faser)(raw);
  if (read.kind !== 'invalid' || read.reason !== 'multiple' || !read.detail) return null;
  // The parser names the phases by label, in the order written, joined by ", ".
  const byLabel = new Map(profile.vocabulary.faser.map((f) => [f.label, f]));
  const named = read.detail.split(', ').map((label) => byLabel.get(label));
  if (named.length < 2 || named.some((f) => !f)) return null;

  const row = at.row + 1;
  const tiltak = finding.sheet === table.sheet ? table.rows.find((r) => r.row === row) : undefined;
  const columnOf = (field: FieldKey) => table.mapping[field]?.column;
  const proposal: SplitProposal = {
    sheet: finding.sheet,
    row,
    column: columnLetter(at.col),
    old: raw,
    phases: named.map((f) => canonicalName(f!)),
    amounts: [],
    unread: [],
  };
  for (const field of AMOUNT_FIELDS) {
    const value = tiltak?.values[field];
    const column = columnOf(field);
    if (!value || !column) continue;
    if (value.kind === 'ok' && typeof value.value === 'number' && value.value !== 0)
      proposal.amounts.push({ field, column, value: value.value });
    else if (value.kind === 'invalid') proposal.unread.push({ field, column, raw: value.raw });
  }
  for (const key of ['nr', 'tittel'] as const) {
    const value = tiltak?.values[key];
    const column = columnOf(key);
    if (value?.kind === 'ok' && column) proposal[key === 'nr' ? 'nr' : 'title'] = { column, value: value.value };
  }
  const excelTable = sheet.tables.find((t) => at.row >= t.range.top && at.row <= t.range.bottom);
  if (excelTable) proposal.refusal = { table: excelTable.name };
  return proposal;
}

/** Whole percentages as equal as they go, the rest on the first row: 2 → [50, 50], 3 → [34, 33, 33]. */
export function equalShares(parts: number): number[] {
  const each = Math.floor(100 / parts);
  return Array.from({ length: parts }, (_, i) => each + (i === 0 ? 100 - each * parts : 0));
}

/** Shares the split can use: one whole percent from 0 to 100 per phase, summing to 100. */
export function sharesValid(shares: readonly number[], parts: number): boolean {
  return (
    shares.length === parts && shares.every((s) => Number.isInteger(s) && s >= 0 && s <= 100) && shares.reduce((a, b) => a + b, 0) === 100
  );
}

/** An amount divided by the shares in whole kroner; the first row takes what rounding down leaves, so the sum stays exact. */
export function divide(amount: number, shares: readonly number[]): number[] {
  const rest = shares.slice(1).map((s) => Math.floor((amount * s) / 100));
  return [amount - rest.reduce((a, b) => a + b, 0), ...rest];
}

/** "3" → "3b" for the first copy, "3c" for the second. */
const copyNr = (nr: string, i: number) => `${nr}${String.fromCharCode(97 + i)}`;

/** "Lesing" → "Lesing – planlegging": each row's title names its phase. */
const phaseTitle = (title: string, phase: string) => `${title} – ${phase.toLowerCase()}`;

/** What the choice writes: the cells of each row, or the one Fase cell. */
export function splitEdit(p: SplitProposal, choice: SplitChoice): GridEdit {
  if (choice.kind === 'keep')
    return { kind: 'cells', sheet: p.sheet, cells: [{ address: `${p.column}${p.row}`, value: p.phases[choice.phase]! }] };
  const divided = p.amounts.map((a) => divide(a.value, choice.shares));
  const rows = p.phases.map((phase, i) => {
    const cells: Record<string, CellWrite> = { [p.column]: phase };
    p.amounts.forEach((a, k) => (cells[a.column] = divided[k]![i]!));
    if (p.title) cells[p.title.column] = phaseTitle(p.title.value, phase);
    if (p.nr && i > 0) cells[p.nr.column] = copyNr(p.nr.value, i);
    return cells;
  });
  return { kind: 'split', sheet: p.sheet, row: p.row, rows };
}
