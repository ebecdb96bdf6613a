import { cellText, foldText, normalizeKey, words } from '../../src/table/normalize';

describe('normalizeKey', () => {
  it.each([
    ['Tilskudd eier (kr)', 'tilskuddeierkr'],
    ['Lærerutdanning', 'laererutdanning'],
    ['LÆRER', 'laerer'],
    ['Målgruppe', 'malgruppe'],
    ['Øvre Eiker', 'ovreeiker'],
    ['Universitet/høgskole', 'universitethogskole'],
    ['  UH-partner:* ', 'uhpartner'],
    ['Café Émile', 'cafeemile'],
    ['Löpenr', 'lopenr'],
    ['Tilskudd\u00a0UH\n', 'tilskudduh'],
    ['', ''],
  ])('%p → %p', (input, key) => expect(normalizeKey(input)).toBe(key));
});

describe('words', () => {
  it('splits folded text into letter and digit runs', () => {
    expect(words('Fase 2: Planlegging og utvikling')).toEqual(['fase', '2', 'planlegging', 'og', 'utvikling']);
    expect(words('Kompetanseløftet – spesialpedagogikk')).toEqual(['kompetanseloftet', 'spesialpedagogikk']);
    expect(words(' ,; ')).toEqual([]);
  });

  it('folds Norwegian letters like normalizeKey', () => {
    expect(foldText('Gjennomføring ÆØÅ')).toBe('gjennomforing aeoa');
  });
});

describe('cellText', () => {
  it('shows each kind of cell the way a user reads it', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(' tekst ')).toBe(' tekst ');
    expect(cellText(150000)).toBe('150000');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(true)).toBe('SANN');
    expect(cellText(new Date(Date.UTC(2024, 7, 1)))).toBe('2024-08-01');
    expect(cellText({ error: '#REF!' })).toBe('#REF!');
  });
});
