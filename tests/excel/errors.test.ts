import { describeExcelError } from '../../src/excel/errors';
import { createExcelPort } from '../../src/excel/port';
import { missingFeaturesMessage } from '../../src/excel/requirements';
import { createExcelHost } from '../office-host/host';
import { EACH_PROFILE, tiltakHost } from './workbooks';
import { withExcelApi } from '../office-host/profiles';
import { EXCEL_2021 } from '../office-host/profiles';

describe.each(EACH_PROFILE)('errors from Excel on %s', (_name, profile) => {
  it('reach the user as a Norwegian sentence that says what to do', async () => {
    const { host } = tiltakHost(profile, 3);
    await expect(createExcelPort(host.run).select('Finnes ikke', ['A1'])).rejects.toThrow(/^Fant ikke .*Valider/);
  });
});

describe('Norwegian sentences for RichApi error codes', () => {
  it.each([
    ['ItemNotFound', /Fant ikke/],
    ['InvalidArgument', /ugyldig/],
    ['ApiNotFound', /Oppdater Excel/],
    ['InvalidOperationInCellEditMode', /redigerer en celle/],
    ['RequestPayloadSizeLimitExceeded', /for stor/],
    ['ResponsePayloadSizeLimitExceeded', /for stor/],
    ['GeneralException', /Prøv igjen/],
    ['SomethingNew', /Prøv igjen/],
  ])('%s', (code, sentence) => {
    const message = describeExcelError(Object.assign(new Error('English text from Excel'), { code }));
    expect(message).toMatch(sentence);
    expect(message).not.toMatch(/English/);
  });
});

describe('requirement sets', () => {
  it('names the highest missing version, compared as numbers (1.13 above 1.9)', () => {
    createExcelHost(withExcelApi(EXCEL_2021, 8)).install();
    expect(missingFeaturesMessage(['read', 'merges'])).toBe(
      'Denne versjonen av Excel kan ikke lese arbeidsboken og lese sammenslåtte celler (krever ExcelApi 1.13). Oppdater Excel, eller bruk Excel på nettet.',
    );
  });

  it.each(EACH_PROFILE)('names only merged cells as missing, and only below ExcelApi 1.13, on %s', (_name, profile) => {
    createExcelHost(profile).install();
    expect(missingFeaturesMessage()).toBe(
      profile.excelApi >= 13
        ? null
        : 'Denne versjonen av Excel kan ikke lese sammenslåtte celler (krever ExcelApi 1.13). Oppdater Excel, eller bruk Excel på nettet.',
    );
  });
});
