import { copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckSettings } from '../../src/cli/oversikt/check-file';
import { collectFiles } from '../../src/cli/oversikt/collect';
import { checkAll, READY, type CheckableFile, type CheckReply } from '../../src/cli/oversikt/pool';
import { progressDisplay } from '../../src/cli/oversikt/progress';
import { startWorker } from '../../src/cli/oversikt/worker-start';
import { findProfile } from '../../src/domain/profiles';
import { nb } from '../../src/i18n';
import { tempDir } from '../cli/workbooks';
import { writeOwnerWorkbook } from './workbooks';

const settings: CheckSettings = { profile: findProfile('kompetansenettverk-2024')!, today: '2023-11-01', language: 'nb' };
const dir = tempDir();
let files: CheckableFile[];

beforeAll(async () => {
  copyFileSync(resolve(__dirname, '../../assets/eksempel.xlsx'), join(dir, 'a-eksempel.xlsx'));
  await writeOwnerWorkbook(join(dir, 'b-drammen.xlsx'), {
    partnerskap: 'Drammen',
    eiere: 'Drammen',
    tiltak: [{ tittel: 'Lesing i alle fag', beskrivelse: 'Lesing i fagene i lærende team' }],
  });
  writeFileSync(join(dir, 'c-tekst.xlsx'), 'ikke en arbeidsbok');
  await writeOwnerWorkbook(join(dir, 'd-asker.xlsx'), {
    partnerskap: 'Asker',
    eiere: 'Asker',
    layout: 'table',
    tiltak: [{ tittel: 'Leseopplæring', beskrivelse: 'Leseopplæring i alle fag' }],
  });
  files = (await collectFiles([dir], nb)).filter((f) => !('skipped' in f));
});

describe('checking pool', () => {
  test('the worker thread, started as the CLI starts it, checks a file as this thread does', async () => {
    const worker = startWorker(settings)!;
    try {
      const reply = await new Promise<CheckReply>((resolve, reject) => {
        worker.once('message', (ready) => {
          expect(ready).toBe(READY);
          worker.once('message', resolve);
          worker.postMessage({ ...files[0]!, index: 7 });
        });
        worker.once('error', reject);
      });
      expect(reply).toEqual({ index: 7, result: await checkFile(files[0]!.path, files[0]!.shown, settings) });
      expect(reply.result).toMatchObject({ ok: true, checked: { meldinger: [{ ordning: 'desentralisert' }, { ordning: 'regional' }] } });
    } finally {
      await worker.terminate();
    }
  });

  test('workers give the same results as this thread alone, in the files’ order, each file done once', async () => {
    const inThread = await checkAll(files, settings, { inThisThread: true });
    let workers = 0;
    const done: string[] = [];
    const parallel = await checkAll(files, settings, {
      threads: 3,
      start: (s) => {
        workers++;
        return startWorker(s);
      },
      done: (file) => done.push(file.shown),
    });
    expect(workers).toBe(3);
    expect(parallel).toEqual(inThread);
    expect(done.sort()).toEqual(files.map((f) => f.shown).sort());
    expect(inThread.map((r) => r.ok)).toEqual([true, true, false, true]);
    expect(inThread[3]).toMatchObject({ ok: true, checked: { meldinger: [{ partnerskap: 'Asker', tiltak: 1, status: 'komplett' }] } });
  });

  test('check in this thread when no worker can start, or a worker dies at start', async () => {
    const expected = await checkAll(files, settings, { inThisThread: true });
    expect(await checkAll(files, settings, { threads: 2, start: () => null })).toEqual(expected);
    const broken = () => new Worker('throw new Error("kaputt")', { eval: true });
    expect(await checkAll(files, settings, { threads: 2, start: broken })).toEqual(expected);
    expect(
      await checkAll(files, settings, {
        threads: 2,
        start: () => {
          throw new Error('no threads here');
        },
      }),
    ).toEqual(expected);
  });
});

describe('progress', () => {
  const file = (shown: string): CheckableFile => ({ path: shown, shown });
  const ok = { ok: true as const, checked: { file: 'x', meldinger: [], findings: [], tiltak: [] } };

  test('plain lines when not on a terminal: done/total, file, and whether it could be used', () => {
    const lines: string[] = [];
    const progress = progressDisplay(2, { line: (l) => lines.push(l) }, nb);
    progress.started(file('a.xlsx'));
    progress.done(file('a.xlsx'), ok);
    progress.done(file('b.xlsx'), { ok: false, file: 'b.xlsx', status: 'unusable', message: 'nei' });
    progress.end();
    expect(lines).toEqual(['1/2 a.xlsx', '2/2 b.xlsx – ingen melding']);
  });

  test('one bar redrawn in place on a terminal, long names cut from the left, cleared at the end', () => {
    let screen = '';
    const progress = progressDisplay(4, { terminal: { write: (t) => (screen += t), columns: 50 }, line: () => (screen += 'LINE') }, nb);
    progress.started(file('innsendt/en-svært-lang-mappe/med-en-lang-fil-2024.xlsx'));
    progress.done(file('innsendt/kort.xlsx'), ok);
    const draws = screen.split('\r').filter(Boolean);
    expect(draws[0]!.length - 3).toBeLessThanOrEqual(50);
    expect(draws[0]!.startsWith(`[${'-'.repeat(24)}] 0/4 …`)).toBe(true);
    expect(draws[0]!.endsWith('-2024.xlsx\x1b[K')).toBe(true);
    expect(draws[1]).toBe('[######------------------] 1/4 innsendt/kort.xlsx\x1b[K');
    progress.end();
    expect(screen.endsWith('\r\x1b[K')).toBe(true);
    expect(screen).not.toContain('LINE');
  });
});
