import { useCallback, useEffect, useMemo, type Dispatch, type MutableRefObject } from 'react';
import { addSelectionLists, removeSelectionLists } from '../../app/selection-lists';
import { newestRound, PROFILES } from '../../domain/profiles';
import type { Texts } from '../../i18n';
import type { StoredProfile, WorkbookPort } from '../../port/workbook-port';
import type { Attempt } from './failures';
import type { PaneAction, PaneState } from './pane-state';
import type { ProfileSelectionState } from './useProfileSelection';

/**
 * Lag mal, Legg til utvalgslister and Fjern utvalgslister: the use cases of src/app run through the
 * port, one at a time; the section says before what each changes (TemplatePanel) and the reducer
 * keeps what it did. The template is for the profile the user chose, else the newest round.
 */
export function useTemplate(
  port: WorkbookPort,
  deps: {
    dispatch: Dispatch<PaneAction>;
    latest: MutableRefObject<PaneState>;
    texts: MutableRefObject<Texts>;
    attempt: Attempt;
    profile: ProfileSelectionState;
  },
) {
  const { dispatch, latest, texts, attempt, profile } = deps;
  const templateProfile = profile.storedProfile ?? newestRound(PROFILES);
  const stored = useMemo<StoredProfile>(
    () => (profile.storedProfile && profile.stored ? profile.stored : { kind: 'builtin', id: templateProfile.id }),
    [profile.storedProfile, profile.stored, templateProfile.id],
  );

  useEffect(() => {
    void attempt(
      async () => dispatch({ type: 'selection-lists-loaded', lists: await port.loadSelectionLists() }),
      texts.current.pane.failed.settings,
    );
  }, [port, attempt, dispatch, texts]);

  /** Runs one of the section's actions unless one is under way; `task` returns the sentence and the lists now in the workbook. */
  const run = useCallback(
    async (task: () => Promise<{ say: string; lists?: PaneState['selectionLists'] }>, fallback: string) => {
      if (latest.current.templateBusy) return;
      dispatch({ type: 'template-started' });
      latest.current = { ...latest.current, templateBusy: true };
      const done = await attempt(task, fallback);
      // After a failure the record may have changed half-way: the pane shows what the workbook holds.
      const lists = done ? done.value.lists : await port.loadSelectionLists().catch(() => undefined);
      dispatch({ type: 'template-ended', say: done?.value.say, lists });
    },
    [dispatch, latest, attempt, port],
  );

  const make = useCallback(
    () =>
      run(async () => {
        const t = texts.current;
        // The template's description loads with the first Lag mal, not with the pane.
        const { makeTemplate } = await import(/* webpackChunkName: "template" */ '../../app/template');
        const made = await makeTemplate(port, { profile: templateProfile, stored, texts: t, created: new Date() });
        return { say: made.place === 'here' ? t.pane.template.madeHere({ sheets: made.sheets }) : made.message };
      }, texts.current.pane.template.failed.make),
    [run, port, templateProfile, stored, texts],
  );

  const addLists = useCallback(
    () =>
      run(async () => {
        const outcome = latest.current.outcome;
        const t = texts.current;
        if (!outcome) throw new Error(t.pane.template.failed.noTable);
        const lists = await addSelectionLists(port, outcome, t);
        return { say: t.pane.template.added({ headers: lists.added.map((a) => a.header), kept: lists.kept.map((k) => k.header) }), lists };
      }, texts.current.pane.template.failed.add),
    [run, port, latest, texts],
  );

  const removeLists = useCallback(
    () =>
      run(async () => {
        const done = await removeSelectionLists(port);
        return { say: texts.current.pane.template.removed({ removed: done.removed.length, left: done.left.length }), lists: null };
      }, texts.current.pane.template.failed.remove),
    [run, port, texts],
  );

  return { templateProfile, make, addLists, removeLists };
}
