import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { FileResult } from '../../domain/oversikt/model';
import { checkFile, type CheckSettings } from './check-file';

/** A file to check, and the built-in profile to check it with when not the run's (see check-file.ts). */
export interface CheckableFile {
  path: string;
  shown: string;
  profileId?: string;
}
import { startWorker } from './worker-start';

/** A file handed to a worker, and the worker's answer. */
export interface CheckJob extends CheckableFile {
  index: number;
}
export interface CheckReply {
  index: number;
  result: FileResult;
}

export interface PoolEvents {
  /** A file is being checked (by a worker or here). */
  started?: (file: CheckableFile) => void;
  /** A file's check is done. */
  done?: (file: CheckableFile, result: FileResult) => void;
}

export interface PoolOptions extends PoolEvents {
  /** Threads to check with, this one included; default one per core as far as the files pay for them. 1 checks here only. */
  threads?: number;
  /** Starts a worker; null when none can start (tests use it to reach the fallback). */
  start?: (settings: CheckSettings) => Worker | null;
}

/**
 * Checks every file on `threads` threads (never more than files) and returns the
 * results in the files' order. This thread checks too, from the same queue as the worker threads:
 * a worker needs about half a second to load the reader, which is the time for a dozen files.
 * Files no worker could take (no worker file, a worker that fails to start or dies) are
 * checked here, so a run never stops for that.
 */
export async function checkAll(files: readonly CheckableFile[], settings: CheckSettings, options: PoolOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  const queue: CheckJob[] = files.map((f, index) => ({ ...f, index }));
  const finish = (job: CheckJob, result: FileResult) => {
    results[job.index] = result;
    options.done?.(job, result);
  };
  const here = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      options.started?.(job);
      finish(job, await checkFile(job.path, job.shown, settings, job.profileId));
    }
  };
  const workers = Math.min(options.threads ?? defaultThreads(files.length), files.length) - 1;
  const start = options.start ?? startWorker;
  // Workers first, so they load while this thread already checks.
  const lanes = Array.from({ length: Math.max(0, workers) }, () => workerLane(start, settings, queue, finish, options));
  await Promise.all([...lanes, here()]);
  // A worker that died gave its file back after this thread had emptied the queue.
  await here();
  return results;
}

/**
 * A worker answers its first file about half a second after it is started (measured on an idle
 * core: it loads the reader and, from source, compiles it through tsx), while this thread checks
 * a 12-tiltak workbook in about 5 ms: an extra thread pays off from about a hundred files on.
 */
const FILES_PER_EXTRA_THREAD = 100;

function defaultThreads(files: number): number {
  return Math.min(availableParallelism(), 1 + Math.floor(files / FILES_PER_EXTRA_THREAD));
}

/** One worker taking jobs from the shared queue until it is empty; a job it could not finish goes back on the queue. */
async function workerLane(
  start: (settings: CheckSettings) => Worker | null,
  settings: CheckSettings,
  queue: CheckJob[],
  finish: (job: CheckJob, result: FileResult) => void,
  events: PoolEvents,
): Promise<void> {
  let worker: Worker | null;
  try {
    worker = start(settings);
  } catch {
    return;
  }
  if (!worker) return;
  const w = worker;
  await new Promise<void>((resolve) => {
    let current: CheckJob | undefined;
    const next = () => {
      current = queue.shift();
      if (!current) {
        w.removeAllListeners();
        void w.terminate().then(() => resolve());
        return;
      }
      events.started?.(current);
      w.postMessage(current);
    };
    const fail = () => {
      if (current) queue.unshift(current);
      current = undefined;
      w.removeAllListeners();
      void w.terminate().then(() => resolve());
    };
    w.on('message', (reply: CheckReply) => {
      if (current && reply.index === current.index) finish(current, reply.result);
      next();
    });
    w.on('error', fail);
    w.on('exit', fail);
    next();
  });
}
