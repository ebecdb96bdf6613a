import type { Finding, Severity, TiltakTable } from '../domain/model';
import { parseAddress } from '../table/grid';

/** What counts as news: errors and warnings; advice (råd) coming and going is not. */
const counts = (f: Finding) => f.severity !== 'info';

/** A finding's identity across re-checks: rule, sheet and cells. */
export const findingKey = (f: Finding): string => `${f.rule}|${f.sheet}|${f.cells.join(',')}`;

/**
 * Where a cell of the checked sheet went: rows inserted at `row` (1-based) move every cell from
 * that row on down by `by`. Without a move, cells stay.
 */
export interface RowMove {
  sheet: string;
  row: number;
  by: number;
}

function moved(f: Finding, move: RowMove | undefined): Finding {
  if (!move || move.by === 0 || f.sheet !== move.sheet) return f;
  const cells = f.cells.map((cell) => {
    const at = parseAddress(cell);
    if (!at || at.row + 1 < move.row) return cell;
    return `${cell.replace(/\d+$/, '')}${at.row + 1 + move.by}`;
  });
  const row = f.row !== undefined && f.row >= move.row ? f.row + move.by : f.row;
  return { ...f, cells, row };
}

/** Findings gone and findings new between two checks, matched by rule, sheet and cells (after a row move). */
export function diffFindings(
  before: readonly Finding[],
  after: readonly Finding[],
  move?: RowMove,
): { fixed: Finding[]; added: Finding[] } {
  const had = new Set(before.filter(counts).map((f) => findingKey(moved(f, move))));
  const has = new Set(after.filter(counts).map(findingKey));
  return {
    fixed: before.filter((f) => counts(f) && !has.has(findingKey(moved(f, move)))),
    added: after.filter((f) => counts(f) && !had.has(findingKey(f))),
  };
}

/** One ordning's tiltak and grants (owner + UH) before and after. */
export interface OrdningChange {
  ordning: string;
  tiltak: [before: number, after: number];
  tilskudd: [before: number, after: number];
}

/** What an action did to the melding: better and worse side by side, totals before and after. */
export interface Comparison {
  fixed: Finding[];
  added: Finding[];
  totals: Record<Exclude<Severity, 'info'>, [before: number, after: number]>;
  /** Ordninger whose number of tiltak or total grant changed. */
  ordninger: OrdningChange[];
}

const tally = (findings: readonly Finding[], severity: Severity) => findings.filter((f) => f.severity === severity).length;

function byOrdning(table: TiltakTable | null): Map<string, { tiltak: number; tilskudd: number }> {
  const out = new Map<string, { tiltak: number; tilskudd: number }>();
  for (const row of table?.rows ?? []) {
    const o = row.values.ordning;
    const key = o.kind === 'ok' ? o.value : '';
    const amount = (v: (typeof row.values)['tilskuddEier']) => (v.kind === 'ok' ? v.value : 0);
    const sum = out.get(key) ?? { tiltak: 0, tilskudd: 0 };
    sum.tiltak++;
    sum.tilskudd += amount(row.values.tilskuddEier) + amount(row.values.tilskuddUh);
    out.set(key, sum);
  }
  return out;
}

export interface Checked {
  findings: readonly Finding[];
  table: TiltakTable | null;
}

/** Compare two checks of the same workbook: the preview of an action, or its result. */
export function compareChecks(before: Checked, after: Checked, move?: RowMove): Comparison {
  const { fixed, added } = diffFindings(before.findings, after.findings, move);
  const was = byOrdning(before.table);
  const is = byOrdning(after.table);
  const ordninger: OrdningChange[] = [];
  for (const ordning of new Set([...was.keys(), ...is.keys()])) {
    const a = was.get(ordning) ?? { tiltak: 0, tilskudd: 0 };
    const b = is.get(ordning) ?? { tiltak: 0, tilskudd: 0 };
    if (a.tiltak !== b.tiltak || a.tilskudd !== b.tilskudd)
      ordninger.push({ ordning, tiltak: [a.tiltak, b.tiltak], tilskudd: [a.tilskudd, b.tilskudd] });
  }
  return {
    fixed,
    added,
    totals: {
      error: [tally(before.findings, 'error'), tally(after.findings, 'error')],
      warning: [tally(before.findings, 'warning'), tally(after.findings, 'warning')],
    },
    ordninger,
  };
}

/**
 * Anything worse: a new error or warning. A change in money is said, not judged: an amount read for
 * the first time raises the total as rightly as a copied one would wrongly, and the add-in's own
 * changes never copy money (the split divides it).
 */
export const isWorse = (c: Comparison): boolean => c.added.length > 0;
