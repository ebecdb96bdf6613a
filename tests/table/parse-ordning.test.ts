import { parseOrdning } from '../../src/table/parse/ordning';
import { invalid, ok } from './helpers';

describe('parseOrdning', () => {
  it.each([
    ['Regional ordning', 'regional'],
    ['Regional ordning for kompetanseutvikling i barnehage', 'regional'],
    ['REKOM', 'regional'],
    ['rekomp', 'regional'],
    ['Dekom', 'desentralisert'],
    ['DEKOMP', 'desentralisert'],
    ['desentralisert', 'desentralisert'],
    ['Desentralisert ordning for kompetanseutvikling i skolen', 'desentralisert'],
    ['Kompetanseløftet', 'kompetanseloftet'],
    ['kompetanseloftet', 'kompetanseloftet'],
    ['Kompetanseløftet for spesialpedagogikk og inkluderende praksis', 'kompetanseloftet'],
    ['Spesialpedagogikk', 'kompetanseloftet'],
    ['inkluderende praksis', 'kompetanseloftet'],
    ['Regional ordning (Rekom)', 'regional'],
  ])('reads %p as %p', (input, value) => expect(parseOrdning(input)).toEqual(ok(value, input)));

  it('names every ordning of a cell that names several, in the order written', () => {
    expect(parseOrdning('Dekom/Rekom')).toEqual({
      kind: 'invalid',
      raw: 'Dekom/Rekom',
      reason: 'multiple',
      detail: 'desentralisert, regional',
    });
    expect(parseOrdning('Rekom og kompetanseløftet')).toEqual(
      expect.objectContaining({ reason: 'multiple', detail: 'regional, kompetanseløftet' }),
    );
  });

  it('refuses text that names no ordning', () => {
    expect(parseOrdning('statlig')).toEqual(invalid('not-allowed', 'statlig'));
    expect(parseOrdning('Kompetanseutvikling')).toEqual(invalid('not-allowed'));
    expect(parseOrdning(3)).toEqual(invalid('not-allowed', '3'));
  });

  it('keeps blanks empty and errors as errors', () => {
    expect(parseOrdning('   ')).toEqual({ kind: 'empty' });
    expect(parseOrdning({ error: '#NAME?' })).toEqual({ kind: 'error', code: '#NAME?' });
  });
});
