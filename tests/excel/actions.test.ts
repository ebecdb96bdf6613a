import { createExcelPort } from '../../src/excel/port';
import { createExcelHost } from '../office-host/host';
import { EXCEL_WEB } from '../office-host/profiles';
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

  it('selects a finding of 3 000 cells without an address Excel refuses (office-js #5198)', async () => {
    const { host } = tiltakHost(profile, 3000);
    const cells = Array.from({ length: 3000 }, (_, i) => `D${i + 3}`);
    await createExcelPort(host.run).select('Tiltak', cells);
    expect(host.state.selection?.address.startsWith('D3')).toBe(true);
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

describe('Gå til in a development build on Microsoft 365', () => {
  it('selects the first cell where the npm Office.js client has no RangeAreas.select, though Excel has ExcelApi 1.18', async () => {
    const { host } = tiltakHost(EXCEL_WEB, 3);
    const npm = createExcelHost(EXCEL_WEB, host.book, { client: 'npm' });
    npm.install();
    await createExcelPort(npm.run).select('Tiltak', ['D3', 'M3']);
    expect(npm.state.selection).toEqual({ sheet: 'Tiltak', address: 'D3' });
  });
});
