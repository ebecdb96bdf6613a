import { formatsFor } from '../../src/i18n/format';
import { nb } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';

describe.each(['nb', 'nn'] as const)('formats in %s', (language) => {
  const f = formatsFor(language);

  it('groups thousands with plain spaces and writes a real minus sign', () => {
    expect(f.number(1234567.5)).toBe('1 234 567,5');
    expect(f.number(-5000)).toBe('−5 000');
    expect(f.nok(150000)).toBe('150 000 kr');
    expect(f.nok(150000.5)).toBe('150 000,50 kr');
    expect(f.nok(1234567.891)).toBe('1 234 567,89 kr');
  });

  it('writes shares as percent with at most two decimals', () => {
    expect(f.percent(0.3)).toBe('30 %');
    expect(f.percent(0.3412)).toBe('34,12 %');
    expect(f.percent(0.30004)).toBe('30 %');
  });

  it('writes dates day first without leading zeros', () => {
    expect(f.date('2024-12-31')).toBe('31.12.2024');
    expect(f.date('2024-08-01')).toBe('1.8.2024');
  });

  it('joins lists with og / eller and no comma before the last', () => {
    expect(f.list(['L8', 'G8'])).toBe('L8 og G8');
    expect(f.list(['a', 'b', 'c'])).toBe('a, b og c');
    expect(f.list(['a', 'b', 'c'], 'or')).toBe('a, b eller c');
    expect(f.list(['a'])).toBe('a');
  });
});

describe('counts', () => {
  it('says "1 fil" and "2 filer" in both languages', () => {
    for (const texts of [nb, textsFor('nn')]) {
      expect(texts.common.files(1)).toBe('1 fil');
      expect(texts.common.files(2)).toBe('2 filer');
    }
  });

  it('names warnings in each language', () => {
    expect(nb.common.warnings(1)).toBe('1 advarsel');
    expect(nb.common.warnings(3)).toBe('3 advarsler');
    expect(textsFor('nn').common.warnings(1)).toBe('1 åtvaring');
    expect(textsFor('nn').common.warnings(3)).toBe('3 åtvaringar');
  });
});
