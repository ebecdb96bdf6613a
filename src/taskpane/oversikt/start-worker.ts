/**
 * Starts one of the overview's Web Workers. Its own module, imported only by the pane's entry:
 * `import.meta.url` is what webpack follows to bundle the worker, and jest's CommonJS does not know it.
 */
export const startCheckWorker = (): Worker => new Worker(new URL('./check-worker.ts', import.meta.url), { name: 'oversikt-worker' });
