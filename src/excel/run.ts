/** Excel.run, or a stand-in in tests and the bench (the simulated host's `run`). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

export const defaultRun: ExcelRun = (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));

/** While the user edits a cell, Excel holds the request instead of failing it (where supported). */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };
