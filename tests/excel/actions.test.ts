import { createExcelPort } from '../../src/excel/port';
import { EACH_PROFILE, tiltakHost } from './workbooks';

describe.each(EACH_PROFILE)('Gå til and Partnerskap on %s', (_name, profile) => {
  it('selects the cells of a finding; one cell where Excel cannot select several areas (below ExcelApi 1.18)', async () => {
    const { host } = tiltakHost(profile, 3);
    host.book.addSheet('Annet').set('A1', 'x');
    host.state.activeSheet = 'Annet';
    await createExcelPort(host.run).select('Tiltak', ['D3', 'M3']);
    expect(host.state.activeSheet).toBe('Tiltak');
    expect(host.state.selection).toEqual({ sheet: 'Tiltak', address: profile.excelApi >= 18 ? 'D3,M3' : 'D3' });
  });

  it('creates the Partnerskap sheet with text values, never formulas', async () => {
    const { host } = tiltakHost(profile, 1);
    const port = createExcelPort(host.run);
    await port.createPartnershipSheet([
      ['Partnerskap', 'Vest-Viken'],
      ['Telefon', '+47 99 99 99 99'],
    ]);
    const sheet = host.book.sheet('Partnerskap');
    expect(sheet.get('B2')).toBe('+47 99 99 99 99');
    expect(sheet.numberFormats.get('1:1')).toBe('@');
    await expect(port.createPartnershipSheet([['Partnerskap', 'x']])).rejects.toThrow('finnes allerede');
  });
});
