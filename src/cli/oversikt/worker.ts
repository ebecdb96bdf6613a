import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckSettings } from './check-file';
import { READY, type CheckJob, type CheckReply } from './pool';

/** Worker thread: checks the files the pool hands it, one at a time, with the run's settings. */
const settings = workerData as CheckSettings;
const port = parentPort!;

// checkFile never throws: a file that breaks the reader comes back as a row with its sentence.
port.on('message', (job: CheckJob) => {
  void checkFile(job.path, job.shown, settings, job.profileId).then((result) =>
    port.postMessage({ index: job.index, result } satisfies CheckReply),
  );
});

// Loaded: the pool starts a file's time budget only from here, so a slow start is never the file's.
port.postMessage(READY);
