import { validateCommand } from '../../src/commands/validate';
import { findProfile } from '../../src/domain/profiles';
import { createExcelPort } from '../../src/excel/port';
import { profileFromStore } from '../../src/port/stored-profile';
import { runCheck } from '../../src/taskpane/session';
import { EACH_PROFILE, overlays, tiltakHost } from './workbooks';

const OV = findProfile('oslo-viken-2024')!;

/** The highlighted cells of a host's Tiltak sheet, as "A1:severity" text. */
function marked(sheet: ReturnType<typeof tiltakHost>['sheet']): string[] {
  return overlays(sheet)
    .flatMap((f) => f.areas.map((a) => `${a.top}:${a.left}:${f.fill}`))
    .sort();
}

describe.each(EACH_PROFILE)('ribbon Valider on %s', (_name, profile) => {
  it('checks with the profile the pane saved in the workbook', async () => {
    const saved = tiltakHost(profile, 12);
    await createExcelPort(saved.host.run).saveStoredProfile({ kind: 'builtin', id: OV.id });
    const completed = jest.fn();
    await validateCommand({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalled();

    const expected = tiltakHost(profile, 12);
    await runCheck(createExcelPort(expected.host.run), OV, null, new Date().toISOString().slice(0, 10));
    const byDefault = tiltakHost(profile, 12);
    await validateCommand({ completed } as unknown as Office.AddinCommands.Event);
    expect(marked(saved.sheet)).toEqual(marked(expected.sheet));
    expect(marked(saved.sheet)).not.toEqual(marked(byDefault.sheet));
  });
});

describe('the stored profile', () => {
  it('is a built-in profile by id, or the default when unknown or missing', () => {
    expect(profileFromStore({ kind: 'builtin', id: OV.id }).id).toBe(OV.id);
    expect(profileFromStore({ kind: 'builtin', id: 'borte' }).id).toBe('kompetansenettverk-2024');
    expect(profileFromStore(null).id).toBe('kompetansenettverk-2024');
  });

  it('is a loaded profile parsed from its JSON, or the default when that fails', () => {
    const own = { ...OV, id: 'egen-2025', name: 'Egen runde' };
    expect(profileFromStore({ kind: 'file', json: JSON.stringify(own) }).id).toBe('egen-2025');
    expect(profileFromStore({ kind: 'file', json: '{ ikke json' }).id).toBe('kompetansenettverk-2024');
    expect(profileFromStore({ kind: 'file', json: JSON.stringify({ id: 'x' }) }).id).toBe('kompetansenettverk-2024');
  });
});
