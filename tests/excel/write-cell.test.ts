import { createExcelPort } from '../../src/excel/port';
import { EACH_PROFILE, tiltakHost } from './workbooks';

describe.each(EACH_PROFILE)('a one-click fix on %s', (_name, profile) => {
  it('writes one value into one cell and leaves its number format, its neighbours and all styles alone', async () => {
    const { host, sheet } = tiltakHost(profile, 3);
    sheet.set('I4', 'ca. 200 000');
    sheet.numberFormats.set('3:8', '# ##0 "kr"');
    const styles = sheet.styles.length;
    host.stats.reset();

    await createExcelPort(host.run).writeCellValue('Tiltak', 'I4', 200000);

    expect(sheet.get('I4')).toBe(200000);
    expect(sheet.numberFormats.get('3:8')).toBe('# ##0 "kr"');
    expect([sheet.get('H4'), sheet.get('J4'), sheet.get('I3'), sheet.get('I5')]).toEqual(['USN', 50000, 100000, 100000]);
    // No style was written (the host logs every format write) and the fix took one request.
    expect(sheet.styles.length).toBe(styles);
    expect(host.stats.syncs).toBe(1);
  });

  it('refuses a sheet that is gone with a Norwegian sentence, writing nothing', async () => {
    const { host, sheet } = tiltakHost(profile, 1);
    await expect(createExcelPort(host.run).writeCellValue('Borte', 'I3', 1)).rejects.toThrow(/[æøåa-z]/);
    expect(sheet.get('I3')).toBe(100000);
  });
});
