import { createExcelPort } from '../../src/excel/port';
import { check, EACH_PROFILE, overlays, tiltakHost, waitFor } from './workbooks';

describe.each(EACH_PROFILE)('live re-check on %s', (_name, profile) => {
  it("calls back for the user's edits, not for the add-in's own writes or a co-author's", async () => {
    const { host } = tiltakHost(profile, 3);
    const port = createExcelPort(host.run);
    const calls: string[] = [];
    const off = await port.onChanged(() => calls.push('changed'));
    await port.createPartnershipSheet([['Partnerskap', 'Vest-Viken']]);
    await host.settled();
    expect(calls).toEqual([]);
    host.userEdit('Tiltak', 'B3', 'Tiltak X', { remote: true });
    await host.settled();
    expect(calls).toEqual([]);
    host.userEdit('Tiltak', 'B3', 'Tiltak Y');
    await host.settled();
    expect(calls).toEqual(['changed']);
    off();
    await host.settled();
  });

  it('waits while the user is editing a cell instead of failing', async () => {
    const { host } = tiltakHost(profile, 3);
    const port = createExcelPort(host.run);
    host.beginCellEdit();
    const checked = port.check(check);
    setTimeout(() => host.endCellEdit(), 20);
    await expect(checked).resolves.toEqual(expect.any(Array));
  });

  it('rewrites the highlights only when the findings changed (a rewrite clears Excel’s undo stack)', async () => {
    const { host, sheet } = tiltakHost(profile, 20);
    const port = createExcelPort(host.run);
    await port.check(check);
    const ids = overlays(sheet).map((f) => f.id);
    host.stats.reset();
    await port.check(check, { onlyIfChanged: true });
    expect(overlays(sheet).map((f) => f.id)).toEqual(ids);
    expect(host.stats.syncs).toBe(1);
    sheet.set('D3', 'Gjennomføring');
    await port.check(check, { onlyIfChanged: true });
    expect(sheet.formatsAt('D3').filter((f) => overlays(sheet).includes(f))).toEqual([]);
  });
});

describe.each(EACH_PROFILE)('a pick from a drop-down list on %s', (_name, profile) => {
  it('re-checks once the user moves on, also where Excel raises no change event for it (the web, office-js #3888)', async () => {
    const { host } = tiltakHost(profile, 3);
    const port = createExcelPort(host.run);
    const calls: string[] = [];
    const off = await port.onChanged(() => calls.push('changed'));
    host.userSelect('Tiltak', 'D4');
    await host.settled();
    host.userPick('Tiltak', 'D4', 'Vurdering');
    host.userSelect('Tiltak', 'E4');
    await host.settled();
    await waitFor(() => calls.length > 0);
    expect(calls.length).toBeGreaterThan(0);
    off();
  });
});
