import { validateCommand } from '../../src/commands/validate';
import { findProfile } from '../../src/domain/profiles';
import { createExcelPort } from '../../src/excel/port';
import { runCheck } from '../../src/app/check';
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
    await runCheck(createExcelPort(expected.host.run), { selection: OV, overrides: null, today: new Date().toISOString().slice(0, 10) });
    const byDefault = tiltakHost(profile, 12);
    await validateCommand({ completed } as unknown as Office.AddinCommands.Event);
    expect(marked(saved.sheet)).toEqual(marked(expected.sheet));
    expect(marked(saved.sheet)).not.toEqual(marked(byDefault.sheet));
  });
});

describe.each(EACH_PROFILE)('ribbon Valider with a loaded profile on %s', (_name, profile) => {
  it('checks with a profile file kept in the workbook, and with the fitting profile when that JSON is broken', async () => {
    const own = { ...OV, id: 'egen-2025', name: 'Egen runde' };
    const loaded = tiltakHost(profile, 12);
    await createExcelPort(loaded.host.run).saveStoredProfile({ kind: 'file', json: JSON.stringify(own) });
    const completed = jest.fn();
    await validateCommand({ completed } as unknown as Office.AddinCommands.Event);

    const expected = tiltakHost(profile, 12);
    await runCheck(createExcelPort(expected.host.run), { selection: OV, overrides: null, today: new Date().toISOString().slice(0, 10) });
    expect(marked(loaded.sheet)).toEqual(marked(expected.sheet));

    const broken = tiltakHost(profile, 12);
    await createExcelPort(broken.host.run).saveStoredProfile({ kind: 'file', json: '{ ikke json' });
    await validateCommand({ completed } as unknown as Office.AddinCommands.Event);
    const fitting = tiltakHost(profile, 12);
    await validateCommand({ completed } as unknown as Office.AddinCommands.Event);
    expect(marked(broken.sheet)).toEqual(marked(fitting.sheet));
    expect(completed).toHaveBeenCalledTimes(3);
  });
});
