import { useCallback, useEffect, useRef, type Dispatch, type MutableRefObject } from 'react';
import { runCheck, type Clock } from '../../app/check';
import type { RowMove } from '../../app/compare';
import type { Texts } from '../../i18n';
import type { WorkbookPort } from '../../port/workbook-port';
import { checkSentence } from '../announce';
import type { Attempt, Fail } from './failures';
import type { FocusTarget, PaneAction, PaneState } from './pane-state';
import type { ProfileSelectionState } from './useProfileSelection';

/** Re-check this long after the last edit. */
const LIVE_DELAY_MS = 600;

export interface CheckHow {
  /** A live re-check: highlights left alone when they would not change (undo stays), quiet when nothing changed. */
  recheck?: boolean;
  /** Said first (what the action did), then what the check found. */
  lead?: string;
  /** The rules changed, not the cells: the totals are said, not a change by cell. */
  rulesChanged?: boolean;
  /** Rows moved by the action: findings below are compared where they went. */
  move?: RowMove;
  focus?: FocusTarget;
}

/** Valider and the live re-check after the first one: checks through the port and says what changed. */
export function useCheck(
  port: WorkbookPort,
  deps: {
    dispatch: Dispatch<PaneAction>;
    latest: MutableRefObject<PaneState>;
    texts: MutableRefObject<Texts>;
    attempt: Attempt;
    fail: Fail;
    profile: ProfileSelectionState;
    clock: Clock;
  },
) {
  const { dispatch, latest, texts, attempt, fail, profile, clock } = deps;

  const check = useCallback(
    async (how: CheckHow = {}) => {
      dispatch({ type: 'check-started' });
      const before = latest.current.outcome;
      const request = { selection: profile.selection(), overrides: latest.current.overrides, today: clock, texts: texts.current };
      const done = await attempt(() => runCheck(port, request, { onlyIfChanged: how.recheck }), texts.current.pane.failed.check);
      if (!done) return;
      const outcome = done.value;
      const sentence = checkSentence(texts.current, outcome, how.rulesChanged ? null : before, {
        quietWhenUnchanged: how.recheck && !how.lead,
        move: how.move,
      });
      const say = how.lead ? [how.lead, sentence].filter(Boolean).join(' ') : sentence;
      dispatch({ type: 'checked', outcome, say, focus: how.focus });
    },
    [port, dispatch, latest, texts, attempt, profile.selection, clock],
  );

  // Live: after the first Valider, edits re-check once typing pauses.
  const recheck = useRef(check);
  recheck.current = check;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | undefined;
    let disposed = false;
    void port
      .onChanged(() => {
        if (!latest.current.live) return;
        clearTimeout(timer);
        timer = setTimeout(() => void recheck.current({ recheck: true }), LIVE_DELAY_MS);
      })
      .then(
        (off) => (disposed ? off() : (unsubscribe = off)),
        (error: unknown) => fail(error, texts.current.pane.failed.events),
      );
    return () => {
      disposed = true;
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [port, latest, texts, fail]);

  // A cell picked in the sheet marks its finding in the list.
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let disposed = false;
    void port
      .onSelectionChanged((sheet, address) => dispatch({ type: 'cell-selected', sheet, address }))
      .then(
        (off) => (disposed ? off() : (unsubscribe = off)),
        (error: unknown) => fail(error, texts.current.pane.failed.events),
      );
    return () => {
      disposed = true;
      unsubscribe?.();
    };
  }, [port, dispatch, texts, fail]);

  return check;
}
