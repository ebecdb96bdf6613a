import { codeOf } from './errors';

/** Excel.run, or a stand-in in tests and the bench (the simulated host's `run`). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

export const defaultRun: ExcelRun = (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));

/** While the user edits a cell, Excel holds the request instead of failing it (where supported). */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/**
 * Waits between tries while the user is still editing a cell: about a minute in all. The client
 * sends `delayForCellEdit` only where it sees the hidden set DelayForCellEdit; elsewhere (older
 * builds) a request during cell editing fails with InvalidOperationInCellEditMode.
 */
export const CELL_EDIT_WAITS_MS = [250, 500, 1000, 2000, ...Array<number>(28).fill(2000)];

/**
 * `run` with RUN_OPTIONS, tried again while Excel refuses it for cell editing. A refused request
 * changed nothing; a batch whose earlier requests went through starts over only when it is
 * `restartable` (it reads what it needs first, so a second run does the same). A batch that is not
 * (melding sheets half written) is tried again only when its first request was refused; else the
 * error reaches the user.
 */
export function patientRun(run: ExcelRun, { restartable = false, waits = CELL_EDIT_WAITS_MS } = {}): ExcelRun {
  return async (batch, options = RUN_OPTIONS) => {
    for (let attempt = 0; ; attempt++) {
      let answered = false;
      try {
        return await run((context) => batch(countingSyncs(context, () => (answered = true))), options);
      } catch (e) {
        const wait = waits[attempt];
        if (codeOf(e) !== 'InvalidOperationInCellEditMode' || (answered && !restartable) || wait === undefined) throw e;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  };
}

/** The context, its `sync` reporting each request Excel answered. */
function countingSyncs(context: Excel.RequestContext, answered: () => void): Excel.RequestContext {
  const sync = context.sync.bind(context);
  context.sync = <T>(value?: T) =>
    sync(value).then((result) => {
      answered();
      return result as T;
    });
  return context;
}
