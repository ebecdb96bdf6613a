import { nb } from '../src/i18n';
/**
 * The README picture of a melding: page 1 of the PDF for a realistic partnership, as PNG.
 * Run: npx tsx scripts/make-melding-picture.ts   (needs pdftoppm, Debian poppler-utils)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderMeldingPdf } from '../src/pdf/melding-pdf';
import { GOOD_ROW } from '../tests/domain/builders';
import { buildDoc, period } from '../tests/melding/fixtures';

const OUT = join(__dirname, '..', 'assets', 'melding-eksempel.png');

const NETWORK = 'Kompetansenettverk Vest-Viken';

const ROWS = [
  {
    ...GOOD_ROW,
    partnerskap: NETWORK,
    nr: '1',
    tittel: 'Lesing i alle fag på mellomtrinnet',
    beskrivelse: 'Skolebasert utvikling av leseopplæringen: fire samlinger, utprøving i klasserommet og veiledning av lærerteam.',
    ansvar: 'Kommunene setter av fellestid og leder teamene; USN holder samlinger og veileder.',
    eiere: ['Drammen', 'Lier', 'Øvre Eiker'],
    tilskuddEier: 400000,
    tilskuddUh: 250000,
    koordinator: 60000,
    koordinatorBegrunnelse: 'Tre kommuner og fjorten skoler krever felles plan og oppfølging mellom samlingene.',
    egenandel: 130000,
    start: period('høst 2024', '2024-08-01', '2024-12-31'),
    slutt: period('vår 2025', '2025-01-01', '2025-07-31'),
  },
  {
    ...GOOD_ROW,
    partnerskap: NETWORK,
    nr: '2',
    tittel: 'Vurdering for læring på ungdomstrinnet',
    fase: 'planlegging' as const,
    beskrivelse: 'Utvikle felles praksis for underveisvurdering, med utprøving i to fag.',
    ansvar: 'Rektorene leder arbeidet lokalt; USN bidrar med fagstoff og prosessledelse.',
    tilskuddEier: 300000,
    tilskuddUh: 200000,
    egenandel: 90000,
    start: period('høst 2024', '2024-08-01', '2024-12-31'),
    slutt: period('vår 2025', '2025-01-01', '2025-07-31'),
  },
  {
    ...GOOD_ROW,
    partnerskap: NETWORK,
    nr: '3',
    tittel: 'Kartlegging av kompetansebehov i PPT',
    fase: 'vurdering' as const,
    beskrivelse: '',
    ansvar: 'Kommunalsjefene kartlegger; USN analyserer funnene sammen med PPT-lederne.',
    tilskuddEier: 120000,
    tilskuddUh: 80000,
    egenandel: 40000,
    start: period('høst 2024', '2024-08-01', '2024-12-31'),
    slutt: period('høst 2024', '2024-08-01', '2024-12-31'),
  },
];

async function main(): Promise<void> {
  const doc = buildDoc(ROWS, {
    partnership: {
      partnerskap: NETWORK,
      eiere: ['Drammen', 'Lier', 'Øvre Eiker'],
      uh: ['Universitetet i Sørøst-Norge'],
      organisasjonsnummer: ['974760673'],
      kontaktperson: 'Kari Nordmann, kommunalsjef oppvekst i Drammen',
      epost: 'kari.nordmann@drammen.kommune.no',
      telefon: '32 04 70 00',
      skriftligAvtale: true,
      avtaledato: { from: '2023-10-12', to: '2023-10-12' },
      avtaleHvem: 'Drammen, Lier, Øvre Eiker og USN',
      avtaleHva: 'Skolebasert kompetanseutvikling i lesing og vurdering',
      avtaleNar: 'Høst 2024 – vår 2025',
      ansatteInvolvert: true,
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'melding-bilde-'));
  try {
    const pdf = join(dir, 'melding.pdf');
    writeFileSync(pdf, await renderMeldingPdf(doc, nb));
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, OUT.replace(/\.png$/, '')]);
    console.log(`Skrev ${OUT}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
