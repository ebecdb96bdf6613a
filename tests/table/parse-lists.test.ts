import { parseList, splitList } from '../../src/table/parse/list';
import { parseOrgnr } from '../../src/table/parse/orgnr';
import { parseTargetGroups } from '../../src/table/parse/targetGroups';
import { invalid, ok } from './helpers';

describe('parseList', () => {
  it('splits on comma, semicolon, line breaks, "og" and "&", trimming and dropping blanks', () => {
    expect(parseList('Drammen, Lier; Øvre Eiker\nModum og Sigdal & Flå\r\nKrødsherad')).toEqual(
      ok(['Drammen', 'Lier', 'Øvre Eiker', 'Modum', 'Sigdal', 'Flå', 'Krødsherad']),
    );
    expect(parseList('Drammen,, ;Lier,')).toEqual(ok(['Drammen', 'Lier'], 'Drammen,, ;Lier,'));
    expect(parseList('Drammen OG Lier')).toEqual(ok(['Drammen', 'Lier']));
  });

  it('keeps "og" inside a word and names with other punctuation whole', () => {
    expect(splitList('Nord-Odal, Sogndal')).toEqual(['Nord-Odal', 'Sogndal']);
    expect(splitList('Universitetet i Sørøst-Norge')).toEqual(['Universitetet i Sørøst-Norge']);
    expect(splitList('Høgskolen i Innlandet/Hamar')).toEqual(['Høgskolen i Innlandet/Hamar']);
  });

  it('keeps municipality and county names with "og" whole (Møre og Romsdal, Nore og Uvdal, Evje og Hornnes)', () => {
    expect(splitList('Møre og Romsdal fylkeskommune')).toEqual(['Møre og Romsdal fylkeskommune']);
    expect(splitList('Nore og Uvdal kommune og Flesberg')).toEqual(['Nore og Uvdal kommune', 'Flesberg']);
    expect(splitList('Evje og Hornnes & Bygland, møre OG romsdal')).toEqual(['Evje og Hornnes', 'Bygland', 'møre OG romsdal']);
    // Only whole names: "Romsdal" alone is no reason to keep "Molde og Romsdal" together.
    expect(splitList('Molde og Romsdal')).toEqual(['Molde', 'Romsdal']);
  });

  it('is empty when nothing but separators is written', () => {
    expect(parseList(' , ; ')).toEqual({ kind: 'empty' });
    expect(parseList(null)).toEqual({ kind: 'empty' });
  });

  it('reads a number as a one-item list and keeps errors', () => {
    expect(parseList(3)).toEqual(ok(['3'], '3'));
    expect(parseList({ error: '#DIV/0!' })).toEqual({ kind: 'error', code: '#DIV/0!' });
  });
});

describe('parseOrgnr', () => {
  it('removes spaces inside each number, leaving the check to the domain', () => {
    expect(parseOrgnr('974 760 673; 964\u00a0338\u00a0531')).toEqual(ok(['974760673', '964338531']));
    expect(parseOrgnr('974760673 og 12345')).toEqual(ok(['974760673', '12345']));
  });

  it('turns a number cell into its digits', () => {
    expect(parseOrgnr(974760673)).toEqual(ok(['974760673'], '974760673'));
  });

  it('keeps blanks and errors apart', () => {
    expect(parseOrgnr(' ')).toEqual({ kind: 'empty' });
    expect(parseOrgnr({ error: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
  });
});

describe('parseTargetGroups', () => {
  it('maps singular, plural and definite forms to the allowed values, once each', () => {
    expect(parseTargetGroups('Barnehager, PP-tjenesten, laget rundt barnet')).toEqual(ok(['barnehage', 'PPT', 'laget rundt barnet']));
    expect(parseTargetGroups('skole; Skoler\nSKOLEN')).toEqual(ok(['skole']));
    expect(parseTargetGroups('PPT, leder, eiere')).toEqual(ok(['PPT', 'ledere', 'eiere']));
    expect(parseTargetGroups('barnehage og skole')).toEqual(ok(['barnehage', 'skole']));
    expect(parseTargetGroups('Laget rundt barnet og eleven')).toEqual(ok(['laget rundt barnet']));
  });

  it('names the items outside the list', () => {
    expect(parseTargetGroups('skole, foreldre, elever')).toEqual({
      kind: 'invalid',
      raw: 'skole, foreldre, elever',
      reason: 'not-allowed',
      detail: 'foreldre, elever',
    });
    expect(parseTargetGroups('Skoleledere')).toEqual(invalid('not-allowed'));
  });
});
