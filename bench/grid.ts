import type { CellValue, WorkbookGrid } from '../src/table/grid';

const HEADERS = [
  'Nr',
  'Partnerskap',
  'Tiltak',
  'Ordning',
  'Fase',
  'Beskrivelse',
  'Hvem gjør hva',
  'Kommuner',
  'UH',
  'Målgruppe',
  'Tilskudd eier',
  'Tilskudd UH',
  'Koordinator',
  'Begrunnelse koordinator',
  'Egenandel',
  'Oppstart',
  'Avslutning',
  'Forankring',
  'Kollektive prosesser',
  'Lærerutdanning',
];

/** A realistic tiltak table of `rows` rows (values typed as users type them, some wrong), below two title rows. */
export function syntheticGrid(rows: number): WorkbookGrid {
  const cells: CellValue[][] = [['Behovsmelding 2024'], [], HEADERS];
  for (let i = 0; i < rows; i++) {
    cells.push([
      String(i + 1),
      // A network's collected table: five tiltak per partnerskap and ordning, as the rules allow.
      `Partnerskap ${Math.floor(i / 10) + 1}`,
      `Tiltak ${i + 1}`,
      i % 2 ? 'Desentralisert' : 'Regional',
      ['Vurdering', 'Planlegging og utvikling', 'Gjennomføring'][i % 3]!,
      'Skolebasert utvikling med samlinger og veiledning',
      'Kommunen organiserer, UH veileder',
      'Drammen, Lier',
      'Universitetet i Sørøst-Norge',
      'skole, ledere',
      i % 5 ? 100000 + i : '150 000 kr',
      '80 000',
      i % 7 ? null : 20000,
      i % 7 ? null : 'Tre kommuner må samordnes',
      30000,
      'høst 2024',
      i % 11 ? 'vår 2025' : '2027',
      'Ansatte og ledere har kartlagt behovet med UH',
      'Hele personalet arbeider i lærende team',
      'Studenter har praksis i tiltaket og forskere deltar',
    ]);
  }
  return { sheets: [{ name: 'Tiltak', cells, origin: { row: 0, col: 0 }, merges: [], tables: [] }] };
}
