import type { Finding } from '../../src/domain/model';
import { createExcelPort } from '../../src/excel/port';
import { conditionalStyle } from '../office-host/conditional-style';
import { EACH_PROFILE, overlays, tiltakHost } from './workbooks';

const finding = (severity: Finding['severity'], cells: string[]): Finding =>
  ({ rule: 'test', severity, sheet: 'Tiltak', cells, message: 'x' }) as unknown as Finding;

describe.each(EACH_PROFILE)('highlights not by colour alone on %s', (_name, profile) => {
  it('marks an error bold in a solid frame and a warning italic in a dashed one', async () => {
    const { host, sheet } = tiltakHost(profile, 3);
    await createExcelPort(host.run).highlight([finding('error', ['D3']), finding('warning', ['B3'])]);
    const styleAt = (address: string) => conditionalStyle(sheet.formatsAt(address).find((f) => overlays(sheet).includes(f))!);
    const edges = (style: Record<string, unknown>, property: string) =>
      ['top', 'bottom', 'left', 'right'].map((edge) => style[`borders.${edge}.${property}`]);

    const error = styleAt('D3');
    expect([error['font.bold'], error['font.italic']]).toEqual([true, false]);
    expect(edges(error, 'style')).toEqual(['Continuous', 'Continuous', 'Continuous', 'Continuous']);
    const warning = styleAt('B3');
    expect([warning['font.bold'], warning['font.italic']]).toEqual([false, true]);
    expect(edges(warning, 'style')).toEqual(['Dash', 'Dash', 'Dash', 'Dash']);
    // The user's own cell formats are not touched: the styles live in the removable overlay.
    expect(sheet.styles).toEqual([]);
  });
});
