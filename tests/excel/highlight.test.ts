import type { Finding } from '../../src/domain/model';
import { createExcelPort } from '../../src/excel/port';
import { check, EACH_PROFILE, overlays, tiltakHost } from './workbooks';

const finding = (severity: Finding['severity'], cells: string[]): Finding =>
  ({ rule: 'test', severity, sheet: 'Tiltak', cells, message: 'x' }) as unknown as Finding;

describe.each(EACH_PROFILE)('highlights on %s', (_name, profile) => {
  it('marks the cells of each finding with its own conditional format and leaves user formats and values alone', async () => {
    const { host, sheet } = tiltakHost(profile, 20);
    sheet.formats.push({
      id: 'user-1',
      type: 'Custom',
      formula: '=A1>5',
      fill: '#00FF00',
      areas: [{ top: 2, left: 8, bottom: 21, right: 8 }],
    });
    const before = JSON.stringify(sheet.rows);
    const findings = await createExcelPort(host.run).check(check);
    expect(findings.filter((f) => f.rule === 'phase-multiple').map((f) => f.cells[0])).toEqual(['D3', 'D13']);
    expect(
      sheet
        .formatsAt('D3')
        .filter((f) => overlays(sheet).includes(f))
        .map((f) => f.fill),
    ).toEqual(['#F8C9C4']);
    expect(sheet.formats.find((f) => f.id === 'user-1')).toBeDefined();
    expect(JSON.stringify(sheet.rows)).toBe(before);
  });

  it('gives a cell with an error the error overlay only, also when it has a warning', async () => {
    const { host, sheet } = tiltakHost(profile, 3);
    await createExcelPort(host.run).highlight([finding('warning', ['B3', 'D3']), finding('error', ['D3'])]);
    expect(
      sheet
        .formatsAt('D3')
        .filter((f) => overlays(sheet).includes(f))
        .map((f) => f.fill),
    ).toEqual(['#F8C9C4']);
    expect(
      sheet
        .formatsAt('B3')
        .filter((f) => overlays(sheet).includes(f))
        .map((f) => f.fill),
    ).toEqual(['#FFE3A3']);
  });

  it('replaces its highlights on the next Valider; Fjern markering removes exactly its own', async () => {
    const { host, sheet } = tiltakHost(profile, 20);
    sheet.formats.push({
      id: 'user-1',
      type: 'Custom',
      formula: '=A1>5',
      fill: '#00FF00',
      areas: [{ top: 2, left: 8, bottom: 21, right: 8 }],
    });
    const port = createExcelPort(host.run);
    await port.check(check);
    sheet.set('D3', 'Gjennomføring');
    await port.check(check);
    expect(sheet.formatsAt('D3').filter((f) => overlays(sheet).includes(f))).toEqual([]);
    expect(sheet.formatsAt('D13').filter((f) => overlays(sheet).includes(f))).toHaveLength(1);
    await port.clearHighlights();
    expect(sheet.formats.map((f) => f.id)).toEqual(['user-1']);
  });

  it('keeps working when a user rule cannot be read (office-js #2180, #6827)', async () => {
    const { host, sheet } = tiltakHost(profile, 20);
    sheet.formats.push({ id: 'user-bad', type: 'IconSet', areas: [{ top: 2, left: 9, bottom: 21, right: 9 }], unreadable: true });
    const port = createExcelPort(host.run);
    await port.check(check);
    expect(overlays(sheet).length).toBeGreaterThan(0);
    await port.check(check);
    await port.clearHighlights();
    expect(sheet.formats.map((f) => f.id)).toEqual(['user-bad']);
  });

  it('Fjern markering also removes overlays a previous session left (ids not remembered)', async () => {
    const { host, sheet } = tiltakHost(profile, 20);
    await createExcelPort(host.run).check(check);
    const left = overlays(sheet).length;
    expect(left).toBeGreaterThan(0);
    for (const key of Object.keys(host.book.settings)) delete host.book.settings[key];
    const { createExcelHost } = await import('../office-host/host');
    const next = createExcelHost(profile, host.book);
    next.install();
    await createExcelPort(next.run).clearHighlights();
    expect(overlays(sheet)).toEqual([]);
  });
});
