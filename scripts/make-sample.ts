/**
 * Writes assets/eksempel.xlsx: a realistic municipal tiltak table (fictional data) with a few
 * honest mistakes, used by the CLI and the demo when no file is given. Run: npx tsx scripts/make-sample.ts
 */
import ExcelJS from 'exceljs';
import { resolve } from 'node:path';

const HEADERS = [
  ['Nr', 6],
  ['Tiltak', 30],
  ['Ordning', 16],
  ['Fase', 22],
  ['Beskrivelse', 40],
  ['Hvem gjør hva', 36],
  ['Kommuner', 24],
  ['UH-partner', 24],
  ['Målgruppe', 18],
  ['Tilskudd eier', 14],
  ['Tilskudd UH', 14],
  ['Koordinator', 13],
  ['Begrunnelse koordinator', 34],
  ['Egenandel', 13],
  ['Oppstart', 12],
  ['Avslutning', 12],
  ['Forankring', 40],
  ['Kollektive prosesser', 40],
  ['Styrker lærerutdanningen', 40],
] as const;

const USN = 'Universitetet i Sørøst-Norge';
const ALLE = 'Drammen, Lier, Øvre Eiker';
const FORANKRING = 'Behovet er kartlagt i personalmøter og ledermøter på hver enhet, og drøftet med USN i partnerskapsmøtet.';
const KOLLEKTIV = 'Hele personalet arbeider i lærende team med felles utprøving, observasjon og refleksjon mellom samlingene.';
const LAERERUTDANNING = 'USN knytter praksisstudenter og masteroppgaver til tiltaket, og erfaringene brukes i undervisningen på campus.';
const KOORD = 'Tre kommuner og mange enheter krever felles plan, samlingsopplegg og oppfølging gjennom året.';

type Row = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  number | string,
  number | string,
  number | null,
  string,
  number | null,
  string,
  string,
  string,
  string,
  string,
];

const ROWS: Row[] = [
  [
    '1',
    'Lesing i alle fag',
    'Desentralisert',
    'Gjennomføring',
    'Skolebasert utvikling av leseopplæring på mellomtrinnet med samlinger og veiledning.',
    'Kommunene organiserer team og tid; USN holder samlinger og veileder teamene.',
    ALLE,
    USN,
    'skole, ledere',
    400000,
    250000,
    60000,
    KOORD,
    130000,
    'høst 2024',
    'vår 2025',
    FORANKRING,
    KOLLEKTIV,
    LAERERUTDANNING,
  ],
  [
    '2',
    'Vurdering for læring',
    'Desentralisert',
    'Planlegging og utvikling',
    'Utvikle felles praksis for underveisvurdering i ungdomsskolen.',
    'Rektorene leder arbeidet lokalt; USN bidrar med fagstoff og prosessledelse.',
    'Drammen, Lier',
    USN,
    'skole',
    300000,
    200000,
    null,
    '',
    90000,
    'høst 2024',
    'vår 2025',
    FORANKRING,
    KOLLEKTIV,
    LAERERUTDANNING,
  ],
  [
    '3',
    'Kartlegging av kompetansebehov',
    'Desentralisert',
    'Vurdering og planlegging',
    '',
    'Kommunalsjefene kartlegger; USN analyserer funnene.',
    ALLE,
    USN,
    'skole, eiere',
    120000,
    80000,
    null,
    '',
    40000,
    'høst 2024',
    'høst 2024',
    FORANKRING,
    KOLLEKTIV,
    LAERERUTDANNING,
  ],
  [
    '4',
    'Inkluderende læringsmiljø',
    'Desentralisert',
    'Gjennomføring',
    'Arbeid med klasseledelse og relasjoner i hele skolen.',
    'Skolene setter av fellestid; USN leder nettverkssamlinger.',
    'Øvre Eiker',
    USN,
    'skole, PPT',
    'ca. 200 000',
    150000,
    30000,
    'Krever koordinering mellom skolene.',
    60000,
    'høst 2024',
    'vår 2025',
    FORANKRING,
    KOLLEKTIV,
    '',
  ],
  [
    '5',
    'Profesjonsfellesskap i praksis',
    'Desentralisert',
    'Gjennomføring',
    'Lærende møter og kollegaveiledning på alle trinn.',
    'Kommunene frigjør tid; USN lærer opp veiledere.',
    ALLE,
    USN,
    'skole',
    250000,
    150000,
    null,
    '',
    75000,
    'høst 2024',
    'vår 2028',
    FORANKRING,
    KOLLEKTIV,
    LAERERUTDANNING,
  ],
  [
    '6',
    'Digital dømmekraft',
    'Desentralisert',
    'Gjennomføring',
    'Utvikle undervisning om kildekritikk og personvern.',
    'IKT-veiledere i kommunene og USN lager opplegg sammen.',
    'Lier, Drammen',
    USN,
    'skole',
    150000,
    100000,
    null,
    '',
    45000,
    'vår 2025',
    'vår 2025',
    'Ja',
    KOLLEKTIV,
    LAERERUTDANNING,
  ],
  [
    '7',
    'Skolebasert matematikk',
    'Desentralisert',
    'Planlegging og utvikling',
    'Plan for utforskende matematikkundervisning på barnetrinnet.',
    'Matematikkveiledere leder; USN bidrar med forskning.',
    ALLE,
    USN,
    'skole',
    100000,
    90000,
    null,
    '',
    30000,
    'høst 2024',
    'vår 2025',
    FORANKRING,
    KOLLEKTIV,
    LAERERUTDANNING,
  ],
  [
    '8',
    'Språkmiljø i barnehagen',
    'Regional',
    'Gjennomføring',
    'Hele personalet arbeider med språkstimulering i hverdagssituasjoner.',
    'Styrerne leder; USN holder samlinger og veileder.',
    ALLE,
    USN,
    'barnehage',
    300000,
    200000,
    40000,
    KOORD,
    null,
    '2024/2025',
    '2024/2025',
    FORANKRING,
    KOLLEKTIV,
    LAERERUTDANNING,
  ],
  [
    '9',
    'Lek og læring',
    'Regional',
    'Planlegging og utvikling',
    'Utvikle barnehagebasert opplegg for lekens plass i læringen.',
    'Barnehagelærerne prøver ut; USN dokumenterer.',
    'Drammen',
    USN,
    'barnehage',
    120000,
    80000,
    20000,
    'Mange barnehager skal samordnes.',
    null,
    'høst 2024',
    'vår 2025',
    FORANKRING,
    KOLLEKTIV,
    LAERERUTDANNING,
  ],
  [
    '10',
    'Barns medvirkning',
    'Regional',
    'Gjennomføring',
    'Personalet utvikler praksis for barns medvirkning i hverdagen.',
    'Pedagogiske ledere leder prosessen; USN veileder.',
    'Lier, Øvre Eiker',
    USN,
    'barnehage',
    180000,
    120000,
    null,
    '',
    null,
    'høst 2024',
    'høst 2025',
    FORANKRING,
    KOLLEKTIV,
    LAERERUTDANNING,
  ],
  [
    '11',
    'Vurdering av kompetansebehov i barnehagene',
    'Regional',
    'Vurdering av kompetansebehov',
    '',
    'Barnehagemyndighetene samler inn; USN analyserer.',
    ALLE,
    USN,
    'barnehage, eiere',
    60000,
    40000,
    null,
    '',
    null,
    'høst 2024',
    'høst 2024',
    FORANKRING,
    KOLLEKTIV,
    LAERERUTDANNING,
  ],
  [
    '12',
    'Inkluderende fellesskap',
    'Regional',
    'Gjennomføring',
    'Arbeid med inkludering og mangfold i alle barnehagene.',
    'Styrerne og USN leder nettverk for ansatte.',
    ALLE,
    USN,
    'barnehage, PPT',
    150000,
    100000,
    null,
    '',
    null,
    'høst 2024',
    'vår 2025',
    FORANKRING,
    KOLLEKTIV,
    LAERERUTDANNING,
  ],
];

const PARTNERSKAP: Array<[string, string]> = [
  ['Partnerskap', 'Kompetansenettverk Vest-Viken'],
  ['Eiere', ALLE],
  ['UH', USN],
  ['Organisasjonsnummer', '944 027 637'],
  ['Kontaktperson', 'Kari Nordmann, kommunalsjef oppvekst i Drammen'],
  ['E-post', 'kari.nordmann@example.no'],
  ['Telefon', '99 99 99 99'],
  ['Skriftlig avtale', 'Ja'],
  ['Avtaledato', '15.11.2023'],
  ['Avtale – hvem', 'Drammen, Lier og Øvre Eiker kommune med USN'],
  ['Avtale – hva', 'Skolebasert og barnehagebasert kompetanseutvikling i tre faser'],
  ['Avtale – når', 'Høsten 2024 til våren 2025, med mulig videreføring'],
  ['Ansatte og tillitsvalgte involvert', 'Ja'],
];

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Behovsmelding (eksempel)';
  const ws = wb.addWorksheet('Tiltak', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell('A1').value = 'Behovsmelding 2024 – Kompetansenettverk Vest-Viken';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Tiltak for desentralisert og regional ordning (fiktive eksempeldata)';
  ws.getCell('A2').font = { italic: true, color: { argb: 'FF555555' } };
  const header = ws.getRow(3);
  HEADERS.forEach(([text, width], i) => {
    header.getCell(i + 1).value = text;
    ws.getColumn(i + 1).width = width;
  });
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }));
  ROWS.forEach((values, i) => {
    const row = ws.getRow(4 + i);
    values.forEach((v, c) => (row.getCell(c + 1).value = v === '' ? null : v));
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  for (const col of [10, 11, 12, 14]) ws.getColumn(col).numFmt = '#,##0 "kr"';
  const p = wb.addWorksheet('Partnerskap');
  PARTNERSKAP.forEach(([label, value], i) => {
    p.getCell(i + 1, 1).value = label;
    p.getCell(i + 1, 1).font = { bold: true };
    p.getCell(i + 1, 2).value = value;
  });
  p.getColumn(1).width = 34;
  p.getColumn(2).width = 60;
  await wb.xlsx.writeFile(resolve(__dirname, '../assets/eksempel.xlsx'));
}

void main();
