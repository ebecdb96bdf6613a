import { useCallback, type Dispatch } from 'react';
import type { FailurePlace, PaneAction } from './pane-state';

/** The sentence to show for an error: its own when it has one (the ports make Norwegian ones), else `fallback`. */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error && error.message.trim() !== '' ? error.message : fallback;
}

/** Runs a use case: its value when it succeeded, undefined when it failed (and the failure was announced). */
export type Attempt = <T>(task: () => Promise<T>, fallback: string, place?: FailurePlace) => Promise<{ value: T } | undefined>;
export type Fail = (error: unknown, fallback: string, place?: FailurePlace) => void;

/**
 * The one failure channel: every use case the pane runs goes through `attempt`, and whatever
 * fails is shown and announced with one sentence. Nothing is swallowed.
 */
export function useFailureChannel(dispatch: Dispatch<PaneAction>): { attempt: Attempt; fail: Fail } {
  const fail = useCallback<Fail>(
    (error, fallback, place) => dispatch({ type: 'failed', message: messageOf(error, fallback), place }),
    [dispatch],
  );
  const attempt = useCallback<Attempt>(
    async (task, fallback, place) => {
      try {
        return { value: await task() };
      } catch (error) {
        fail(error, fallback, place);
        return undefined;
      }
    },
    [fail],
  );
  return { attempt, fail };
}
