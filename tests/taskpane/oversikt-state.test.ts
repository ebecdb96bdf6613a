import type { Oversikt } from '../../src/domain/oversikt/model';
import { initialOversiktState, oversiktReducer, type OversiktAction, type OversiktState } from '../../src/taskpane/state/oversikt-state';

const run = (...actions: OversiktAction[]): OversiktState => actions.reduce(oversiktReducer, initialOversiktState);
const oversikt = { profile: { id: 'p', name: 'P', reason: 'r' }, files: [] } as unknown as Oversikt;

test('progress over both passes, then the overview made and where it went', () => {
  expect(run({ type: 'started', total: 3 }, { type: 'progress', finished: 3, total: 5 })).toEqual({
    phase: 'checking',
    finished: 3,
    total: 5,
  });
  expect(run({ type: 'started', total: 3 }, { type: 'made', oversikt }, { type: 'written', written: { where: 'workbook' } })).toEqual({
    phase: 'done',
    oversikt,
    written: { where: 'workbook' },
  });
});

test('a worker answering after Avbryt changes nothing: the run stays stopped', () => {
  const stopped = run({ type: 'started', total: 4 }, { type: 'stopped', message: 'Oversikten ble avbrutt.' });
  expect(oversiktReducer(stopped, { type: 'progress', finished: 1, total: 4 })).toBe(stopped);
  expect(oversiktReducer(stopped, { type: 'written', written: { where: 'workbook' } })).toBe(stopped);
});

test('files that disagree about the round: the candidates offered, and a new pick starts over', () => {
  const candidates = [{ id: 'a', name: 'A', files: 1 }];
  const choosing = run({ type: 'started', total: 2 }, { type: 'choose', message: 'Filene peker på ulike runder.', candidates });
  expect(choosing).toEqual({ phase: 'choosing', message: 'Filene peker på ulike runder.', candidates });
  expect(oversiktReducer(choosing, { type: 'started', total: 2 })).toEqual({ phase: 'checking', finished: 0, total: 2 });
});
