import { useCallback, type Dispatch, type MutableRefObject } from 'react';
import { columnName, findingKey, groupFindings, step, walkOrder } from '../../app/navigation';
import type { Finding } from '../../domain/model';
import type { Texts } from '../../i18n';
import type { WorkbookPort } from '../../port/workbook-port';
import type { Attempt } from './failures';
import type { PaneAction, PaneState } from './pane-state';

/** Gå til, Neste feil and Forrige feil: the cell selected in the sheet, the finding marked in the list, the place said. */
export function useNavigation(
  port: WorkbookPort,
  deps: { dispatch: Dispatch<PaneAction>; latest: MutableRefObject<PaneState>; texts: MutableRefObject<Texts>; attempt: Attempt },
) {
  const { dispatch, latest, texts, attempt } = deps;

  /**
   * Select the finding's cells and mark it in the list. With `focus` the keyboard focus moves to
   * its first action, so Tab carries on from there (the user was in the pane); without, it stays
   * where it is (the user walks from the sheet, or clicked Gå til itself).
   */
  const goTo = useCallback(
    async (finding: Finding, options: { prefix?: string; focus?: boolean } = {}) => {
      const t = texts.current.pane;
      if (!(await attempt(() => port.select(finding.sheet, finding.cells), t.failed.select))) return;
      const outcome = latest.current.outcome;
      const column = outcome?.ok ? columnName(finding, outcome.table, texts.current) : undefined;
      const where = t.findings.where({ cell: finding.cells[0] ?? finding.sheet, more: Math.max(0, finding.cells.length - 1), column });
      const said = t.say.marked({ where, message: finding.message });
      dispatch({
        type: 'moved-to',
        key: findingKey(finding),
        say: options.prefix ? `${options.prefix} ${said}` : said,
        focus: !!options.focus,
      });
    },
    [port, dispatch, latest, texts, attempt],
  );

  /** Neste feil / Forrige feil: the errors in the list's order, wrapping around. */
  const stepFinding = useCallback(
    async (direction: 1 | -1, options: { focus: boolean }) => {
      const outcome = latest.current.outcome;
      if (!outcome?.ok) return;
      const order = walkOrder(groupFindings(outcome.findings));
      const next = step(order, latest.current.current, direction);
      if (!next) {
        dispatch({ type: 'announced', text: texts.current.pane.say.nothingToWalk });
        return;
      }
      const prefix = texts.current.pane.say.position({ error: next.severity === 'error', at: order.indexOf(next) + 1, of: order.length });
      await goTo(next, { prefix, focus: options.focus });
    },
    [dispatch, latest, texts, goTo],
  );

  return { goTo, stepFinding };
}
