import type { CheckFiles, CheckJob } from '../../app/oversikt';
import type { OverviewSettings } from '../../app/oversikt-file';
import type { FileResult } from '../../domain/oversikt/model';
import type { Texts } from '../../i18n';
import type { CheckAnswer, CheckRequest } from './protocol';

export interface WorkerPoolOptions {
  start: () => Worker;
  settings: OverviewSettings;
  texts: Texts;
  /** Workers at once; each holds one file's bytes at a time. */
  workers: number;
  signal: AbortSignal;
}

/** As many workers as the browser has cores to spare, within what the pane's memory should carry. */
export const workerCount = (cores = navigator.hardwareConcurrency || 2) => Math.max(1, Math.min(4, cores - 1));

/**
 * The overview's CheckFiles over Web Workers: each worker takes the next file, reads its bytes (in
 * this thread, without blocking it: File.arrayBuffer), and checks it. A file the browser cannot
 * read, or one that ends its worker, becomes a row with its sentence, and a new worker takes the
 * files still waiting. Cancelling (the signal) ends every worker at once and rejects with AbortError.
 */
export function workerPool(options: WorkerPoolOptions): CheckFiles {
  return (jobs, done) =>
    new Promise<FileResult[]>((resolve, reject) => {
      const { signal, texts } = options;
      const results: FileResult[] = new Array(jobs.length);
      const running = new Set<Worker>();
      let next = 0;
      let finished = 0;
      let over = false;
      const end = () => {
        over = true;
        for (const w of running) w.terminate();
        running.clear();
        signal.removeEventListener('abort', abort);
      };
      const abort = () => {
        if (over) return;
        end();
        reject(new DOMException(texts.oversikt.pane.cancelled, 'AbortError'));
      };
      if (signal.aborted) return abort();
      signal.addEventListener('abort', abort);

      const finish = (index: number, result: FileResult) => {
        if (over) return;
        results[index] = result;
        done(++finished, jobs.length);
        if (finished === jobs.length) {
          end();
          resolve(results);
        }
      };

      const lane = (worker: Worker) => {
        running.add(worker);
        let current: number | undefined;
        const take = async () => {
          if (over) return;
          current = next < jobs.length ? next++ : undefined;
          if (current === undefined) {
            running.delete(worker);
            worker.terminate();
            return;
          }
          const job: CheckJob = jobs[current]!;
          let bytes: Uint8Array;
          try {
            bytes = await job.file.read();
          } catch {
            finish(current, { ok: false, file: job.file.shown, status: 'unusable', message: texts.oversikt.pane.unreadable });
            return void take();
          }
          if (over) return;
          // A copy the worker owns, sent without a second copy.
          const buffer = bytes.slice().buffer;
          const request: CheckRequest = {
            index: current,
            shown: job.file.shown,
            bytes: buffer,
            settings: options.settings,
            language: texts.language,
            ...(job.profileId ? { profileId: job.profileId } : {}),
          };
          worker.postMessage(request, [buffer]);
        };
        worker.onmessage = (event: MessageEvent<CheckAnswer>) => {
          finish(event.data.index, event.data.result);
          void take();
        };
        worker.onerror = (event) => {
          event.preventDefault();
          running.delete(worker);
          worker.terminate();
          if (current !== undefined) {
            const file = jobs[current]!.file.shown;
            finish(current, { ok: false, file, status: 'unusable', message: texts.oversikt.file.failed({ message: event.message }) });
          }
          // The files still waiting go to a new worker.
          if (!over && next < jobs.length) lane(options.start());
        };
        void take();
      };
      if (jobs.length === 0) {
        end();
        resolve([]);
        return;
      }
      for (let i = 0; i < Math.min(options.workers, jobs.length); i++) lane(options.start());
    });
}
