import type { Texts } from '../i18n';
import { checkGrid, type CheckOutcome } from './check';
import { compareChecks, type Comparison, type RowMove } from './compare';
import { editedGrid, insertedRows, type GridEdit } from './edits';

/** Where the rows below an edit go: a split moves every row after its own down. */
export function moveOf(edit: GridEdit): RowMove | undefined {
  return edit.kind === 'split' && insertedRows(edit) > 0 ? { sheet: edit.sheet, row: edit.row + 1, by: insertedRows(edit) } : undefined;
}

/**
 * What an edit would do to the melding, before it is made: the last check's grid with the edit
 * made, checked with the same profile, date and columns, compared with the last check. Nothing is
 * written. Undefined when the last check found no table to compare with.
 */
export function previewEdit(outcome: CheckOutcome | null, edit: GridEdit, texts: Texts): Comparison | undefined {
  if (!outcome?.ok || !outcome.grid) return undefined;
  const after = checkGrid(editedGrid(outcome.grid, edit), { selection: outcome.profile, today: outcome.asOf, texts, map: outcome.map });
  return after.ok ? compareChecks(outcome, after, moveOf(edit)) : undefined;
}
