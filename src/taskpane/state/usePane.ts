import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Clock } from '../../app/check';
import { localToday } from '../../app/dates';
import { performEdit, type GridEdit } from '../../app/edits';
import type { ExportKind } from '../../app/export';
import { makeMelding } from '../../app/melding';
import { moveOf } from '../../app/preview';
import type { Profile } from '../../domain/profile';
import type { ColumnOverrides, WorkbookPort } from '../../port/workbook-port';
import { useFailureChannel } from './failures';
import { initialPaneState, paneReducer } from './pane-state';
import { useCheck } from './useCheck';
import { useLanguage } from './useLanguage';
import { useNavigation } from './useNavigation';
import { useOversikt } from './useOversikt';
import { useProfileSelection } from './useProfileSelection';
import { useSelfCheck } from './useSelfCheck';
import { useTemplate } from './useTemplate';

/**
 * The pane's state and what the user can do, for the view: the reducer (pane-state.ts) holds the
 * state, the hooks run the use cases of src/app through the port, and every failure goes through
 * the one channel. The view renders `state` and calls `actions`; it decides nothing itself.
 */
export function usePane(port: WorkbookPort, clock: Clock) {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const latest = useRef(state);
  latest.current = state;
  const { attempt, fail } = useFailureChannel(dispatch);
  const { texts, choose: chooseLanguage } = useLanguage(port, attempt);
  const textsRef = useRef(texts);
  textsRef.current = texts;
  const currentTexts = useCallback(() => textsRef.current, []);
  const profile = useProfileSelection(port, attempt, fail, currentTexts);
  const check = useCheck(port, { dispatch, latest, texts: textsRef, attempt, fail, profile, clock });
  const navigation = useNavigation(port, { dispatch, latest, texts: textsRef, attempt });
  const selfCheck = useSelfCheck(port, { dispatch, texts: textsRef, attempt });
  const announce = useCallback((text: string) => dispatch({ type: 'announced', text }), []);
  const overviewDate = useCallback(() => (typeof clock === 'string' ? clock : localToday()), [clock]);
  const oversikt = useOversikt(port, { texts: textsRef, today: overviewDate, announce });
  const template = useTemplate(port, { dispatch, latest, texts: textsRef, attempt, profile });

  useEffect(() => {
    void attempt(() => port.prepare(), textsRef.current.pane.failed.read);
    void attempt(
      async () => dispatch({ type: 'overrides-changed', overrides: await port.loadOverrides() }),
      textsRef.current.pane.failed.settings,
    );
  }, [port, attempt]);

  const t = () => textsRef.current.pane;

  const clear = useCallback(async () => {
    if (!(await attempt(() => port.clearHighlights(), t().failed.clear))) return;
    dispatch({ type: 'highlights-cleared', say: t().say.cleared });
  }, [port, attempt]);

  const changeOverrides = useCallback(
    async (next: ColumnOverrides) => {
      dispatch({ type: 'overrides-changed', overrides: next });
      latest.current = { ...latest.current, overrides: next };
      await attempt(() => port.saveOverrides(next), t().failed.save);
      if (latest.current.live) await check();
    },
    [port, attempt, check],
  );

  /**
   * A fix, a split or a kept phase: the edit made, the sentence that names the old value kept on
   * screen, then the re-check says what got better and what got worse. The focus goes to the
   * summary, which holds both.
   */
  const applyEdit = useCallback(
    async (edit: GridEdit, said: string) => {
      const fallback = edit.kind === 'split' ? t().failed.split : t().failed.write;
      if (!(await attempt(() => performEdit(port, edit), fallback))) return;
      dispatch({ type: 'edited', text: said });
      await check({ recheck: true, lead: said, move: moveOf(edit), focus: 'summary' });
    },
    [port, attempt, check],
  );

  const createPartnership = useCallback(
    async (values: ReadonlyArray<readonly [string, string]>) => {
      if (!(await attempt(() => port.createPartnershipSheet(values), t().failed.sheet))) return;
      await check({ lead: t().say.partnership, focus: 'summary' });
    },
    [port, attempt, check],
  );

  /**
   * After a profile is picked or loaded (and kept in the workbook): the rules changed, not the
   * cells, so the re-check says the totals; before the first Valider a loaded file is confirmed.
   */
  const profileChanged = useCallback(
    (chosen: Profile | null, how: 'picked' | 'loaded') => {
      if (!chosen) return;
      if (latest.current.live) void check({ lead: t().say.profile({ name: chosen.name }), rulesChanged: true });
      else if (how === 'loaded') dispatch({ type: 'announced', text: t().profile.loaded({ name: chosen.name }) });
    },
    [check],
  );

  const melding = useCallback(async () => {
    const outcome = latest.current.outcome;
    if (!outcome?.ok) return;
    const made = (await attempt(() => makeMelding(port, outcome, currentTexts()), t().failed.melding))?.value;
    if (made) dispatch({ type: 'melding-made', ...made, say: t().say.melding({ sheets: made.sheets }) });
  }, [port, attempt]);

  /** Eksporter: the melding as its own file; the exporters load only now. */
  const exportAs = useCallback(
    async (kind: ExportKind) => {
      const made = latest.current.melding;
      if (!made || latest.current.exporting) return;
      dispatch({ type: 'export-started', kind });
      const result = await attempt(async () => {
        const { exportAndDeliver } = await import(/* webpackChunkName: "export" */ '../../app/export');
        return exportAndDeliver(port, made.doc, kind, currentTexts());
      }, t().failed.export);
      if (result) dispatch({ type: 'exported', say: result.value.message });
      dispatch({ type: 'export-ended' });
    },
    [port, attempt],
  );

  return {
    state,
    texts,
    profile,
    selfCheck,
    oversikt,
    templateProfile: template.templateProfile,
    actions: {
      validate: () => check(),
      clear,
      changeOverrides,
      applyEdit,
      createPartnership,
      profileChanged,
      makeMelding: melding,
      exportAs,
      chooseLanguage,
      ...navigation,
      makeTemplate: template.make,
      addSelectionLists: template.addLists,
      removeSelectionLists: template.removeLists,
      focus: (target: 'summary' | 'current' | 'form') => dispatch({ type: 'focus', target }),
    },
  };
}

export type Pane = ReturnType<typeof usePane>;
