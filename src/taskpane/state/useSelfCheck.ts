import { useCallback, useState, type Dispatch, type MutableRefObject } from 'react';
import type { Texts } from '../../i18n';
import { copyText } from '../download';
import type { SelfCheckOutcome, WorkbookPort } from '../../port/workbook-port';
import type { Attempt } from './failures';
import type { PaneAction } from './pane-state';

/** The version the page was built as (taskpane.html's meta tag, from package.json), for the report. */
export function addinVersion(doc: Document = document): string {
  return doc.querySelector<HTMLMetaElement>('meta[name="behovsmelding-version"]')?.content || '?';
}

/**
 * «Sjekk oppsettet» under Hjelp: runs the port's self-check and keeps its report on screen until
 * the next one. Its state is its own (nothing else in the pane depends on it); the sentence when it
 * ends goes through the one live region, a failure through the one failure channel.
 */
export function useSelfCheck(
  port: WorkbookPort,
  deps: { dispatch: Dispatch<PaneAction>; texts: MutableRefObject<Texts>; attempt: Attempt },
) {
  const { dispatch, texts, attempt } = deps;
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<SelfCheckOutcome | null>(null);
  const run = useCallback(
    async (openWorkbook: boolean) => {
      if (!port.selfCheck) return;
      const t = texts.current;
      setRunning(true);
      dispatch({ type: 'announced', text: t.pane.help.running });
      const result = await attempt(() => port.selfCheck!(t, { version: addinVersion(), openWorkbook }), t.pane.help.failed);
      setRunning(false);
      if (!result) return;
      setOutcome(result.value);
      dispatch({ type: 'announced', text: t.pane.help.done({ summary: result.value.summary }) });
    },
    [port, texts, attempt, dispatch],
  );

  /** The report onto the clipboard, for a support ticket; the text stays on screen to select by hand too. */
  const copy = useCallback(async () => {
    if (!outcome) return;
    const t = texts.current.pane;
    // copyText's own sentence is bokmål: the pane's language instead.
    const copied = await attempt(
      () => copyText(outcome.text).catch(() => Promise.reject(new Error(t.failed.clipboard))),
      t.failed.clipboard,
    );
    if (copied) dispatch({ type: 'announced', text: t.help.copied });
  }, [outcome, texts, attempt, dispatch]);

  return { available: port.selfCheck !== undefined, running, outcome, run, copy };
}

export type SelfCheck = ReturnType<typeof useSelfCheck>;
