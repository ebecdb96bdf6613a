import type { CheckOutcome } from '../../app/check';
import type { ExportKind } from '../../app/export';
import { findingAt } from '../../app/navigation';
import type { MeldingDocument } from '../../domain/melding';
import type { ColumnOverrides, SelectionLists } from '../../port/workbook-port';

export type Status = 'idle' | 'checking' | 'done' | 'failed';

/** Where a failure is shown: beside the section it belongs to, or under the summary (undefined). */
export type FailurePlace = 'profile';

/** Where the keyboard focus goes after an action: the summary, the current finding's first action, the form. */
export type FocusTarget = 'summary' | 'current' | 'form';

/**
 * Everything the pane shows, in one value. Only the reducer changes it, through the actions
 * below; hooks run the use cases (src/app) and dispatch what happened.
 */
export interface PaneState {
  status: Status;
  /** The last check; kept while a re-check runs, so nothing on screen moves. */
  outcome: CheckOutcome | null;
  /** The last failure, shown until the next action succeeds. */
  failure: { message: string; place?: FailurePlace } | null;
  overrides: ColumnOverrides | null;
  /** The cell the user is at in the sheet. */
  selected: { sheet: string; address: string } | null;
  melding: { doc: MeldingDocument; sheets: string[] } | null;
  exporting: ExportKind | null;
  delivered: string | null;
  /** Fjern markering was pressed: the list stays, the highlights and live re-checking stop. */
  cleared: boolean;
  /** After the first Valider, edits in the workbook re-check. */
  live: boolean;
  /** The finding the user is at (findingKey), marked in the list. */
  current: string | null;
  /** The live region's sentence; `n` makes the same sentence announce again. */
  announcement: { text: string; n: number };
  /**
   * What the add-in last wrote, with the old value: in Excel 2021 and 2024 this sentence is the
   * user's undo, so a re-check never replaces it; only the next write does.
   */
  lastEdit: string | null;
  /** A request to move the keyboard focus; `n` repeats it. */
  focus: { target: FocusTarget; n: number } | null;
  /** Lag mal or Legg til utvalgslister under way: their buttons wait. */
  templateBusy: boolean;
  /** What Lag mal last did, in words (shown until the next action of the section). */
  templateDone: string | null;
  /** The utvalgslister the add-in put into this workbook and that are still there, or null. */
  selectionLists: SelectionLists | null;
}

export type PaneAction =
  | { type: 'check-started' }
  /** A check finished; `say` is its sentence, or undefined to stay quiet (a re-check that changed nothing). */
  | { type: 'checked'; outcome: CheckOutcome; say?: string; focus?: FocusTarget }
  /** The one failure channel: every failed action ends here, and it always announces. */
  | { type: 'failed'; message: string; place?: FailurePlace }
  | { type: 'announced'; text: string }
  /** The add-in wrote into the workbook; `text` names the cell and the old value. */
  | { type: 'edited'; text: string }
  | { type: 'overrides-changed'; overrides: ColumnOverrides | null }
  | { type: 'cell-selected'; sheet: string; address: string }
  | { type: 'moved-to'; key: string; say: string; focus: boolean }
  | { type: 'highlights-cleared'; say: string }
  | { type: 'melding-made'; doc: MeldingDocument; sheets: string[]; say: string }
  | { type: 'export-started'; kind: ExportKind }
  | { type: 'exported'; say: string }
  | { type: 'export-ended' }
  | { type: 'focus'; target: FocusTarget }
  | { type: 'template-started' }
  /** Lag mal, Legg til or Fjern utvalgslister finished (or failed: `say` undefined); `lists` is what is in the workbook now. */
  | { type: 'template-ended'; say?: string; lists?: SelectionLists | null }
  /** The utvalgslister found in the workbook when the pane started. */
  | { type: 'selection-lists-loaded'; lists: SelectionLists | null };

export const initialPaneState: PaneState = {
  status: 'idle',
  outcome: null,
  failure: null,
  overrides: null,
  selected: null,
  melding: null,
  exporting: null,
  delivered: null,
  cleared: false,
  live: false,
  current: null,
  announcement: { text: '', n: 0 },
  lastEdit: null,
  focus: null,
  templateBusy: false,
  templateDone: null,
  selectionLists: null,
};

const say = (state: PaneState, text: string): PaneState['announcement'] => ({ text, n: state.announcement.n + 1 });
const focus = (state: PaneState, target: FocusTarget): PaneState['focus'] => ({ target, n: (state.focus?.n ?? 0) + 1 });

/** The pane's state machine: pure, so it is tested without React. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'check-started':
      return { ...state, status: 'checking' };
    case 'checked': {
      const next: PaneState = { ...state, status: 'done', outcome: action.outcome, failure: null, cleared: false, live: true };
      if (action.say !== undefined) next.announcement = say(state, action.say);
      if (action.focus) next.focus = focus(state, action.focus);
      return next;
    }
    case 'failed':
      return {
        ...state,
        status: state.status === 'checking' ? 'failed' : state.status,
        failure: { message: action.message, place: action.place },
        announcement: say(state, action.message),
      };
    case 'announced':
      return { ...state, announcement: say(state, action.text) };
    case 'edited':
      return { ...state, lastEdit: action.text, failure: null, announcement: say(state, action.text) };
    case 'overrides-changed':
      return { ...state, overrides: action.overrides };
    case 'cell-selected': {
      const outcome = state.outcome;
      const current = outcome?.ok ? findingAt(outcome.findings, state.current, action.sheet, action.address) : state.current;
      return { ...state, selected: { sheet: action.sheet, address: action.address }, current };
    }
    case 'moved-to':
      return {
        ...state,
        current: action.key,
        announcement: say(state, action.say),
        focus: action.focus ? focus(state, 'current') : state.focus,
      };
    case 'highlights-cleared':
      return { ...state, cleared: true, live: false, announcement: say(state, action.say) };
    case 'melding-made':
      return { ...state, melding: { doc: action.doc, sheets: action.sheets }, failure: null, announcement: say(state, action.say) };
    case 'export-started':
      return { ...state, exporting: action.kind, delivered: null };
    case 'exported':
      return { ...state, delivered: action.say, failure: null, announcement: say(state, action.say) };
    case 'export-ended':
      return { ...state, exporting: null };
    case 'focus':
      return { ...state, focus: focus(state, action.target) };
    case 'template-started':
      return { ...state, templateBusy: true, templateDone: null };
    case 'template-ended': {
      const next: PaneState = { ...state, templateBusy: false };
      if (action.lists !== undefined) next.selectionLists = action.lists;
      if (action.say !== undefined) return { ...next, templateDone: action.say, failure: null, announcement: say(state, action.say) };
      return next;
    }
    case 'selection-lists-loaded':
      return { ...state, selectionLists: action.lists };
  }
}
