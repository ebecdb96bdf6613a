import { strToU8, zipSync } from 'fflate';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckSettings } from '../../src/cli/oversikt/check-file';
import { checkAll, READY, type CheckableFile } from '../../src/cli/oversikt/pool';
import { startWorker } from '../../src/cli/oversikt/worker-start';
import { findProfile } from '../../src/domain/profiles';
import { tempDir } from '../cli/workbooks';

/**
 * The overview's per-file budget (src/cli/oversikt/pool.ts): a file whose check runs past its
 * time, or out of memory, ends its worker, not the run; it is listed with one sentence and the
 * other files are checked by a new worker.
 */
const settings: CheckSettings = { profile: findProfile('kompetansenettverk-2024')!, today: '2023-11-01', language: 'nb' };
const dir = tempDir();
const sample = resolve(__dirname, '../../assets/eksempel.xlsx');
const owners: CheckableFile[] = ['a', 'b', 'c'].map((name) => {
  const path = join(dir, `${name}.xlsx`);
  copyFileSync(sample, path);
  return { path, shown: `${name}.xlsx` };
});

/** A sheet of inline strings that needs far more heap to hold than the worker gets (and far less than the reader's bounds). */
function heavyWorkbook(path: string): void {
  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rows: string[] = [];
  for (let r = 1; r <= 20_000; r++) {
    const cells = Array.from({ length: 20 }, (_, c) => `<c t="inlineStr"><is><t>Tiltak ${r}-${c} ${'x'.repeat(200)}</t></is></c>`);
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  const part = (xml: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>${xml}`);
  const rel = (type: string, target: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/${type}" Target="${target}"/></Relationships>`;
  const zip = zipSync({
    '_rels/.rels': part(rel('officeDocument', 'xl/workbook.xml')),
    'xl/workbook.xml': part(
      `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Tiltak" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': part(rel('worksheet', 'worksheets/sheet1.xml')),
    'xl/worksheets/sheet1.xml': part(`<worksheet xmlns="${NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`),
  });
  writeFileSync(path, zip);
}

describe('the per-file budget of oversikt', () => {
  it('ends a worker whose file runs past its time, lists the file, and checks the rest in a new worker', async () => {
    const expected = await checkAll(owners, settings, { inThisThread: true });
    let starts = 0;
    // The first worker is ready and then never answers, as a check that never ends.
    const start = (s: CheckSettings, limits: object) =>
      ++starts === 1
        ? new Worker(
            `const { parentPort } = require('node:worker_threads'); parentPort.postMessage(${JSON.stringify(READY)}); parentPort.on('message', () => { for (;;); });`,
            {
              eval: true,
            },
          )
        : startWorker(s, limits);
    const results = await checkAll(owners, settings, { threads: 1, start, budget: { seconds: 5, memoryMb: 1024 } });
    expect(results[0]).toEqual({
      ok: false,
      file: 'a.xlsx',
      status: 'unusable',
      message:
        '«a.xlsx» ble ikke ferdig lest og sjekket på 5 sekunder og er hoppet over: åpne den i Excel og lagre den på nytt, eller be avsenderen om en ny kopi.',
    });
    expect(results.slice(1)).toEqual(expected.slice(1));
    expect(starts).toBe(2);
  });

  it('lists a file whose check runs out of the worker’s memory, and goes on: the process lives', async () => {
    const heavy = join(dir, 'tung.xlsx');
    heavyWorkbook(heavy);
    const files = [owners[0]!, { path: heavy, shown: 'tung.xlsx' }, owners[1]!];
    const expected = await checkAll([owners[0]!, owners[1]!], settings, { inThisThread: true });
    const results = await checkAll(files, settings, { threads: 1, budget: { seconds: 600, memoryMb: 64 } });
    expect(results[1]).toEqual({
      ok: false,
      file: 'tung.xlsx',
      status: 'unusable',
      message:
        '«tung.xlsx» trengte mer enn 64 MB minne for å leses og er hoppet over: åpne den i Excel og lagre den på nytt, eller be avsenderen om en ny kopi.',
    });
    expect([results[0], results[2]]).toEqual(expected);
  });

  it('checks in this thread, without a budget, only when no worker gets ready', async () => {
    const expected = await checkAll(owners, settings, { inThisThread: true });
    const never = () => new Worker('setTimeout(() => process.exit(1), 10);', { eval: true });
    expect(await checkAll(owners, settings, { threads: 2, start: never })).toEqual(expected);
  });
});
