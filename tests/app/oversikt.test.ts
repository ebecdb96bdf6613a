import { chooseAndRecheck } from '../../src/app/oversikt';
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
