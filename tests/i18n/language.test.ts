import { chooseLanguage, parseLanguage } from '../../src/i18n/language';
import { loadTexts, nb } from '../../src/i18n';

describe('parseLanguage', () => {
  it.each([
    ['nn', 'nn'],
    ['nn-NO', 'nn'],
    ['NN_no', 'nn'],
    ['nynorsk', 'nn'],
    ['nno', 'nn'],
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['bokmål', 'nb'],
  ])('reads %s as %s', (text, language) => {
    expect(parseLanguage(text)).toBe(language);
  });

  it.each(['en-US', 'sv', '', undefined, null])('knows nothing of %s', (text) => {
    expect(parseLanguage(text)).toBeUndefined();
  });
});

describe('chooseLanguage', () => {
  it('takes what the workbook stores before what Office says', () => {
    expect(chooseLanguage('nb', 'nn-NO')).toBe('nb');
    expect(chooseLanguage('nn', 'en-US')).toBe('nn');
  });

  it('follows a nynorsk Office when the workbook stores nothing usable', () => {
    expect(chooseLanguage(null, 'nn-NO')).toBe('nn');
    expect(chooseLanguage('fr', 'nn-NO')).toBe('nn');
  });

  it('falls back to bokmål', () => {
    expect(chooseLanguage(undefined, 'en-US')).toBe('nb');
    expect(chooseLanguage(undefined, undefined)).toBe('nb');
  });
});

describe('loadTexts', () => {
  it('gives bokmål at once and nynorsk on demand, each with its own language', async () => {
    expect(await loadTexts('nb')).toBe(nb);
    const nn = await loadTexts('nn');
    expect(nn.language).toBe('nn');
    expect(nn.common.warnings(2)).toBe('2 åtvaringar');
  });
});
