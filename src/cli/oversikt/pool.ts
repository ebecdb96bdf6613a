import { availableParallelism } from 'node:os';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import type { FileResult } from '../../domain/oversikt/model';
import { textsFor } from '../../i18n/all';
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
/** A worker's first message: loaded and ready for files. */
export const READY = 'ready';

export interface PoolEvents {
  /** A file is being checked (by a worker or here). */
  started?: (file: CheckableFile) => void;
  /** A file's check is done. */
  done?: (file: CheckableFile, result: FileResult) => void;
}

/** What one file may cost a worker: past either, the worker is ended and the file listed with a sentence. */
export interface Budget {
  seconds: number;
  /** The worker's V8 old generation (resourceLimits.maxOldGenerationSizeMb); a V8 out-of-memory ends only the worker. */
  memoryMb: number;
}

/**
 * A 100 000-row workbook (far past any behovsmelding) is read and checked in a few seconds and
 * under 400 MB on this machine; a file past these is a file made to hurt (the reader's own
 * bounds, src/xlsx/limits.ts, refuse every one we know of sooner).
 */
export const BUDGET: Budget = { seconds: 60, memoryMb: 1024 };

export interface PoolOptions extends PoolEvents {
  /** Worker threads to check with; default one per core as far as the files pay for them, at least one. */
  threads?: number;
  /** Check in this thread instead, without a budget (for comparison: bench and tests). */
  inThisThread?: boolean;
  budget?: Budget;
  /** Starts a worker with the budget's memory limit; null when none can start (tests use it to reach the fallback). */
  start?: (settings: CheckSettings, limits: ResourceLimits) => Worker | null;
}

/**
 * Checks every file and returns the results in the files' order. Every file is checked in a
 * worker thread under the budget, so one file made to hurt costs one sentence, never the run: a
 * worker past its time is ended, one that runs out of memory ends alone, and either is replaced
 * for the files still waiting. Only when no worker can start at all (no worker file, a worker that
 * fails to start) are the files checked here, without a budget, so a run never stops for that.
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
  if (!options.inThisThread) {
    const budget = options.budget ?? BUDGET;
    const lane: Lane = { start: options.start ?? startWorker, settings, queue, finish, events: options, budget };
    const workers = Math.min(options.threads ?? defaultThreads(files.length), files.length);
    await Promise.all(Array.from({ length: workers }, () => workerLane(lane)));
  }
  await here();
  return results;
}

/**
 * A worker answers its first file about half a second after it is started from source (it
 * loads the reader and compiles it through tsx), less compiled; a 12-tiltak workbook takes about
 * 5 ms: another worker pays off from about a hundred files on.
 */
const FILES_PER_EXTRA_THREAD = 100;

function defaultThreads(files: number): number {
  return Math.min(availableParallelism(), 1 + Math.floor(files / FILES_PER_EXTRA_THREAD));
}

interface Lane {
  start: (settings: CheckSettings, limits: ResourceLimits) => Worker | null;
  settings: CheckSettings;
  queue: CheckJob[];
  finish: (job: CheckJob, result: FileResult) => void;
  events: PoolEvents;
  budget: Budget;
}

/** Workers, one after another, taking jobs from the shared queue until it is empty; a worker ended for a file's budget is replaced. */
async function workerLane(lane: Lane): Promise<void> {
  while (lane.queue.length > 0) {
    let worker: Worker | null;
    try {
      worker = lane.start(lane.settings, { maxOldGenerationSizeMb: lane.budget.memoryMb });
    } catch {
      return;
    }
    if (!worker || (await runWorker(worker, lane)) === 'unstarted') return;
  }
}

/**
 * One worker's life: jobs until the queue is empty ('done'), or until a file ends it ('ended':
 * past its time, out of memory, or dead in its check). A worker that dies before it is ready
 * ('unstarted') takes no job: the files left are checked in this thread. A file's time counts
 * from when the worker has it, never the worker's start.
 */
function runWorker(w: Worker, lane: Lane): Promise<'done' | 'ended' | 'unstarted'> {
  const texts = textsFor(lane.settings.language);
  return new Promise((resolve) => {
    let current: CheckJob | undefined;
    let ready = false;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const end = (outcome: 'done' | 'ended' | 'unstarted') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      w.removeAllListeners();
      void w.terminate().then(() => resolve(outcome));
    };
    const unusable = (job: CheckJob, message: string): FileResult => ({ ok: false, file: job.shown, status: 'unusable', message });
    const next = () => {
      clearTimeout(timer);
      current = lane.queue.shift();
      if (!current) return end('done');
      const job = current;
      lane.events.started?.(job);
      w.postMessage(job);
      timer = setTimeout(() => {
        lane.finish(job, unusable(job, texts.reader.tooSlow({ name: job.shown, seconds: lane.budget.seconds })));
        end('ended');
      }, lane.budget.seconds * 1000);
    };
    const died = (error?: Error & { code?: string }) => {
      if (settled) return;
      const job = current;
      if (job && error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        lane.finish(job, unusable(job, texts.reader.tooMuchMemory({ name: job.shown, max: lane.budget.memoryMb * 2 ** 20 })));
        return end('ended');
      }
      if (!ready) return end('unstarted');
      if (job) lane.finish(job, unusable(job, texts.oversikt.file.failed({ message: error?.message ?? String(error) })));
      end('ended');
    };
    w.on('message', (reply: CheckReply | typeof READY) => {
      if (reply === READY) ready = true;
      else if (current && reply.index === current.index) lane.finish(current, reply.result);
      next();
    });
    w.on('error', died);
    w.on('exit', () => died());
  });
}
