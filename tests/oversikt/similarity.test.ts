import type { Fase, Ordning } from '../../src/domain/model';
import type { OversiktTiltak } from '../../src/domain/oversikt/model';
import { compoundParts, norwegianTerms } from '../../src/domain/oversikt/norwegian-terms';
import { jointCandidates } from '../../src/domain/oversikt/similarity';
import { nb } from '../../src/i18n';

let row = 1;
function tiltak(
  owner: string,
  tittel: string,
  beskrivelse: string,
  fase: Fase = 'gjennomforing',
  ordning: Ordning = 'regional',
): OversiktTiltak {
  return { file: `${owner}.xlsx`, row: ++row, tittel, beskrivelse, ordning, fase, partnerskap: owner, eiere: [owner] };
}

const pairedFiles = (list: OversiktTiltak[]) => jointCandidates(list, nb).map((g) => g.tiltak.map((t) => t.file).join(' + '));

describe('Norwegian terms', () => {
  test('drop stop words and numbers, and stem inflected forms to one term', () => {
    const stems = (text: string) => norwegianTerms(text).map((t) => t.stem);
    expect(stems('Vi skal arbeide med det i 2024')).toEqual([]);
    expect(stems('barnehagene')).toEqual(stems('barnehager'));
    expect(stems('vurderingen')).toEqual(stems('vurdere'));
    expect(stems('lesing')).toEqual(stems('lese'));
    expect(stems('matematikk')).not.toEqual(stems('lesing'));
  });

  test('drop the vocabulary every melding shares, in any inflection', () => {
    expect(norwegianTerms('Kompetanseutvikling for ansatte, i samarbeid med UH, styrker tiltakene').map((t) => t.word)).toEqual(['uh']);
  });

  test('split a compound into the known stems it is made of', () => {
    const known = new Set(norwegianTerms('vurdering underveis lesing opplæring').map((t) => t.stem));
    const stem = (word: string) => norwegianTerms(word)[0]!.stem;
    expect(compoundParts('underveisvurdering', known)).toEqual([stem('underveis'), stem('vurdering')]);
    expect(compoundParts('leseopplæring', known)).toEqual([stem('lesing'), stem('opplæring')]);
    expect(compoundParts('matematikkundervisning', known)).toEqual([]);
    expect(compoundParts('underveisvurdering', new Set())).toEqual([]);
  });

  test('keep the word as written beside its stem', () => {
    expect(norwegianTerms('Lærende Team')).toEqual([
      { stem: expect.any(String), word: 'lærende' },
      { stem: 'team', word: 'team' },
    ]);
  });
});

describe('joint-tiltak candidates', () => {
  const lesingA = tiltak('Drammen', 'Lesing i alle fag', 'Lærerne arbeider med lesing i alle fag i lærende team, med veiledning fra UH.');
  const lesingB = tiltak(
    'Asker',
    'Leseopplæring i fagene',
    'Skolene styrker elevenes lesing i fagene; lærerne arbeider i team med veiledning.',
  );
  const matte = tiltak('Bærum', 'Matematikk på mellomtrinnet', 'Praktisk regning og utforskende matematikkundervisning med konkreter.');
  const miljoA = tiltak(
    'Lier',
    'Inkluderende barnehagemiljø',
    'Barnehagene utvikler et trygt og inkluderende miljø og forebygger mobbing.',
  );
  const miljoB = tiltak(
    'Hole',
    'Trygt og inkluderende barnehagemiljø',
    'Personalet forebygger mobbing og bygger et inkluderende miljø i barnehagene.',
  );
  const digital = tiltak('Jevnaker', 'Digital dømmekraft', 'Elevene lærer kildekritikk og trygg bruk av nett og skjerm.');

  test('pair tiltak made to say the same thing, and none made to differ', () => {
    const groups = jointCandidates([lesingA, lesingB, matte, miljoA, miljoB, digital], nb);
    expect(groups.map((g) => g.tiltak.map((t) => t.partnerskap).sort())).toEqual(
      expect.arrayContaining([
        ['Asker', 'Drammen'],
        ['Hole', 'Lier'],
      ]),
    );
    expect(groups).toHaveLength(2);
  });

  test('say why: shared words as written, the score, in one Norwegian sentence', () => {
    const [group] = jointCandidates([lesingA, lesingB], nb);
    expect(group!.terms).toEqual(expect.arrayContaining(['lesing', 'team']));
    expect(group!.terms).not.toContain('i');
    expect(group!.maxScore).toBeGreaterThanOrEqual(0.4);
    expect(group!.maxScore).toBeLessThan(1);
    expect(group!.grunn).toMatch(/^Samme ordning og fase, 2 tiltak fra ulike eiere med felles ord: .*«lesing».*\(tekstlikhet \d+ %\)\.$/);
    expect({ ordning: group!.ordning, fase: group!.fase }).toEqual({ ordning: 'regional', fase: 'gjennomforing' });
  });

  test('pair a compound with the same idea written apart', () => {
    const a = tiltak('Ringerike', 'Vurdering for læring', 'Lærerne gir elevene tilbakemeldinger underveis.');
    const b = tiltak('Hole', 'Underveisvurdering', 'Tilbakemeldinger som hjelper elevene videre.');
    const [group] = jointCandidates([a, b], nb);
    expect(group!.terms).toEqual(expect.arrayContaining(['vurdering', 'underveis', 'tilbakemeldinger']));
  });

  test('do not pair tiltak that share only the words every melding uses', () => {
    const sprak = tiltak('Lier', 'Kompetanseutvikling i barnehagen: språk', 'Ansatte i barnehagen utvikler kompetanse om språkutvikling.');
    const matte = tiltak(
      'Hole',
      'Kompetanseutvikling i barnehagen: matematikk',
      'Ansatte i barnehagen utvikler kompetanse om matematikk og tall.',
    );
    const realfag = tiltak('Modum', 'Skolebasert kompetanseutvikling i realfag', 'Samarbeid mellom skolene om realfag.');
    const norsk = tiltak('Sigdal', 'Skolebasert kompetanseutvikling i norsk', 'Samarbeid mellom skolene om norskfaget.');
    expect(jointCandidates([sprak, matte], nb)).toEqual([]);
    expect(jointCandidates([realfag, norsk], nb)).toEqual([]);
  });

  test('score unrelated texts far below the threshold', () => {
    expect(jointCandidates([lesingA, matte], nb, 0.05)).toEqual([]);
    expect(jointCandidates([miljoA, digital], nb, 0.05)).toEqual([]);
  });

  test('never pair across fase or ordning, or tiltak of the same owner', () => {
    const sameText = 'Lesing i alle fag i lærende team med veiledning';
    expect(pairedFiles([tiltak('A', 'Lesing', sameText, 'gjennomforing'), tiltak('B', 'Lesing', sameText, 'planlegging')])).toEqual([]);
    expect(pairedFiles([tiltak('A', 'Lesing', sameText), tiltak('B', 'Lesing', sameText, 'gjennomforing', 'desentralisert')])).toEqual([]);
    expect(pairedFiles([tiltak('A', 'Lesing', sameText), tiltak('A', 'Lesing', sameText)])).toEqual([]);
    // The very same owners delivering through two partnerships are one owner, not a joint effort.
    const twice = [tiltak('A', 'Lesing', sameText), { ...tiltak('B', 'Lesing', sameText), eiere: ['a'] }];
    expect(pairedFiles(twice)).toEqual([]);
    expect(pairedFiles([tiltak('A', 'Lesing', sameText), tiltak('B', 'Lesing', sameText)])).toEqual(['A.xlsx + B.xlsx']);
  });

  test('join a tiltak similar to two others into one group of three', () => {
    const third = tiltak('Modum', 'Lesing og leseopplæring i fag', 'Lærende team arbeider med lesing i fagene, med veiledning fra UH.');
    const groups = jointCandidates([lesingA, lesingB, third, matte], nb);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.tiltak.map((t) => t.partnerskap)).toEqual(['Drammen', 'Asker', 'Modum']);
    expect(groups[0]!.grunn).toContain('3 tiltak');
    // Each tiltak's own closest match, not the group's best, so a looser member shows as looser.
    const { likhet, maxScore, minScore } = groups[0]!;
    expect(likhet).toHaveLength(3);
    expect(Math.max(...likhet)).toBe(maxScore);
    for (const score of likhet) expect(score).toBeGreaterThanOrEqual(minScore);
  });

  test('leave out tiltak whose ordning or fase cannot be read', () => {
    expect(pairedFiles([{ ...lesingA, fase: null }, lesingB])).toEqual([]);
  });

  test('one partnership in two files is one owner, never a joint tiltak with itself', () => {
    const sameText = 'Lesing i alle fag i lærende team med veiledning';
    const sent = tiltak('Ringerike og Hole', 'Lesing', sameText);
    expect(pairedFiles([sent, { ...sent, file: 'modum.ods' }])).toEqual([]);
    expect(pairedFiles([sent, { ...sent, file: 'modum.ods', partnerskap: ' ringerike og hole ' }])).toEqual([]);
  });

  test('a whole country: 2 000 owners writing the same few texts give their groups, each tiltak once, none from one owner alone', () => {
    const texts = [lesingA, lesingB, matte, miljoA, miljoB, digital];
    const country = Array.from({ length: 24000 }, (_, i) => {
      const owner = `Kommune ${Math.floor(i / 12)}`;
      const like = texts[i % texts.length]!;
      const fase: Fase = (['vurdering', 'planlegging', 'gjennomforing'] as const)[i % 3]!;
      return { ...like, file: `${owner}.xlsx`, row: 2 + (i % 12), partnerskap: owner, eiere: [owner], fase };
    });
    const groups = jointCandidates(country, nb);
    const members = groups.flatMap((g) => g.tiltak);
    expect(new Set(members).size).toBe(members.length);
    // Every text has twins at other owners in each of its fase: all 24 000 are candidates.
    expect(members).toHaveLength(country.length);
    for (const g of groups) {
      expect(new Set(g.tiltak.map((t) => t.partnerskap)).size).toBeGreaterThan(1);
      expect(new Set(g.tiltak.map((t) => t.fase)).size).toBe(1);
      expect(g.likhet).toHaveLength(g.tiltak.length);
      expect(g.minScore).toBeGreaterThanOrEqual(0.35);
      expect(g.grunn).toMatch(/^Samme ordning og fase, [\d ]+ tiltak fra ulike eiere/);
    }
  });
});
