import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chooseAndRecheck, makeOverview, type CheckFiles, type PickedFile } from '../../src/app/oversikt';
import { checkWorkbookBytes } from '../../src/app/oversikt-file';
import type { FileFit, FileResult } from '../../src/domain/oversikt/model';
import { PROFILES } from '../../src/domain/profiles';
import { nb } from '../../src/i18n';

/** The overview's rules from all files (issue 22): who is checked again, and when the user is asked. */
const K24 = 'kompetansenettverk-2024';
const OV24 = 'oslo-viken-2024';
const K26 = 'kollektiv-kompetanseutvikling-2026';
function result(file: string, fit: FileFit | undefined, ok = true): FileResult {
  if (!ok) return { ok: false, file, status: 'unusable', message: 'Fant ingen overskriftsrad.', ...(fit ? { fit } : {}) };
  return { ok: true, checked: { file, meldinger: [], findings: [], tiltak: [] }, ...(fit ? { fit } : {}) };
}
const votes = (checkedWith: string, ...fitting: string[]): FileFit => ({ checkedWith, fitting, basis: 'vocabulary' });
const silent = (checkedWith = K26): FileFit => ({ checkedWith, fitting: [], basis: 'newest' });

test('the round most files point at holds for all; only files checked with another are checked again, in their places', async () => {
  const first = [
    result('budsjett.xlsx', silent(), false),
    result('a.xlsx', votes(K24, K24, OV24)),
    result('b.xlsx', votes(K24, K24, OV24)),
    result('uten-ordning.xlsx', silent()),
  ];
  const asked: Array<[number[], string]> = [];
  const chosen = await chooseAndRecheck(
    first,
    PROFILES,
    async (indexes, profile) => {
      asked.push([indexes, profile.id]);
      return indexes.map((i) => result(`igjen-${i}`, undefined));
    },
    nb,
  );
  expect(asked).toEqual([[[0, 3], K24]]);
  expect(chosen).toMatchObject({ ok: true, profile: { id: K24 }, rechecked: 2 });
  if (!chosen.ok) return;
  expect(chosen.results.map((r) => (r.ok ? r.checked.file : r.file))).toEqual(['igjen-0', 'a.xlsx', 'b.xlsx', 'igjen-3']);
  expect(chosen.reason).toBe(
    '2 av 4 filer peker på denne runden (ordningene i tabellen eller profilen som er lagret i arbeidsboken); 2 filer sier ikke hvilken runde de hører til. oslo-viken-2024 passer like godt.',
  );
});

test('files that disagree are not checked again: the candidates come back, most files first', async () => {
  const first = [result('a.xlsx', votes(K24, K24, OV24)), result('b.xlsx', votes(K24, K24)), result('c.xlsx', votes(K26, K26))];
  const chosen = await chooseAndRecheck(first, PROFILES, () => Promise.reject(new Error('not asked')), nb);
  expect(chosen.ok).toBe(false);
  if (chosen.ok) return;
  expect(chosen.candidates.map((c) => [c.profile.id, c.files])).toEqual([
    [K24, ['a.xlsx', 'b.xlsx']],
    [K26, ['c.xlsx']],
    [OV24, ['a.xlsx']],
  ]);
});

test('no file points at a round: the newest, and nobody is checked again when all chose it', async () => {
  const chosen = await chooseAndRecheck(
    [result('a.xlsx', silent()), result('b.xlsx', silent())],
    PROFILES,
    () => Promise.reject(new Error('not asked')),
    nb,
  );
  expect(chosen).toMatchObject({
    ok: true,
    profile: { id: K26 },
    rechecked: 0,
    reason: 'Ingen av de 2 filene nevner en ordning som peker ut en runde, så den nyeste runden er valgt.',
  });
});

describe('makeOverview: picked files to an overview, by the same core as validate', () => {
  const fixtures = resolve(__dirname, '../oversikt/fixtures');
  const picked = (shown: string, bytes: Uint8Array): PickedFile => ({ shown, read: async () => bytes });
  /** The pane's Web Workers do this per file; here in this thread, the same function. */
  const inThisThread: CheckFiles = async (jobs, done) => {
    const results = [];
    for (const [i, job] of jobs.entries()) {
      results.push(checkWorkbookBytes(await job.file.read(), job.file.shown, { profile: null, today: '2023-11-01' }, nb, job.profileId));
      done(i + 1, jobs.length);
    }
    return results;
  };

  test('every picked file accounted for, the rules from all of them, progress over both passes', async () => {
    const files = [
      picked('innsendt/budsjett.csv', new TextEncoder().encode('Post;Beløp\nKurs;10000\n')),
      picked('innsendt/modum.ods', readFileSync(join(fixtures, 'ringerike-hole-libreoffice.ods'))),
      picked('innsendt/lier.xlsx', readFileSync(join(fixtures, 'modum-openpyxl.xlsx'))),
      picked('innsendt/søknad.docx', new Uint8Array([0x50, 0x4b])),
      picked('innsendt/~$lier.xlsx', new Uint8Array([1])),
    ];
    const progress: Array<[number, number]> = [];
    const outcome = await makeOverview({
      files,
      profile: null,
      profiles: PROFILES,
      today: '2023-11-01',
      texts: nb,
      check: inThisThread,
      progress: (finished, total) => progress.push([finished, total]),
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { oversikt } = outcome;
    expect(oversikt.profile.id).toBe(K24);
    expect(oversikt.files.map((f) => [f.file, f.status])).toEqual([
      ['innsendt/budsjett.csv', 'unusable'],
      ['innsendt/modum.ods', 'used'],
      ['innsendt/lier.xlsx', 'used'],
      ['innsendt/søknad.docx', 'skipped'],
      ['innsendt/~$lier.xlsx', 'skipped'],
    ]);
    // Three files checked, then the budget (checked with the newest round on its own) again.
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
      [4, 4],
    ]);
    expect(oversikt.meldinger.map((m) => [m.file, m.status])).toEqual([
      ['innsendt/modum.ods', 'komplett'],
      ['innsendt/lier.xlsx', 'komplett'],
    ]);
  });

  test('a profile the coordinator chose holds for all, said in their words, with no second pass', async () => {
    const progress: Array<[number, number]> = [];
    const outcome = await makeOverview({
      files: [picked('a.xlsx', readFileSync(join(fixtures, 'modum-openpyxl.xlsx')))],
      profile: PROFILES.find((p) => p.id === OV24)!,
      givenReason: 'Valgt i panelet.',
      profiles: PROFILES,
      today: '2023-11-01',
      texts: nb,
      check: inThisThread,
      progress: (finished, total) => progress.push([finished, total]),
    });
    expect(outcome).toMatchObject({ ok: true, oversikt: { profile: { id: OV24, reason: 'Valgt i panelet.' } } });
    expect(progress).toEqual([[1, 1]]);
  });
});
