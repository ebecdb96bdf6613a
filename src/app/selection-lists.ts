/**
 * Legg til utvalgslister: the template's help (lists, number and date rules, input messages) on the
 * user's own tiltak table, on the columns the last check recognised; Fjern utvalgslister takes out
 * exactly that. The port does the Excel part and keeps the record; this decides what and where.
 */
import type { FieldKey, TiltakTable } from '../domain/model';
import type { Texts } from '../i18n';
import type { SelectionLists, WorkbookPort } from '../port/workbook-port';
import type { CheckOutcome } from './check';

/** Rows below the last tiltak that get the help too, so that the next tiltak typed is helped. */
export const ROWS_AHEAD = 200;

/** The rows the help covers: from the first row under the header to ROWS_AHEAD below the last tiltak (1-based). */
export function selectionListRows(table: Pick<TiltakTable, 'headerRow' | 'rows'>): { first: number; last: number } {
  const first = table.headerRow + 1;
  return { first, last: Math.max(first, ...table.rows.map((r) => r.row)) + ROWS_AHEAD };
}

/** What the pane says before Legg til utvalgslister: the sheet, the rows and the columns' headers. */
export function selectionListsPlan(outcome: CheckOutcome): { sheet: string; first: number; last: number; headers: string[] } | null {
  if (!outcome.ok) return null;
  const headers = (Object.values(outcome.table.mapping) as Array<{ header: string }>).map((ref) => ref.header);
  if (headers.length === 0) return null;
  return { sheet: outcome.table.sheet, ...selectionListRows(outcome.table), headers };
}

/**
 * Adds the help to the checked table. Lists added before (perhaps on another layout of the table)
 * are taken out first, so that the record always names what is there; a list the user has since
 * made their own stays and is then kept as theirs.
 */
export async function addSelectionLists(port: WorkbookPort, outcome: CheckOutcome, texts: Texts): Promise<SelectionLists> {
  if (!outcome.ok) throw new Error(texts.pane.template.failed.noTable);
  if ((Object.keys(outcome.table.mapping) as FieldKey[]).length === 0) throw new Error(texts.pane.template.failed.noTable);
  if (await port.loadSelectionLists()) await port.removeSelectionLists();
  return port.addSelectionLists(outcome.table, outcome.profile, texts);
}

/** Fjern utvalgslister: what addSelectionLists added, and nothing the user made. */
export function removeSelectionLists(port: WorkbookPort): Promise<{ removed: string[]; left: string[] }> {
  return port.removeSelectionLists();
}
