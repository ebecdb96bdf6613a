import { useCallback, useEffect, useReducer, useRef, type RefObject } from 'react';
import type { PickedFile } from '../../app/oversikt';
import type { Profile } from '../../domain/profile';
import { PROFILES } from '../../domain/profiles';
import type { Texts } from '../../i18n';
import type { OverviewWritten, WorkbookPort } from '../../port/workbook-port';
import { workerCount, workerPool } from '../oversikt/worker-pool';
import { messageOf } from './failures';
import { initialOversiktState, oversiktReducer } from './oversikt-state';

/** The sentence that says where the overview went. */
export function writtenSentence(written: OverviewWritten, texts: Texts): string {
  const t = texts.oversikt.pane.written;
  switch (written.where) {
    case 'workbook':
      return t.workbook;
    case 'sheets':
      return t.sheets({ sheets: written.sheets });
    case 'downloaded':
      return t.downloaded({ file: written.file });
    case 'none':
      return t[written.reason];
  }
}

/**
 * The coordinator's overview from files picked in the pane: every file read and checked in Web
 * Workers by the same reader and core as the command line (app/oversikt.ts, oversikt/), progress
 * over both passes, cancel, the profile chosen from all files or by the coordinator when they
 * disagree, and the overview written where the host allows (port.writeOverview). `announce` says
 * the start, the end and anything that stops it in the pane's one live region.
 */
export function useOversikt(
  port: WorkbookPort,
  options: { texts: RefObject<Texts>; today: () => string; announce: (text: string) => void },
) {
  const { texts, today, announce } = options;
  const [state, dispatch] = useReducer(oversiktReducer, initialOversiktState);
  const picked = useRef<readonly PickedFile[]>([]);
  const running = useRef<AbortController | null>(null);

  // The pane closing ends the workers.
  useEffect(() => () => running.current?.abort(), []);

  const run = useCallback(
    async (files: readonly PickedFile[], profile: Profile | null) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const all = texts.current!;
      const t = all.oversikt.pane;
      dispatch({ type: 'started', total: files.length });
      announce(t.started({ files: files.length }));
      try {
        // In their own chunk, loaded when a coordinator first picks files: webpack follows the
        // worker's URL there (and jest never loads it).
        const [{ startCheckWorker }, { makeOverview }] = await Promise.all([
          import(/* webpackChunkName: "oversikt" */ '../oversikt/start-worker'),
          import(/* webpackChunkName: "oversikt" */ '../../app/oversikt'),
        ]);
        const date = today();
        const check = workerPool({
          start: startCheckWorker,
          settings: { profile, today: date },
          texts: all,
          workers: workerCount(),
          signal: controller.signal,
        });
        const outcome = await makeOverview({
          files,
          profile,
          givenReason: t.chosen,
          profiles: PROFILES,
          today: date,
          texts: all,
          check,
          progress: (finished, total) => dispatch({ type: 'progress', finished, total }),
        });
        if (controller.signal.aborted) return;
        if (!outcome.ok) {
          const candidates = outcome.candidates.map((c) => ({ id: c.profile.id, name: c.profile.name, files: c.files.length }));
          dispatch({ type: 'choose', message: outcome.message, candidates });
          announce(`${outcome.message} ${t.choose}`);
          return;
        }
        dispatch({ type: 'made', oversikt: outcome.oversikt });
        announce(t.writing);
        const written = await port.writeOverview(outcome.oversikt, all);
        dispatch({ type: 'written', written });
        announce(writtenSentence(written, all));
      } catch (error) {
        const message = controller.signal.aborted ? t.cancelled : messageOf(error, t.failed);
        dispatch({ type: 'stopped', message });
        announce(message);
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [port, texts, today, announce],
  );

  return {
    state,
    /** Files picked or dropped: a new overview, the rules chosen from them. */
    pick: useCallback(
      (files: readonly PickedFile[]) => {
        picked.current = files;
        return run(files, null);
      },
      [run],
    ),
    /** The coordinator's choice when the files disagree: the same files again, all with this profile. */
    chooseProfile: useCallback(
      (id: string) => {
        const profile = PROFILES.find((p) => p.id === id);
        return profile ? run(picked.current, profile) : Promise.resolve();
      },
      [run],
    ),
    cancel: useCallback(() => running.current?.abort(), []),
  };
}
