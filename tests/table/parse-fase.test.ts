import { parseFase } from '../../src/table/parse/fase';
import { invalid, ok } from './helpers';

describe('parseFase', () => {
  it.each([
    ['Vurdering av kompetansebehov', 'vurdering'],
    ['Planlegging og utvikling av kompetansetiltak', 'planlegging'],
    ['Gjennomføring av kompetansetiltak', 'gjennomforing'],
  ])('reads the official name %p as exactly one fase', (input, value) => expect(parseFase(input)).toEqual(ok(value, input)));

  it.each([
    ['vurdering', 'vurdering'],
    ['Kartlegging', 'vurdering'],
    ['Behovskartlegging', 'vurdering'],
    ['behov', 'vurdering'],
    ['Planlegging', 'planlegging'],
    ['planlegge', 'planlegging'],
    ['Utvikling', 'planlegging'],
    ['gjennomføring', 'gjennomforing'],
    ['GJENNOMFORING', 'gjennomforing'],
    ['Gjennomføre', 'gjennomforing'],
    ['Gjennomføring av kompetanseutvikling', 'gjennomforing'],
    ['Gjennomføring i 2 år', 'gjennomforing'],
    ['1', 'vurdering'],
    ['2', 'planlegging'],
    ['3.', 'gjennomforing'],
    ['Fase 2', 'planlegging'],
    ['fase2', 'planlegging'],
    ['Fase 3: Gjennomføring', 'gjennomforing'],
    ['Fase 1 – vurdering av behov', 'vurdering'],
  ])('reads %p as %p', (input, value) => expect(parseFase(input)).toEqual(ok(value, input)));

  it('reads a number cell by its number', () => {
    expect(parseFase(2)).toEqual(ok('planlegging', '2'));
    expect(parseFase(3)).toEqual(ok('gjennomforing', '3'));
  });

  it('does not take "kompetanseutvikling" for the planning phase', () => {
    expect(parseFase('Kompetanseutvikling')).toEqual(invalid('not-allowed', 'Kompetanseutvikling'));
  });

  it.each([
    ['Vurdering og gjennomføring', 'vurdering, gjennomføring'],
    ['Kartlegging og planlegging', 'vurdering, planlegging'],
    ['Fase 2 og 3', 'planlegging, gjennomføring'],
    ['2, 3', 'planlegging, gjennomføring'],
    ['Planlegging/gjennomføring', 'planlegging, gjennomføring'],
    ['Fase 1: planlegging', 'vurdering, planlegging'],
  ])('refuses %p as multiple and names them', (input, detail) => {
    expect(parseFase(input)).toEqual({ kind: 'invalid', raw: input, reason: 'multiple', detail });
  });

  it.each(['Evaluering', '4', 'Fase 4', '2024', 'pågår'])('refuses %p as not one of the three', (input) => {
    expect(parseFase(input)).toEqual(invalid('not-allowed', input));
  });

  it('keeps blanks empty and errors as errors', () => {
    expect(parseFase('')).toEqual({ kind: 'empty' });
    expect(parseFase({ error: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
  });
});
