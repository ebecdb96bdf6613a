/**
 * Finding the add-in's own overlays again where Excel is less kind than a single session: an old
 * Excel without ConditionalFormatCollection.getItemOrNullObject, a workbook saved and opened again
 * (new sheet and format ids), the ribbon beside the pane (each runtime its own settings copy), and a
 * document whose settings must not be saved by Valider.
 */
import { validateCommand } from '../../src/commands/validate';
import { createExcelPort } from '../../src/excel/port';
import { createExcelHost, type ExcelHost } from '../office-host/host';
import { reopen } from '../office-host/reopen';
import type { HostSheet, HostWorkbook } from '../office-host/workbook';
import { check, EACH_PROFILE, overlays, tiltakHost } from './workbooks';

const ribbonEvent = () => ({ completed: jest.fn() }) as unknown as Office.AddinCommands.Event & { completed: jest.Mock };

/** The add-in's overlays on a cell: at most one, and only where a finding is. */
const overlaysAt = (sheet: HostSheet, address: string) => sheet.formatsAt(address).filter((f) => overlays(sheet).includes(f));

/** Every cell carries at most one overlay. */
function expectNoDoubles(sheet: HostSheet): void {
  const seen = new Map<string, number>();
  for (const f of overlays(sheet))
    for (const a of f.areas)
      for (let r = a.top; r <= a.bottom; r++)
        for (let c = a.left; c <= a.right; c++) seen.set(`${r}:${c}`, (seen.get(`${r}:${c}`) ?? 0) + 1);
  expect([...seen.values()].filter((n) => n > 1)).toEqual([]);
}

/** A user rule on J3:J22 that Excel can report, recognised afterwards by its formula, whatever its id. */
function addUserRule(sheet: HostSheet, extra: Partial<HostSheet['formats'][number]> = {}) {
  sheet.formats.push({
    id: 'user-1',
    type: 'Custom',
    formula: '=J3>40000',
    fill: '#00FF00',
    areas: [{ top: 2, left: 9, bottom: 21, right: 9 }],
    ...extra,
  });
}
const userRules = (sheet: HostSheet) => sheet.formats.filter((f) => f.formula === '=J3>40000');

function openAgain(book: HostWorkbook, profile: ExcelHost['profile'], sheetIds: 'kept' | 'renumbered'): ExcelHost {
  const host = createExcelHost(profile, reopen(book, { sheetIds }));
  host.install();
  return host;
}

describe.each(EACH_PROFILE)('own overlays found again on %s', (_name, profile) => {
  it('a second Valider, Fjern markering and the ribbon’s Valider work on every admitted Excel', async () => {
    const { host, sheet } = tiltakHost(profile, 20);
    const port = createExcelPort(host.run);
    await port.check(check);
    sheet.set('D3', 'Gjennomføring');
    await port.check(check);
    expect(overlaysAt(sheet, 'D3')).toEqual([]);
    expect(overlaysAt(sheet, 'D13')).toHaveLength(1);
    await port.clearHighlights();
    expect(overlays(sheet)).toEqual([]);
    const event = ribbonEvent();
    await validateCommand(event);
    expect(overlaysAt(sheet, 'D13')).toHaveLength(1);
    expect(host.dialogs).toEqual([]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it.each(['renumbered', 'kept'] as const)(
    'after save and reopen (sheet ids %s, format ids given out anew) a fixed cell loses its highlight, no cell gets two, the user’s rule stays',
    async (sheetIds) => {
      const { host } = tiltakHost(profile, 20);
      host.book.addSheet('Notater').set('A1', 'Husk fristen');
      addUserRule(host.book.sheet('Tiltak'));
      await createExcelPort(host.run).check(check);

      const next = openAgain(host.book, profile, sheetIds);
      const sheet = next.book.sheet('Tiltak');
      sheet.set('D3', 'Gjennomføring');
      await createExcelPort(next.run).check(check);

      expect(overlaysAt(sheet, 'D3')).toEqual([]);
      expect(overlaysAt(sheet, 'D13')).toHaveLength(1);
      expectNoDoubles(sheet);
      expect(userRules(sheet)).toHaveLength(1);
    },
  );

  it('pane and ribbon, each with its own settings: a cell fixed after the ribbon’s Valider loses its highlight at the pane’s next one, beside a user rule Excel cannot report', async () => {
    const pane = tiltakHost(profile, 20);
    const ribbon = createExcelHost(profile, pane.host.book);
    // A rule Excel cannot report (office-js #2180, #6827, #6835): reading anything beyond its type fails.
    pane.sheet.formats.push({ id: 'user-bad', type: 'Custom', areas: [{ top: 2, left: 9, bottom: 21, right: 9 }], unreadable: true });
    const port = createExcelPort(pane.host.run);
    await port.check(check);

    ribbon.install();
    await validateCommand(ribbonEvent());
    expectNoDoubles(pane.sheet);

    pane.sheet.set('D3', 'Gjennomføring');
    pane.host.install();
    await port.check(check);
    expect(overlaysAt(pane.sheet, 'D3')).toEqual([]);
    expect(overlaysAt(pane.sheet, 'D13')).toHaveLength(1);
    expectNoDoubles(pane.sheet);
    expect(pane.sheet.formats.filter((f) => f.id === 'user-bad')).toHaveLength(1);
  });

  it('Valider saves nothing into the document, so Excel’s undo list is not cleared by a save (office-js #3141)', async () => {
    const { host, sheet } = tiltakHost(profile, 20);
    host.book.settings['behovsmelding.profil'] = { kind: 'builtin', id: 'kompetansenettverk-2024' };
    const before = structuredClone(host.book.settings);
    const port = createExcelPort(host.run);
    await port.check(check);
    host.userEdit('Tiltak', 'B5', 'Lesing i alle fag');
    await port.check(check);
    await port.check(check, { onlyIfChanged: true });
    await port.clearHighlights();
    expect(host.stats.settingsSaves).toBe(0);
    expect(host.book.settings).toEqual(before);
    expect(overlays(sheet)).toEqual([]);

    // From ExcelApi 1.20 the add-in's writes join the undo list, so the user's edit can still be undone.
    host.userEdit('Tiltak', 'B6', 'Regning i alle fag');
    await port.check(check);
    expect(host.undoList().includes('Tiltak!B6')).toBe(profile.excelApi >= 20);
    // A live re-check that changes nothing writes nothing: the edit stays undoable on every version.
    host.userEdit('Tiltak', 'B7', 'Skriving i alle fag');
    await port.check(check, { onlyIfChanged: true });
    expect(host.undoList()).toContain('Tiltak!B7');
  });

  it('Valider works when the document’s settings cannot be saved', async () => {
    const { host, sheet } = tiltakHost(profile, 20);
    host.failSettingsSave();
    const port = createExcelPort(host.run);
    await port.check(check);
    sheet.set('D3', 'Gjennomføring');
    await port.check(check);
    expect(overlaysAt(sheet, 'D3')).toEqual([]);
    await expect(port.saveStoredProfile({ kind: 'builtin', id: 'kompetansenettverk-2024' })).rejects.toThrow(/innstillingene/);
  });
});
