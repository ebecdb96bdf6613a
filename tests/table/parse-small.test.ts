import { parseInteger } from '../../src/table/parse/integer';
import { parseText } from '../../src/table/parse/text';
import { parseYesNo } from '../../src/table/parse/yesno';
import { PARSERS } from '../../src/table/parse';
import { EMPTY } from '../../src/table/parse/value';
import { invalid, ok } from './helpers';

describe('parseYesNo', () => {
  it.each([
    ['ja', true],
    ['Ja', true],
    ['JA.', true],
    ['yes', true],
    ['x', true],
    ['X', true],
    ['sant', true],
    ['TRUE', true],
    ['1', true],
    [1, true],
    [true, true],
    ['nei', false],
    ['Nei', false],
    ['no', false],
    ['usant', false],
    ['false', false],
    ['0', false],
    [0, false],
    [false, false],
  ])('reads %p as %p', (input, value) => expect(parseYesNo(input)).toEqual(ok(value)));

  it.each([
    ['Ja, signert 15.11.2023', true],
    ['Nei – kommer i januar', false],
    ['Nei, ikke ennå', false],
    ['JA: avtalen ligger i sak 24/117', true],
  ])('reads the answer in front of a remark: %p', (input, value) => {
    expect(parseYesNo(input)).toEqual({ kind: 'ok', value, raw: input });
  });

  it.each(['kanskje', 'ja, delvis', 'j', '2', 2, 'nei takk', 'ja/nei', 'Ja eller nei', 'Ja, men ikke signert', 'Jada'])(
    'refuses %p',
    (input) => {
      expect(parseYesNo(input)).toEqual(invalid('unreadable'));
    },
  );
});

describe('parseInteger', () => {
  it.each([
    [25, 25],
    ['25', 25],
    [' 1 200 ', 1200],
    ['1\u00a0200', 1200],
    [0, 0],
    [-0, 0],
  ])('reads %p as %p', (input, value) => expect(parseInteger(input)).toEqual(ok(value)));

  it.each([2.5, -3, '2,5', '-3', 'ca. 30', '30 stk', '1.200', '12 00', true])('refuses %p', (input) => {
    expect(parseInteger(input)).toEqual(invalid('unreadable'));
  });
});

describe('parseText', () => {
  it('trims text and shows numbers and dates as text', () => {
    expect(parseText('  Lesing i barnehagen \n')).toEqual(ok('Lesing i barnehagen', 'Lesing i barnehagen'));
    expect(parseText(7)).toEqual(ok('7', '7'));
    expect(parseText(new Date(Date.UTC(2024, 0, 2)))).toEqual(ok('2024-01-02', '2024-01-02'));
    expect(parseText(' \t ')).toEqual({ kind: 'empty' });
    expect(parseText({ error: '#VALUE!' })).toEqual({ kind: 'error', code: '#VALUE!' });
  });
});

describe('PARSERS', () => {
  it('has a parser for every field kind, each keeping Excel errors as errors', () => {
    for (const parse of Object.values(PARSERS)) expect(parse({ error: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
  });

  it('answers every blank cell with the one shared EMPTY, which the row reader relies on', () => {
    for (const parse of Object.values(PARSERS)) {
      expect(parse(null)).toBe(EMPTY);
      expect(parse(' \u00a0\n')).toBe(EMPTY);
    }
    expect(Object.isFrozen(EMPTY)).toBe(true);
  });
});
