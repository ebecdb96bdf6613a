import { createExcelPort } from '../../src/excel/port';
import type { ExportFile } from '../../src/port/workbook-port';
import { createExcelHost } from '../office-host/host';
import { onPlatform, type HostProfile } from '../office-host/profiles';
import { EACH_PROFILE } from './workbooks';

const file = (name: string, text = '{"a":1}'): ExportFile => ({
  name,
  mime: 'application/octet-stream',
  bytes: new TextEncoder().encode(text),
});

function portOn(profile: HostProfile) {
  const host = createExcelHost(profile);
  host.install();
  const browser = { download: jest.fn(), copyText: jest.fn(async () => undefined) };
  return { host, browser, port: createExcelPort(host.run, browser) };
}

describe.each(EACH_PROFILE)('Eksporter on %s', (_name, base) => {
  it('opens the xlsx as a new workbook in Excel, on every platform, and says where it went', async () => {
    const where = { PC: /eget Excel-vindu/, Mac: /bak dette vinduet.*«Vindu»-menyen/, OfficeOnline: /ny fane/ };
    for (const platform of ['PC', 'Mac', 'OfficeOnline'] as const) {
      const { host, browser, port } = portOn(onPlatform(base, platform));
      const result = await port.deliver(file('behovsmelding.xlsx', 'PK'));
      expect(host.state.opened).toEqual([Buffer.from('PK').toString('base64')]);
      expect(browser.download).not.toHaveBeenCalled();
      expect(result.message).toMatch(/ny arbeidsbok/);
      expect(result.message).toMatch(where[platform]);
    }
  });

  it('says what to do when Excel refuses to open a new workbook (extension hardening, office-js #3568)', async () => {
    for (const platform of ['PC', 'Mac'] as const) {
      const { host, browser, port } = portOn(onPlatform(base, platform));
      host.blockCreateWorkbook();
      const result = await port.deliver(file('behovsmelding.xlsx', 'PK'));
      expect(host.state.opened).toEqual([]);
      expect(browser.download).not.toHaveBeenCalled();
      expect(result.message).toMatch(/^Excel tillot ikke .*ny arbeidsbok.*Flytt eller kopier/);
    }
    // On the web the file can be downloaded instead.
    const web = portOn(onPlatform(base, 'OfficeOnline'));
    web.host.blockCreateWorkbook();
    const xlsx = file('behovsmelding.xlsx', 'PK');
    const result = await web.port.deliver(xlsx);
    expect(web.browser.download).toHaveBeenCalledWith(xlsx);
    expect(result.message).toMatch(/lastet ned/);
  });

  it('downloads PDF and JSON in Excel on the web only', async () => {
    const web = portOn(onPlatform(base, 'OfficeOnline'));
    const pdf = file('behovsmelding.pdf');
    const json = file('behovsmelding.json');
    await web.port.deliver(pdf);
    await web.port.deliver(json);
    expect(web.browser.download.mock.calls).toEqual([[pdf], [json]]);
  });

  it.each(['Mac', 'PC'] as const)(
    'on %s says how to save the print-ready sheet as PDF, and copies JSON to the clipboard',
    async (platform) => {
      const { browser, port } = portOn(onPlatform(base, platform));
      const pdf = await port.deliver(file('behovsmelding.pdf'));
      expect(pdf.message).toMatch(platform === 'Mac' ? /Fil > Eksporter/ : /Opprett PDF/);
      const json = await port.deliver(file('behovsmelding.json', '{"meldinger":[]}'));
      expect(browser.copyText).toHaveBeenCalledWith('{"meldinger":[]}');
      expect(json.message).toMatch(/utklippstavlen/);
      expect(browser.download).not.toHaveBeenCalled();
    },
  );
});
