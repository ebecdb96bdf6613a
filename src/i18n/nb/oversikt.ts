import { formatsFor } from '../format';

const f = formatsFor('nb');
const files = (n: number) => `${f.number(n)} ${f.plural(n, { one: 'fil', other: 'filer' })}`;
const quoted = (items: readonly string[], max = 3) =>
  f.list(
    items.length > max ? [...items.slice(0, max).map((i) => `«${i}»`), `${f.number(items.length - max)} til`] : items.map((i) => `«${i}»`),
  );

/** Bokmål. The coordinator's overview: its sheets, columns and sentences. */
export const oversikt = {
  status: { komplett: 'komplett', utkast: 'utkast' },
  /** How the profile for all files was chosen. */
  profile: {
    agreed: (p: { voters: number; files: number }) =>
      p.voters === p.files
        ? `${p.files === 1 ? 'Filen' : `Alle ${files(p.files)}`} peker på denne runden (ordningene i tabellen eller profilen som er lagret i arbeidsboken).`
        : `${f.number(p.voters)} av ${files(p.files)} peker på denne runden (ordningene i tabellen eller profilen som er lagret i arbeidsboken); ${files(p.files - p.voters)} sier ikke hvilken runde ${p.files - p.voters === 1 ? 'den' : 'de'} hører til.`,
    equally: (p: { profiles: string[] }) => `${f.list(p.profiles)} passer like godt.`,
    newest: (p: { files: number }) =>
      p.files === 1
        ? 'Filen nevner ingen ordning som peker ut en runde, så den nyeste runden er valgt.'
        : `Ingen av de ${f.number(p.files)} filene nevner en ordning som peker ut en runde, så den nyeste runden er valgt.`,
    disagree: (p: { candidates: Array<{ id: string; files: string[] }> }) =>
      `Filene peker på ulike runder: ${f.list(p.candidates.map((c) => `${c.id} passer ${files(c.files.length)} (${quoted(c.files)})`))}.`,
  },
  felles: {
    grunn: (p: { count: number; terms: string[]; likhet: string }) =>
      `Samme ordning og fase, ${f.number(p.count)} tiltak fra ulike eiere med felles ord: ${p.terms.map((t) => `«${t}»`).join(', ')} (tekstlikhet ${p.likhet}).`,
  },
  limits: {
    koordinator: (p: { limit: string }) => `koordinator over maks ${p.limit}`,
    flerarig: (p: { limit: string }) => `flerårig over maks ${p.limit}`,
    egenandel: (p: { limit: string }) => `egenandel under min. ${p.limit}`,
  },
  /** Why a file gives no melding, as the files are collected and checked. */
  file: {
    empty: (p: { row: number; sheet: string }) => `Fant ingen tiltak under overskriftene i rad ${p.row} på arket «${p.sheet}».`,
    lockFile: 'Låsefil fra Excel (arbeidsboken er åpen hos noen); den er ingen arbeidsbok og er hoppet over.',
    notWorkbook: 'Ikke en arbeidsbok (.xlsx, .xlsm, .ods eller .csv); hoppet over.',
    xlsb: 'Binær Excel-arbeidsbok (.xlsb), som ikke kan leses: åpne den i Excel, velg Fil → Lagre som → «Excel-arbeidsbok (.xlsx)» og kjør oversikten på nytt.',
    brokenLink: 'En snarvei (lenke) som ikke peker på noen fil; hoppet over.',
    folderLink: 'En snarvei (lenke) til en mappe; den følges ikke. Gi mappen selv til oversikt om arbeidsbøkene der skal være med.',
    earlierOverview: 'Oversikten fra en tidligere kjøring; den skrives over, ikke sjekket.',
    failed: (p: { message: string }) => `Kunne ikke sjekkes: ${p.message}`,
  },
  repeat: {
    line: (p: { partnerskap: string; ordning: string; files: string[]; identical: boolean }) =>
      `Partnerskapet «${p.partnerskap}» (${p.ordning}) står i ${files(p.files.length)}: ${quoted(p.files, 5)}. ` +
      (p.identical
        ? `Meldingene er like, så de telles én gang (${p.files[0]}).`
        : 'Meldingene er ulike, så alle telles; avklar med partnerskapet hvilken som gjelder.'),
    counted: (p: { files: string[] }) => `Samme partnerskap og ordning også i ${quoted(p.files)}.`,
    notCounted: (p: { file: string }) => `Lik meldingen i «${p.file}»; telles ikke i summene.`,
  },
  /** The overview workbook. */
  sheet: {
    title: 'Oversikt over behovsmeldinger',
    subtitle: (p: { profile: string; date: string; files: number; meldinger: number }) =>
      `${p.profile} – sjekket ${p.date} – ${files(p.files)}, ${f.number(p.meldinger)} ${f.plural(p.meldinger, { one: 'melding', other: 'meldinger' })}`,
    profileLine: (p: { id: string; reason: string }) => `Profil ${p.id}: ${p.reason}`,
    footer: (p: { sheet: string }) => `Oversikt over behovsmeldinger – ${p.sheet}`,
    page: 'Side &P av &N',
    generated: (p: { date: string }) => `Generert ${p.date}`,
    yes: 'ja',
    no: 'nei',
    totals: {
      heading: 'Summer per ordning',
      meldinger: 'Meldinger',
      komplett: 'Komplette',
      tiltak: 'Tiltak',
      eier: 'Tilskudd eier',
      uh: 'Tilskudd UH',
      sum: 'Sum',
      all: 'Alle',
    },
    columns: {
      file: 'Fil',
      partnerskap: 'Partnerskap',
      ordning: 'Ordning',
      tiltak: 'Tiltak',
      eier: 'Tilskudd eier',
      uh: 'Tilskudd UH',
      sum: 'Sum',
      koordinator: 'Koordinator',
      flerarig: 'Flerårig',
      egenandel: 'Egenandel',
      status: 'Status',
      errors: 'Feil',
      warnings: 'Advarsler',
      overLimit: 'Over grensen',
      counted: 'I summene',
      note: 'Merknad',
      sheet: 'Ark',
      cell: 'Celle',
      rule: 'Regel',
      severity: 'Alvorlighet',
      message: 'Melding',
      source: 'Kilde',
      group: 'Gruppe',
      fase: 'Fase',
      row: 'Rad',
      eiere: 'Eiere',
      beskrivelse: 'Beskrivelse',
      terms: 'Felles ord',
      likhet: 'Likhet',
      fileStatus: 'Brukt',
      meldinger: 'Meldinger',
    },
    fileStatus: { used: 'brukt', empty: 'ingen tiltak', unusable: 'kan ikke brukes', skipped: 'hoppet over' },
    noMeldinger: 'Ingen meldinger: ingen av filene kunne brukes (se arket «Filer»).',
    noFindings: 'Ingen funn i noen av meldingene.',
    noFelles: 'Ingen kandidater: ingen tiltak fra ulike eiere i samme ordning og fase beskriver det samme.',
  },
  /** The two charts on the Oversikt sheet and the cells they draw from. */
  chart: {
    fundsTitle: 'Midler per partnerskap og ordning',
    sharesTitle: 'Andeler mot grensene',
    melding: 'Melding',
    eier: 'Tilskudd eier',
    uh: 'Tilskudd UH',
    koordinator: 'Koordinator',
    koordinatorMaks: 'Maks koordinator',
    flerarig: 'Flerårig',
    flerarigMaks: 'Maks flerårig',
    egenandel: 'Egenandel',
    egenandelMin: 'Min. egenandel',
    cut: (p: { shown: number; of: number }) =>
      `Diagrammene viser ${f.number(p.shown)} av ${f.number(p.of)} meldinger: først de som er over en grense, så de med mest midler. Tabellen under har alle.`,
  },
  /** The overview in the task pane. */
  pane: {
    heading: 'Oversikt over mange arbeidsbøker',
    intro:
      'For koordinatoren i kompetansenettverket: velg eiernes arbeidsbøker eller en mappe med dem. Tillegget sjekker hver fil slik Valider gjør, og lager den samme oversikten som kommandolinjen, med arkene Oversikt, Funn, Felles tiltak og Filer.',
    pickFiles: 'Velg filer',
    pickFolder: 'Velg mappe',
    drop: 'Eller slipp filer eller en mappe her.',
    started: (p: { files: number }) => `Leser og sjekker ${files(p.files)} …`,
    progress: (p: { finished: number; total: number }) => `${f.number(p.finished)} av ${files(p.total)}`,
    progressLabel: 'Filer sjekket',
    cancel: 'Avbryt',
    cancelled: 'Oversikten ble avbrutt.',
    unreadable:
      'Nettleseren fikk ikke lese filen (den kan være flyttet, åpen i et annet program eller ligge på en nettverksdisk som ikke svarer); lagre den lokalt og velg den på nytt.',
    choose: 'Velg hvilken runde som gjelder for alle filene:',
    candidate: (p: { name: string; files: number }) => `${p.name} (passer ${files(p.files)})`,
    useProfile: 'Lag oversikten med denne profilen',
    chosen: 'Valgt i panelet blant profilene filene passer.',
    writing: 'Skriver oversikten …',
    unused: 'Filer som ikke gav noen melding',
    written: {
      workbook: 'Oversikten er åpnet som en ny arbeidsbok.',
      sheets: (p: { sheets: string[] }) =>
        `Oversikten er lagt inn som nye ark sist i denne arbeidsboken: ${f.list(p.sheets.map((s) => `«${s}»`))}. Arkene dine er ikke endret.`,
      downloaded: (p: { file: string }) => `Oversikten er lastet ned som ${p.file}.`,
      unsupported:
        'Denne Excel-versjonen kan verken åpne en ny arbeidsbok eller sette inn ark fra en fil, så oversikten er ikke skrevet. Bruk Excel 2021 eller nyere, Excel på nettet eller kommandolinjen.',
      tooLarge:
        'Oversikten er større enn det Excel på nettet tar imot på én gang (5 MB), så den er ikke skrevet. Velg færre filer om gangen, eller bruk Excel for Windows eller Mac.',
    },
    failed: 'Oversikten kunne ikke lages.',
  },
};
