import { nb } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { GOOD_ROW, type RowInput } from '../domain/builders';
import { KN, only, run } from '../domain/run';

const nn = textsFor('nn');

/** A table that sets off most row rules at once: empty texts, bad values, several phases, a negative amount. */
const MESSY: RowInput[] = [
  { ...GOOD_ROW, forankring: undefined, kollektiv: undefined, laererutdanning: undefined },
  {
    ...GOOD_ROW,
    nr: '2',
    tittel: undefined,
    fase: { kind: 'invalid', raw: 'Vurdering og planlegging', reason: 'multiple', detail: 'Vurdering, Planlegging' },
  },
  { ...GOOD_ROW, nr: '3', tittel: 'Regning', fase: { kind: 'invalid', raw: 'Fase 9', reason: 'not-allowed' }, tilskuddEier: -5000 },
  {
    ...GOOD_ROW,
    nr: '4',
    tittel: 'Lek',
    supplerende: { kind: 'invalid', raw: 'kanskje', reason: 'unreadable' },
    uh: ['Fagskolen i Viken'],
  },
  { ...GOOD_ROW, nr: '5', tittel: 'Lek', koordinator: 300000, ansvar: undefined, eiere: undefined },
];

const both = () => ({
  nb: run(MESSY, { partnership: null }),
  nn: run(MESSY, { partnership: null, texts: nn }),
});

/** Brackets inside brackets: "(«Lesing» (rad 7))". */
const NESTED = /\([^()]*\(/;

describe('findings in both languages', () => {
  it('find the same things on the same cells; only the words differ', () => {
    const { nb: b, nn: n } = both();
    expect(b.length).toBeGreaterThan(15);
    expect(n.map((f) => [f.rule, f.cells, f.row, f.field, f.severity])).toEqual(
      b.map((f) => [f.rule, f.cells, f.row, f.field, f.severity]),
    );
    b.forEach((f, i) => expect(n[i]!.message).not.toBe(f.message));
  });

  it('never nest brackets, never end in a double stop', () => {
    const { nb: b, nn: n } = both();
    for (const f of [...b, ...n]) {
      for (const text of [f.message, f.hint ?? '']) {
        expect(text).not.toMatch(NESTED);
        expect(text).not.toMatch(/\.\.$/);
      }
    }
  });

  it('name a tiltak the same way in every sentence, without brackets around it', () => {
    const b = only(run(MESSY), 'criterion-anchoring-missing')[0]!;
    const n = only(run(MESSY, { texts: nn }), 'criterion-anchoring-missing')[0]!;
    expect(b.message).toBe('Det står ikke hvordan «Lesing i alle fag» (rad 2) er forankret.');
    expect(n.message).toBe('Det står ikkje korleis «Lesing i alle fag» (rad 2) er forankra.');
  });

  it('join lists with Intl: commas and one "og" or "eller"', () => {
    const multiple = only(run(MESSY), 'phase-multiple')[0]!;
    expect(multiple.message).toBe(
      '«Vurdering og planlegging» nevner flere faser (Vurdering og Planlegging). Et tiltak kan bare være i én fase.',
    );
    const invalid = only(run(MESSY, { texts: nn }), 'phase-invalid')[0]!;
    const labels = KN.vocabulary.faser.map((f) => f.label);
    expect(labels.length).toBeGreaterThan(2);
    expect(invalid.message).toBe(`«Fase 9» er ikkje ein av fasane (${labels.slice(0, -1).join(', ')} og ${labels.at(-1)}).`);
    expect(invalid.hint).toBe(`Skriv ${labels.slice(0, -1).join(', ')} eller ${labels.at(-1)}.`);
  });

  it('give values to type without guillemets, and columns with them', () => {
    const value = only(run(MESSY), 'value-invalid')[0]!;
    expect(value.message).toBe('«kanskje» i «Supplerende» kan ikke leses som ja eller nei.');
    expect(value.hint).toBe('Skriv ja eller nei.');
    const agreement = only(run([GOOD_ROW], { partnership: { kontaktperson: 'Kari' }, texts: nn }), 'agreement-missing')[0]!;
    expect(agreement.hint).toBe('Skriv ja ved «Skriftleg avtale» når avtalen er inngått.');
  });

  it('call a missing column by one name', () => {
    const f = run([GOOD_ROW], { unmapped: ['eiere'] }).find((x) => x.rule === 'header-missing')!;
    expect(f.message).toBe('Fant ingen kolonne for «Eiere» i overskriftsraden (rad 1).');
    expect(f.hint).toBe('Legg til kolonnen «Eiere», eller velg hvilken kolonne som skal brukes i stedet.');
    const g = run([GOOD_ROW], { unmapped: ['eiere'], texts: nn }).find((x) => x.rule === 'header-missing')!;
    expect(g.hint).toBe('Legg til kolonnen «Eigarar», eller vel kva kolonne som skal brukast i staden.');
  });

  it('write amounts and shares with the plain spaces of the contract', () => {
    const f = only(run(MESSY, { texts: nn }), 'amount-invalid')[0]!;
    expect(f.message).toBe('«Tilskot eigar» er negativt (−5 000 kr).');
    expect(
      nb.rules['coordinator-over-cap'].message({ share: 0.3412, max: 0.3, melding: 'meldingen', coordinator: 34120, owner: 100000 }),
    ).toBe('Koordinatormidler utgjør 34,12 % av eiers midler (maks 30 %) i meldingen: 34 120 kr av 100 000 kr.');
  });
});
