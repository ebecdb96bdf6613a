import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckSettings } from './check-file';
import type { CheckJob, CheckReply } from './pool';

/** Worker thread: checks the files the pool hands it, one at a time, with the run's settings. */
const settings = workerData as CheckSettings;
const port = parentPort!;

port.on('message', (job: CheckJob) => {
  void checkFile(job.path, job.shown, settings)
    .catch((e: unknown) => ({
      ok: false as const,
      file: job.shown,
      message: `«${job.shown}» kunne ikke sjekkes: ${e instanceof Error ? e.message : String(e)}`,
    }))
    .then((result) => port.postMessage({ index: job.index, result } satisfies CheckReply));
});
