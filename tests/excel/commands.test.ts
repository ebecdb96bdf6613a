import { validateCommand } from '../../src/commands/validate';
import { findProfile } from '../../src/domain/profiles';
import { createExcelPort } from '../../src/excel/port';
import { runCheck } from '../../src/app/check';
import { nb } from '../../src/i18n';
import { createExcelHost, type ExcelHost } from '../office-host/host';
import { withExcelApi } from '../office-host/profiles';
import { HostWorkbook } from '../office-host/workbook';
import { EACH_PROFILE, overlays, tiltakHost, waitFor } from './workbooks';

const OV = findProfile('oslo-viken-2024')!;
/** The day the checks run on: passed in, never read from the clock. */
const TODAY = '2024-10-01';

/** The highlighted cells of a host's Tiltak sheet, as "row:col:fill" text. */
function marked(sheet: ReturnType<typeof tiltakHost>['sheet']): string[] {
  return overlays(sheet)
    .flatMap((f) => f.areas.map((a) => `${a.top}:${a.left}:${f.fill}`))
    .sort();
}

function ribbonEvent() {
  return { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

/** The ribbon's Valider in its own runtime over `book` (its own settings copy, made when it starts). */
function ribbonOn(book: HostWorkbook, profile: ExcelHost['profile']): ExcelHost {
  const ribbon = createExcelHost(profile, book);
  ribbon.install();
  return ribbon;
}

/** What the pane would highlight with `profile` on a fresh copy of the same table. */
async function expectedWith(profile: ExcelHost['profile'], chosen = OV) {
  const expected = tiltakHost(profile, 12);
  await runCheck(createExcelPort(expected.host.run), { selection: chosen, overrides: null, today: TODAY, texts: nb });
  return marked(expected.sheet);
}

describe.each(EACH_PROFILE)('ribbon Valider on %s', (_name, profile) => {
  it('checks with the profile the pane saved, also when the ribbon’s runtime started before the pane saved it', async () => {
    const pane = tiltakHost(profile, 12);
    const ribbon = createExcelHost(profile, pane.host.book);
    await createExcelPort(pane.host.run).saveStoredProfile({ kind: 'builtin', id: OV.id });
    ribbon.install();
    const event = ribbonEvent();
    await validateCommand(event, { today: TODAY });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(ribbon.dialogs).toEqual([]);

    const byDefault = tiltakHost(profile, 12);
    await validateCommand(ribbonEvent(), { today: TODAY });
    expect(marked(pane.sheet)).toEqual(await expectedWith(profile));
    expect(marked(pane.sheet)).not.toEqual(marked(byDefault.sheet));
  });

  it('checks with a profile file kept in the workbook, and with the fitting profile when that JSON is broken', async () => {
    const own = { ...OV, id: 'egen-2025', name: 'Egen runde' };
    const loaded = tiltakHost(profile, 12);
    await createExcelPort(loaded.host.run).saveStoredProfile({ kind: 'file', json: JSON.stringify(own) });
    ribbonOn(loaded.host.book, profile);
    await validateCommand(ribbonEvent(), { today: TODAY });
    expect(marked(loaded.sheet)).toEqual(await expectedWith(profile));

    const broken = tiltakHost(profile, 12);
    await createExcelPort(broken.host.run).saveStoredProfile({ kind: 'file', json: '{ ikke json' });
    ribbonOn(broken.host.book, profile);
    await validateCommand(ribbonEvent(), { today: TODAY });
    const fitting = tiltakHost(profile, 12);
    await validateCommand(ribbonEvent(), { today: TODAY });
    expect(marked(broken.sheet)).toEqual(marked(fitting.sheet));
  });

  it('tells the user in a dialog when it cannot check, and completes once the dialog is closed', async () => {
    const book = new HostWorkbook();
    book.addSheet('Ark1').set('A1', 'Handleliste');
    const host = ribbonOn(book, profile);
    const event = ribbonEvent();
    const done = validateCommand(event, { today: TODAY });
    await waitFor(() => host.dialogs.length > 0);
    expect(host.dialogs).toHaveLength(1);
    const text = new URL(host.dialogs[0]!.url).searchParams.get('tekst') ?? '';
    expect(text).toMatch(/^Valider i båndet .*[.]$/);
    expect(event.completed).not.toHaveBeenCalled();
    host.dialogs[0]!.closeByUser();
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('tells the user in a dialog when Excel fails the check, in Norwegian', async () => {
    const { host } = tiltakHost(withExcelApi(profile, 8), 3);
    const done = validateCommand(ribbonEvent(), { today: TODAY });
    await waitFor(() => host.dialogs.length > 0);
    expect(new URL(host.dialogs[0]!.url).searchParams.get('tekst')).toMatch(/Oppdater Excel/);
    host.dialogs[0]!.closeByUser();
    await done;
  });
});

describe('ribbon Valider in a nynorsk Office', () => {
  it('says why it could not check in nynorsk', async () => {
    const book = new HostWorkbook();
    book.addSheet('Ark1').set('A1', 'Handleliste');
    const host = createExcelHost(EACH_PROFILE[0]![1], book, { displayLanguage: 'nn-NO' });
    host.install();
    const done = validateCommand(ribbonEvent(), { today: TODAY });
    await waitFor(() => host.dialogs.length > 0);
    const url = new URL(host.dialogs[0]!.url);
    expect(url.searchParams.get('tekst')).toMatch(/^Valider i bandet kunne ikkje sjekke arbeidsboka\. /);
    expect(url.searchParams.get('sprak')).toBe('nn');
    host.dialogs[0]!.closeByUser();
    await done;
  });
});
