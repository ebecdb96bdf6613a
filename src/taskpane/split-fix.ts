import type { Finding } from '../domain/model';
import type { Profile } from '../domain/profile';
import { columnLetter, parseAddress, type WorkbookGrid } from '../table/grid';
import { faseParser } from '../table/parse/fase';
import { canonicalName } from './fixes';

/**
 * A row whose Fase cell names several phases, split into one row per phase: the row keeps the
 * first phase and a copy of it is inserted below for each further one. Always asked first.
 */
export interface SplitFix {
  kind: 'split';
  sheet: string;
  /** The row on the sheet (1-based), as Excel numbers it. */
  row: number;
  /** The Fase column's letter. */
  column: string;
  /** The Fase cell as the user wrote it. */
  old: string;
  /** One phase per resulting row, in the order written: the first stays in `row`. */
  phases: string[];
  /** Why the pane will not split this row (a Norwegian sentence), when it will not. */
  refusal?: string;
}

/**
 * The split for a `phase-multiple` finding: the phases the table's own fase parser found in the
 * cell, written as the profile names them. Rows inside an Excel Table are refused: inserting
 * sheet rows through a Table is not something the add-in has been able to test.
 */
export function proposeSplit(finding: Finding, grid: WorkbookGrid | null, profile: Profile | null): SplitFix | null {
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
  const split: SplitFix = {
    kind: 'split',
    sheet: finding.sheet,
    row: at.row + 1,
    column: columnLetter(at.col),
    old: raw,
    phases: named.map((f) => canonicalName(f!)),
  };
  const table = sheet.tables.find((t) => at.row >= t.range.top && at.row <= t.range.bottom);
  if (table)
    split.refusal = `Rad ${split.row} ligger i Excel-tabellen «${table.name}», og der kan panelet ikke dele rader. Sett inn ${
      split.phases.length - 1
    } rad(er) under den i tabellen, kopier raden og skriv én fase i hver.`;
  return split;
}

/** "Del rad 6 i 2 rader: Vurdering / Planlegging". */
export const splitSummary = (split: SplitFix): string => `Del rad ${split.row} i ${split.phases.length} rader: ${split.phases.join(' / ')}`;
