import fc from 'fast-check';
import { parseAmount } from '../../src/table/parse/amount';
import { parsePeriod } from '../../src/table/parse/period';
import { parseFase, parseInteger, parseOrdning, parseTargetGroups, parseYesNo } from '../../src/table/parse/keywords';
import { parseList, parseOrgnrList } from '../../src/table/parse/list';

const ok = (value: unknown) => expect.objectContaining({ kind: 'ok', value });
const invalid = (reason: string) => expect.objectContaining({ kind: 'invalid', reason });

describe('amounts', () => {
  it.each([
    [150000, 150000],
    ['150000', 150000],
    ['150 000', 150000],
    ['150\u00a0000 kr', 150000],
    ['kr 150.000,-', 150000],
    ['NOK 150 000', 150000],
    ['150.000,50', 150000.5],
    ['1,5 mill', 1500000],
    ['2 mill.', 2000000],
    ['1.5 millioner', 1500000],
    ['150k', 150000],
    ['150 tusen', 150000],
    ['-5000', -5000],
    ['1.500', 1500],
  ])('reads %p as %p', (input, value) => {
    expect(parseAmount(input)).toEqual(ok(value));
  });

  it.each([
    ['1,500', 'ambiguous'],
    ['1.5', 'ambiguous'],
    ['ca. 150 000', 'unreadable'],
    ['150-200 000', 'unreadable'],
    ['se note', 'unreadable'],
    ['1,234567891 mill', 'unreadable'],
  ])('refuses %p (%s) and keeps the raw text', (input, reason) => {
    expect(parseAmount(input)).toMatchObject({ kind: 'invalid', reason, raw: input });
  });

  it('treats blanks as empty and Excel errors as errors, never as zero', () => {
    expect(parseAmount('  ')).toEqual({ kind: 'empty' });
    expect(parseAmount(null)).toEqual({ kind: 'empty' });
    expect(parseAmount({ error: '#VALUE!' })).toEqual({ kind: 'error', code: '#VALUE!' });
  });

  it('reads back any whole amount written with Norwegian separators', () => {
    const sep = fc.constantFrom(' ', '\u00a0', '.', '');
    const affix = fc.constantFrom(['', ''], ['kr ', ''], ['', ' kr'], ['', ',-'], ['kr ', ',-'], ['NOK ', '']);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), sep, affix, (n, s, [pre, post]) => {
        const digits = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, s);
        expect(parseAmount(`${pre}${digits}${post}`)).toEqual(ok(n));
      }),
    );
  });

  it('never throws and never guesses: any text is ok, invalid or empty', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseAmount(s);
        expect(['ok', 'invalid', 'empty']).toContain(r.kind);
        if (r.kind === 'ok') expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
  });
});

describe('periods', () => {
  it.each([
    [2024, '2024-01-01', '2024-12-31'],
    ['høst 2024', '2024-08-01', '2024-12-31'],
    ['Høsten 2024', '2024-08-01', '2024-12-31'],
    ['H2024', '2024-08-01', '2024-12-31'],
    ['vår 2025', '2025-01-01', '2025-07-31'],
    ['V25', '2025-01-01', '2025-07-31'],
    ['2024/2025', '2024-08-01', '2025-07-31'],
    ['2024/25', '2024-08-01', '2025-07-31'],
    ['1.8.2024', '2024-08-01', '2024-08-01'],
    ['2024-08-01', '2024-08-01', '2024-08-01'],
    ['august 2024', '2024-08-01', '2024-08-31'],
    ['feb. 2024', '2024-02-01', '2024-02-29'],
    [45505, '2024-08-01', '2024-08-01'],
    [new Date(Date.UTC(2024, 7, 1)), '2024-08-01', '2024-08-01'],
  ])('reads %p', (input, from, to) => {
    expect(parsePeriod(input)).toEqual(ok({ from, to }));
  });

  it.each(['31.02.2024', 'snart', '2024/2026', 'høst', '13.13.2024'])('refuses %p', (input) => {
    expect(parsePeriod(input)).toEqual(invalid('unreadable'));
  });

  it('reads back any date written as d.m.yyyy or yyyy-mm-dd', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-').map(Number);
        expect(parsePeriod(`${day}.${m}.${y}`)).toEqual(ok({ from: iso, to: iso }));
        expect(parsePeriod(iso)).toEqual(ok({ from: iso, to: iso }));
      }),
    );
  });
});

describe('ordning and fase', () => {
  it.each([
    ['Dekom', 'desentralisert'],
    ['Desentralisert ordning', 'desentralisert'],
    ['REKOM', 'regional'],
    ['Regional ordning for kompetanseutvikling i barnehage', 'regional'],
    ['Kompetanseløftet for spesialpedagogikk og inkluderende praksis', 'kompetanseloftet'],
    ['spesialpedagogikk', 'kompetanseloftet'],
  ])('reads ordning %p', (input, value) => expect(parseOrdning(input)).toEqual(ok(value)));

  it('refuses an unknown or double ordning', () => {
    expect(parseOrdning('statlig')).toEqual(invalid('not-allowed'));
    expect(parseOrdning('Dekom/Rekom')).toMatchObject({ kind: 'invalid', reason: 'multiple', detail: 'desentralisert, regional' });
  });

  it.each([
    ['Vurdering av kompetansebehov', 'vurdering'],
    ['Kartlegging', 'vurdering'],
    ['Planlegging og utvikling av kompetansetiltak', 'planlegging'],
    ['Gjennomføring av kompetansetiltak', 'gjennomforing'],
    ['Gjennomføring av kompetanseutvikling', 'gjennomforing'],
    ['Fase 2', 'planlegging'],
    [3, 'gjennomforing'],
  ])('reads fase %p', (input, value) => expect(parseFase(input)).toEqual(ok(value)));

  it('refuses several phases in one cell and names them', () => {
    expect(parseFase('Vurdering og gjennomføring')).toMatchObject({
      kind: 'invalid',
      reason: 'multiple',
      detail: 'vurdering, gjennomføring',
    });
    expect(parseFase('Evaluering')).toEqual(invalid('not-allowed'));
  });
});

describe('lists and small values', () => {
  it('splits lists on comma, semicolon, line break and "og"', () => {
    expect(parseList('Drammen, Lier; Øvre Eiker\nModum og Sigdal')).toEqual(ok(['Drammen', 'Lier', 'Øvre Eiker', 'Modum', 'Sigdal']));
  });

  it('normalises organisation numbers', () => {
    expect(parseOrgnrList('974 760 673; 964 338 531')).toEqual(ok(['974760673', '964338531']));
    expect(parseOrgnrList(974760673)).toEqual(ok(['974760673']));
  });

  it('reads ja/nei and whole numbers, and refuses the rest', () => {
    expect(parseYesNo('Ja')).toEqual(ok(true));
    expect(parseYesNo(false)).toEqual(ok(false));
    expect(parseYesNo('kanskje')).toEqual(invalid('unreadable'));
    expect(parseInteger('25')).toEqual(ok(25));
    expect(parseInteger(2.5)).toEqual(invalid('unreadable'));
  });

  it('maps target groups and names the stray ones', () => {
    expect(parseTargetGroups('Barnehager, PP-tjenesten, laget rundt barnet')).toEqual(ok(['barnehage', 'PPT', 'laget rundt barnet']));
    expect(parseTargetGroups('skole, foreldre')).toMatchObject({ kind: 'invalid', reason: 'not-allowed', detail: 'foreldre' });
  });
});
