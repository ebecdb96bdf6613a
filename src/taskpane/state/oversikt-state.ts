import type { Oversikt } from '../../domain/oversikt/model';
import type { OverviewWritten } from '../../port/workbook-port';

/** A profile the picked files fit, offered when they point at different rounds. */
export interface OfferedProfile {
  id: string;
  name: string;
  /** How many of the files fit it. */
  files: number;
}

/**
 * The coordinator's overview in the pane, its own slice beside the pane's state (pane-state.ts):
 * nothing chosen yet; files being read and checked (both passes counted); the files disagreeing
 * about the round, so the coordinator chooses; the overview being written; made and written (or
 * made and not writable here); stopped (cancelled, or failed with its sentence).
 */
export type OversiktState =
  | { phase: 'idle' }
  | { phase: 'checking'; finished: number; total: number }
  | { phase: 'choosing'; message: string; candidates: OfferedProfile[] }
  | { phase: 'writing'; oversikt: Oversikt }
  | { phase: 'done'; oversikt: Oversikt; written: OverviewWritten }
  | { phase: 'stopped'; message: string };

export type OversiktAction =
  | { type: 'started'; total: number }
  | { type: 'progress'; finished: number; total: number }
  | { type: 'choose'; message: string; candidates: OfferedProfile[] }
  | { type: 'made'; oversikt: Oversikt }
  | { type: 'written'; written: OverviewWritten }
  | { type: 'stopped'; message: string };

export const initialOversiktState: OversiktState = { phase: 'idle' };

/** Pure, so it is tested without React; a late progress report (a worker answering after a cancel) changes nothing. */
export function oversiktReducer(state: OversiktState, action: OversiktAction): OversiktState {
  switch (action.type) {
    case 'started':
      return { phase: 'checking', finished: 0, total: action.total };
    case 'progress':
      return state.phase === 'checking' ? { phase: 'checking', finished: action.finished, total: action.total } : state;
    case 'choose':
      return { phase: 'choosing', message: action.message, candidates: action.candidates };
    case 'made':
      return { phase: 'writing', oversikt: action.oversikt };
    case 'written':
      return state.phase === 'writing' ? { phase: 'done', oversikt: state.oversikt, written: action.written } : state;
    case 'stopped':
      return { phase: 'stopped', message: action.message };
  }
}
