/**
 * Writes assets/eksempel.xlsx: a realistic municipal tiltak table (fictional data) with a few
 * honest mistakes, used by the CLI and the demo when no file is given. Run: npx tsx scripts/make-sample.ts
 *
 * The mistakes, on purpose: two phases in one cell (nr 3), an amount typed "ca. 200 000" and a
 * coordinator on a one-municipality tiltak without lærerutdanning text (nr 4), a four-year
 * tiltak (nr 5), a one-word criterion (nr 6), seven tiltak in desentralisert ordning where five
 * are allowed, and a second one-municipality coordinator (nr 9). The browser test and the
 * README picture rely on these cells.
 */
import ExcelJS from 'exceljs';
import { resolve } from 'node:path';

interface SampleRow {
  nr: string;
  tiltak: string;
  ordning: 'Desentralisert' | 'Regional';
  fase: string;
  beskrivelse: string;
  ansvar: string;
  kommuner: string;
  malgruppe: string;
  /** Owner's amount: a number, or text the way people type it. */
  eier: number | string;
  uh: number;
  koordinator: number | null;
  begrunnelse: string;
  egenandel: number | null;
  start: string;
  slutt: string;
  forankring: string;
  kollektiv: string;
  laererutdanning: string;
}

const COLUMNS: Array<{ header: string; width: number; value: (r: SampleRow) => string | number | null; nok?: true }> = [
  { header: 'Nr', width: 6, value: (r) => r.nr },
  { header: 'Tiltak', width: 30, value: (r) => r.tiltak },
  { header: 'Ordning', width: 16, value: (r) => r.ordning },
  { header: 'Fase', width: 22, value: (r) => r.fase },
  { header: 'Beskrivelse', width: 40, value: (r) => r.beskrivelse },
  { header: 'Hvem gjør hva', width: 36, value: (r) => r.ansvar },
  { header: 'Kommuner', width: 24, value: (r) => r.kommuner },
  { header: 'UH-partner', width: 24, value: () => USN },
  { header: 'Målgruppe', width: 18, value: (r) => r.malgruppe },
  { header: 'Tilskudd eier', width: 14, value: (r) => r.eier, nok: true },
  { header: 'Tilskudd UH', width: 14, value: (r) => r.uh, nok: true },
  { header: 'Koordinator', width: 13, value: (r) => r.koordinator, nok: true },
  { header: 'Begrunnelse koordinator', width: 34, value: (r) => r.begrunnelse },
  { header: 'Egenandel', width: 13, value: (r) => r.egenandel, nok: true },
  { header: 'Oppstart', width: 12, value: (r) => r.start },
  { header: 'Avslutning', width: 12, value: (r) => r.slutt },
  { header: 'Forankring', width: 40, value: (r) => r.forankring },
  { header: 'Kollektive prosesser', width: 40, value: (r) => r.kollektiv },
  { header: 'Styrker lærerutdanningen', width: 40, value: (r) => r.laererutdanning },
];

const USN = 'Universitetet i Sørøst-Norge';
const ALLE = 'Drammen, Lier, Øvre Eiker';
const KOORDINERING = 'Tre kommuner og mange enheter krever felles plan, samlingsopplegg og oppfølging gjennom året.';

const ROWS: SampleRow[] = [
  {
    nr: '1',
    tiltak: 'Lesing i alle fag',
    ordning: 'Desentralisert',
    fase: 'Gjennomføring',
    beskrivelse: 'Skolebasert utvikling av leseopplæring på mellomtrinnet med samlinger og veiledning.',
    ansvar: 'Kommunene organiserer team og tid; USN holder samlinger og veileder teamene.',
    kommuner: ALLE,
    malgruppe: 'skole, ledere',
    eier: 400000,
    uh: 250000,
    koordinator: 60000,
    begrunnelse: KOORDINERING,
    egenandel: 130000,
    start: 'høst 2024',
    slutt: 'vår 2025',
    forankring:
      'Lærere og rektorer på mellomtrinnet pekte på lesing i fagene som viktigste behov i kartleggingen våren 2024, og behovet er drøftet med USN i partnerskapsmøtet.',
    kollektiv: 'Lærerne på hvert trinn planlegger, prøver ut og drøfter leseopplegg sammen i faste teamtider mellom samlingene.',
    laererutdanning:
      'USN knytter praksisstudenter fra grunnskolelærerutdanningen til skolene, og erfaringene brukes i emnet om grunnleggende ferdigheter.',
  },
  {
    nr: '2',
    tiltak: 'Vurdering for læring',
    ordning: 'Desentralisert',
    fase: 'Planlegging og utvikling',
    beskrivelse: 'Utvikle felles praksis for underveisvurdering i ungdomsskolen.',
    ansvar: 'Rektorene leder arbeidet lokalt; USN bidrar med fagstoff og prosessledelse.',
    kommuner: 'Drammen, Lier',
    malgruppe: 'skole',
    eier: 300000,
    uh: 200000,
    koordinator: null,
    begrunnelse: '',
    egenandel: 90000,
    start: 'høst 2024',
    slutt: 'vår 2025',
    forankring: 'Rektorene har drøftet behovet med lærerne og de tillitsvalgte på ungdomsskolene, og planen er lagt fram for USN.',
    kollektiv: 'Faggruppene utvikler og prøver ut en felles vurderingspraksis og deler erfaringer på tvers av skolene.',
    laererutdanning: 'Lektorstudenter fra USN skriver masteroppgaver om underveisvurdering knyttet til skolene i tiltaket.',
  },
  {
    nr: '3',
    tiltak: 'Kartlegging av kompetansebehov',
    ordning: 'Desentralisert',
    fase: 'Vurdering og planlegging',
    beskrivelse: '',
    ansvar: 'Kommunalsjefene kartlegger; USN analyserer funnene.',
    kommuner: ALLE,
    malgruppe: 'skole, eiere',
    eier: 120000,
    uh: 80000,
    koordinator: null,
    begrunnelse: '',
    egenandel: 40000,
    start: 'høst 2024',
    slutt: 'høst 2024',
    forankring: 'Kommunalsjefene har invitert rektorer, lærere og tillitsvalgte til å melde inn behov, i dialog med USN.',
    kollektiv: 'Hver skole drøfter funnene fra kartleggingen i personalmøter og blir enige om hva den vil prioritere.',
    laererutdanning: 'USN bruker kartleggingen til å tilpasse videreutdanningstilbudet og praksisopplæringen i regionen.',
  },
  {
    nr: '4',
    tiltak: 'Inkluderende læringsmiljø',
    ordning: 'Desentralisert',
    fase: 'Gjennomføring',
    beskrivelse: 'Arbeid med klasseledelse og relasjoner i hele skolen.',
    ansvar: 'Skolene setter av fellestid; USN leder nettverkssamlinger.',
    kommuner: 'Øvre Eiker',
    malgruppe: 'skole, PPT',
    eier: 'ca. 200 000',
    uh: 150000,
    koordinator: 30000,
    begrunnelse: 'Krever koordinering mellom skolene.',
    egenandel: 60000,
    start: 'høst 2024',
    slutt: 'vår 2025',
    forankring: 'Skoleledere og ansatte i Øvre Eiker har pekt på klasseledelse som felles utviklingsområde etter elevundersøkelsen.',
    kollektiv: 'Hele personalet arbeider med relasjoner og klasseledelse i lærende møter og kollegaobservasjon.',
    laererutdanning: '',
  },
  {
    nr: '5',
    tiltak: 'Profesjonsfellesskap i praksis',
    ordning: 'Desentralisert',
    fase: 'Gjennomføring',
    beskrivelse: 'Lærende møter og kollegaveiledning på alle trinn.',
    ansvar: 'Kommunene frigjør tid; USN lærer opp veiledere.',
    kommuner: ALLE,
    malgruppe: 'skole',
    eier: 250000,
    uh: 150000,
    koordinator: null,
    begrunnelse: '',
    egenandel: 75000,
    start: 'høst 2024',
    slutt: 'vår 2028',
    forankring: 'Tiltaket står i kommunenes kvalitetsplaner og er drøftet med ledere, ansatte og tillitsvalgte i alle tre kommunene.',
    kollektiv: 'Lærerne veileder hverandre i par og team, og rektor leder refleksjon over praksis i fellestiden.',
    laererutdanning: 'USN utdanner veiledere som også tar imot praksisstudenter, og bruker erfaringene i veilederutdanningen.',
  },
  {
    nr: '6',
    tiltak: 'Digital dømmekraft',
    ordning: 'Desentralisert',
    fase: 'Gjennomføring',
    beskrivelse: 'Utvikle undervisning om kildekritikk og personvern.',
    ansvar: 'IKT-veiledere i kommunene og USN lager opplegg sammen.',
    kommuner: 'Lier, Drammen',
    malgruppe: 'skole',
    eier: 150000,
    uh: 100000,
    koordinator: null,
    begrunnelse: '',
    egenandel: 45000,
    start: 'vår 2025',
    slutt: 'vår 2025',
    forankring: 'Ja',
    kollektiv: 'Lærerteamene lager undervisningsopplegg sammen, prøver dem ut i klassene og evaluerer dem i fellestiden.',
    laererutdanning: 'Studenter i IKT-emnet ved USN deltar i utviklingen av oppleggene og prøver dem ut i praksisperioden.',
  },
  {
    nr: '7',
    tiltak: 'Skolebasert matematikk',
    ordning: 'Desentralisert',
    fase: 'Planlegging og utvikling',
    beskrivelse: 'Plan for utforskende matematikkundervisning på barnetrinnet.',
    ansvar: 'Matematikkveiledere leder; USN bidrar med forskning.',
    kommuner: ALLE,
    malgruppe: 'skole',
    eier: 100000,
    uh: 90000,
    koordinator: null,
    begrunnelse: '',
    egenandel: 30000,
    start: 'høst 2024',
    slutt: 'vår 2025',
    forankring: 'Matematikklærerne meldte selv behovet i kommunenes kompetanseplan, og rektorene har drøftet det med USN.',
    kollektiv: 'Lærerne på barnetrinnet planlegger utforskende økter sammen og analyserer elevarbeid i teamene.',
    laererutdanning: 'USN bruker skolene som arena for FoU i matematikkdidaktikk, og studentene deltar i utprøvingen.',
  },
  {
    nr: '8',
    tiltak: 'Språkmiljø i barnehagen',
    ordning: 'Regional',
    fase: 'Gjennomføring',
    beskrivelse: 'Hele personalet arbeider med språkstimulering i hverdagssituasjoner.',
    ansvar: 'Styrerne leder; USN holder samlinger og veileder.',
    kommuner: ALLE,
    malgruppe: 'barnehage',
    eier: 300000,
    uh: 200000,
    koordinator: 40000,
    begrunnelse: KOORDINERING,
    egenandel: null,
    start: '2024/2025',
    slutt: '2024/2025',
    forankring: 'Styrere, pedagogiske ledere og fagarbeidere har kartlagt språkarbeidet i egne barnehager sammen med USN.',
    kollektiv: 'Hele personalet i hver barnehage prøver ut språkaktiviteter og reflekterer sammen på personalmøtene.',
    laererutdanning: 'Barnehagelærerstudenter fra USN har praksis i barnehagene og skriver bacheloroppgaver om språkmiljø.',
  },
  {
    nr: '9',
    tiltak: 'Lek og læring',
    ordning: 'Regional',
    fase: 'Planlegging og utvikling',
    beskrivelse: 'Utvikle barnehagebasert opplegg for lekens plass i læringen.',
    ansvar: 'Barnehagelærerne prøver ut; USN dokumenterer.',
    kommuner: 'Drammen',
    malgruppe: 'barnehage',
    eier: 120000,
    uh: 80000,
    koordinator: 20000,
    begrunnelse: 'Mange barnehager skal samordnes.',
    egenandel: null,
    start: 'høst 2024',
    slutt: 'vår 2025',
    forankring: 'Personalet i Drammens barnehager har ønsket mer kunnskap om lek, og behovet er drøftet i styrernettverket og med USN.',
    kollektiv: 'Avdelingene prøver ut lekbaserte opplegg og deler erfaringer i refleksjonsgrupper på tvers av barnehagene.',
    laererutdanning: 'USN dokumenterer utprøvingen og bruker eksempler fra barnehagene i undervisningen i barnehagelærerutdanningen.',
  },
  {
    nr: '10',
    tiltak: 'Barns medvirkning',
    ordning: 'Regional',
    fase: 'Gjennomføring',
    beskrivelse: 'Personalet utvikler praksis for barns medvirkning i hverdagen.',
    ansvar: 'Pedagogiske ledere leder prosessen; USN veileder.',
    kommuner: 'Lier, Øvre Eiker',
    malgruppe: 'barnehage',
    eier: 180000,
    uh: 120000,
    koordinator: null,
    begrunnelse: '',
    egenandel: null,
    start: 'høst 2024',
    slutt: 'høst 2025',
    forankring: 'Pedagogiske ledere og styrere i Lier og Øvre Eiker valgte temaet etter samtaler med de ansatte og USN.',
    kollektiv: 'Personalet observerer egen praksis, drøfter funnene i avdelingsmøter og prøver ut nye måter å la barna medvirke på.',
    laererutdanning: 'Praksislærerne i barnehagene får veiledning fra USN, og studentene deltar i arbeidet med barns medvirkning.',
  },
  {
    nr: '11',
    tiltak: 'Vurdering av kompetansebehov i barnehagene',
    ordning: 'Regional',
    fase: 'Vurdering av kompetansebehov',
    beskrivelse: '',
    ansvar: 'Barnehagemyndighetene samler inn; USN analyserer.',
    kommuner: ALLE,
    malgruppe: 'barnehage, eiere',
    eier: 60000,
    uh: 40000,
    koordinator: null,
    begrunnelse: '',
    egenandel: null,
    start: 'høst 2024',
    slutt: 'høst 2024',
    forankring: 'Barnehagemyndighetene samler styrere, ansatte og tillitsvalgte til dialogmøter om behovene, med USN til stede.',
    kollektiv: 'Hver barnehage drøfter egne behov i personalgruppen før innspillene samles i nettverket.',
    laererutdanning: 'USN bruker kartleggingen til å planlegge praksis og etter- og videreutdanning for barnehagelærere.',
  },
  {
    nr: '12',
    tiltak: 'Inkluderende fellesskap',
    ordning: 'Regional',
    fase: 'Gjennomføring',
    beskrivelse: 'Arbeid med inkludering og mangfold i alle barnehagene.',
    ansvar: 'Styrerne og USN leder nettverk for ansatte.',
    kommuner: ALLE,
    malgruppe: 'barnehage, PPT',
    eier: 150000,
    uh: 100000,
    koordinator: null,
    begrunnelse: '',
    egenandel: null,
    start: 'høst 2024',
    slutt: 'vår 2025',
    forankring: 'Tiltaket bygger på barnehagenes egne vurderinger av inkluderingsarbeidet, drøftet med de ansatte og USN.',
    kollektiv: 'De ansatte deltar i nettverk på tvers av barnehagene og prøver ut tiltak for inkludering i egen avdeling.',
    laererutdanning: 'Studenter fra USN deltar i nettverkene, og funn fra barnehagene brukes i emnet om mangfold og inkludering.',
  },
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

const HEADER_ROW = 3;

function addTiltakSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Tiltak', { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  ws.getCell('A1').value = 'Behovsmelding 2024 – Kompetansenettverk Vest-Viken';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = 'Tiltak for desentralisert og regional ordning (fiktive eksempeldata)';
  ws.getCell('A2').font = { italic: true, color: { argb: 'FF555555' } };
  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).value = c.header;
    ws.getColumn(i + 1).width = c.width;
    if (c.nok) ws.getColumn(i + 1).numFmt = '#,##0 "kr"';
  });
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }));
  ROWS.forEach((sample, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    COLUMNS.forEach((c, col) => {
      const value = c.value(sample);
      row.getCell(col + 1).value = value === '' ? null : value;
    });
    row.alignment = { wrapText: true, vertical: 'top' };
  });
}

function addPartnershipSheet(wb: ExcelJS.Workbook): void {
  const p = wb.addWorksheet('Partnerskap');
  PARTNERSKAP.forEach(([label, value], i) => {
    p.getCell(i + 1, 1).value = label;
    p.getCell(i + 1, 1).font = { bold: true };
    p.getCell(i + 1, 2).value = value;
  });
  p.getColumn(1).width = 34;
  p.getColumn(2).width = 60;
}

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Behovsmelding (eksempel)';
  addTiltakSheet(wb);
  addPartnershipSheet(wb);
  await wb.xlsx.writeFile(resolve(__dirname, '../assets/eksempel.xlsx'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
