import { formatsFor } from '../format';
import type { Catalogue } from '../texts';

const f = formatsFor('nn');
const files = (n: number) => `${f.number(n)} ${f.plural(n, { one: 'fil', other: 'filer' })}`;
const quoted = (items: readonly string[], max = 3) =>
  f.list(
    items.length > max ? [...items.slice(0, max).map((i) => `«${i}»`), `${f.number(items.length - max)} til`] : items.map((i) => `«${i}»`),
  );

/** Nynorsk. The coordinator's overview: its sheets, columns and sentences. */
export const oversikt: Catalogue['oversikt'] = {
  status: { komplett: 'komplett', utkast: 'utkast' },
  profile: {
    agreed: (p) =>
      p.voters === p.files
        ? `${p.files === 1 ? 'Fila' : `Alle ${files(p.files)}`} peikar på denne runden (ordningane i tabellen eller profilen som er lagra i arbeidsboka).`
        : `${f.number(p.voters)} av ${files(p.files)} peikar på denne runden (ordningane i tabellen eller profilen som er lagra i arbeidsboka); ${files(p.files - p.voters)} seier ikkje kva runde ${p.files - p.voters === 1 ? 'ho' : 'dei'} høyrer til.`,
    equally: (p) => `${f.list(p.profiles)} passar like godt.`,
    newest: (p) =>
      p.files === 1
        ? 'Fila nemner inga ordning som peikar ut ein runde, så den nyaste runden er vald.'
        : `Ingen av dei ${f.number(p.files)} filene nemner ei ordning som peikar ut ein runde, så den nyaste runden er vald.`,
    disagree: (p) =>
      `Filene peikar på ulike rundar: ${f.list(p.candidates.map((c) => `${c.id} passar ${files(c.files.length)} (${quoted(c.files)})`))}.`,
  },
  felles: {
    grunn: (p) =>
      `Same ordning og fase, ${f.number(p.count)} tiltak frå ulike eigarar med felles ord: ${p.terms.map((t) => `«${t}»`).join(', ')} (tekstlikskap ${p.likhet}).`,
  },
  limits: {
    koordinator: (p) => `koordinator over maks ${p.limit}`,
    flerarig: (p) => `fleirårig over maks ${p.limit}`,
    egenandel: (p) => `eigenandel under min. ${p.limit}`,
  },
  file: {
    empty: (p) => `Fann ingen tiltak under overskriftene i rad ${p.row} på arket «${p.sheet}».`,
    lockFile: 'Låsefil frå Excel (arbeidsboka er open hos nokon); ho er inga arbeidsbok og er hoppa over.',
    notWorkbook: 'Ikkje ei arbeidsbok (.xlsx, .xlsm, .ods eller .csv); hoppa over.',
    xlsb: 'Binær Excel-arbeidsbok (.xlsb), som ikkje kan lesast: opne ho i Excel, vel Fil → Lagre som → «Excel-arbeidsbok (.xlsx)» og køyr oversikta på nytt.',
    brokenLink: 'Ein snarveg (lenkje) som ikkje peikar på noka fil; hoppa over.',
    folderLink: 'Ein snarveg (lenkje) til ei mappe; han blir ikkje følgd. Gi mappa sjølv til oversikt om arbeidsbøkene der skal vere med.',
    earlierOverview: 'Oversikta frå ei tidlegare køyring; ho blir skriven over, ikkje sjekka.',
    failed: (p) => `Kunne ikkje sjekkast: ${p.message}`,
  },
  repeat: {
    line: (p) =>
      `Partnarskapet «${p.partnerskap}» (${p.ordning}) står i ${files(p.files.length)}: ${quoted(p.files, 5)}. ` +
      (p.identical
        ? `Meldingane er like, så dei blir talde éin gong (${p.files[0]}).`
        : 'Meldingane er ulike, så alle blir talde; avklar med partnarskapet kva for ei som gjeld.'),
    counted: (p) => `Same partnarskap og ordning også i ${quoted(p.files)}.`,
    notCounted: (p) => `Lik meldinga i «${p.file}»; blir ikkje talt med i summane.`,
  },
  sheet: {
    title: 'Oversikt over behovsmeldingar',
    subtitle: (p) =>
      `${p.profile} – sjekka ${p.date} – ${files(p.files)}, ${f.number(p.meldinger)} ${f.plural(p.meldinger, { one: 'melding', other: 'meldingar' })}`,
    profileLine: (p) => `Profil ${p.id}: ${p.reason}`,
    footer: (p) => `Oversikt over behovsmeldingar – ${p.sheet}`,
    page: 'Side &P av &N',
    generated: (p) => `Generert ${p.date}`,
    yes: 'ja',
    no: 'nei',
    totals: {
      heading: 'Summar per ordning',
      meldinger: 'Meldingar',
      komplett: 'Komplette',
      tiltak: 'Tiltak',
      eier: 'Tilskot eigar',
      uh: 'Tilskot UH',
      sum: 'Sum',
      all: 'Alle',
    },
    columns: {
      file: 'Fil',
      partnerskap: 'Partnarskap',
      ordning: 'Ordning',
      tiltak: 'Tiltak',
      eier: 'Tilskot eigar',
      uh: 'Tilskot UH',
      sum: 'Sum',
      koordinator: 'Koordinator',
      flerarig: 'Fleirårig',
      egenandel: 'Eigenandel',
      status: 'Status',
      errors: 'Feil',
      warnings: 'Åtvaringar',
      overLimit: 'Over grensa',
      counted: 'I summane',
      note: 'Merknad',
      sheet: 'Ark',
      cell: 'Celle',
      rule: 'Regel',
      severity: 'Alvorsgrad',
      message: 'Melding',
      source: 'Kjelde',
      group: 'Gruppe',
      fase: 'Fase',
      row: 'Rad',
      eiere: 'Eigarar',
      beskrivelse: 'Skildring',
      terms: 'Felles ord',
      likhet: 'Likskap',
      fileStatus: 'Brukt',
      meldinger: 'Meldingar',
    },
    fileStatus: { used: 'brukt', empty: 'ingen tiltak', unusable: 'kan ikkje brukast', skipped: 'hoppa over' },
    noMeldinger: 'Ingen meldingar: ingen av filene kunne brukast (sjå arket «Filer»).',
    noFindings: 'Ingen funn i nokon av meldingane.',
    noFelles: 'Ingen kandidatar: ingen tiltak frå ulike eigarar i same ordning og fase skildrar det same.',
  },
  chart: {
    fundsTitle: 'Midlar per partnarskap og ordning',
    sharesTitle: 'Delar mot grensene',
    melding: 'Melding',
    eier: 'Tilskot eigar',
    uh: 'Tilskot UH',
    koordinator: 'Koordinator',
    koordinatorMaks: 'Maks koordinator',
    flerarig: 'Fleirårig',
    flerarigMaks: 'Maks fleirårig',
    egenandel: 'Eigenandel',
    egenandelMin: 'Min. eigenandel',
    cut: (p) =>
      `Diagramma viser ${f.number(p.shown)} av ${f.number(p.of)} meldingar: først dei som er over ei grense, så dei med mest midlar. Tabellen under har alle.`,
  },
  pane: {
    heading: 'Oversikt over mange arbeidsbøker',
    intro:
      'For koordinatoren i kompetansenettverket: vel arbeidsbøkene til eigarane eller ei mappe med dei. Tillegget sjekkar kvar fil slik Valider gjer, og lagar den same oversikta som kommandolinja, med arka Oversikt, Funn, Felles tiltak og Filer.',
    pickFiles: 'Vel filer',
    pickFolder: 'Vel mappe',
    drop: 'Eller slepp filer eller ei mappe her.',
    started: (p) => `Les og sjekkar ${files(p.files)} …`,
    progress: (p) => `${f.number(p.finished)} av ${files(p.total)}`,
    progressLabel: 'Filer sjekka',
    cancel: 'Avbryt',
    cancelled: 'Oversikta vart avbroten.',
    unreadable:
      'Nettlesaren fekk ikkje lese fila (ho kan vere flytta, open i eit anna program eller liggje på ein nettverksdisk som ikkje svarar); lagre ho lokalt og vel ho på nytt.',
    choose: 'Vel kva runde som gjeld for alle filene:',
    candidate: (p) => `${p.name} (passar ${files(p.files)})`,
    useProfile: 'Lag oversikta med denne profilen',
    chosen: 'Vald i panelet blant profilane filene passar.',
    writing: 'Skriv oversikta …',
    unused: 'Filer som ikkje gav nokon melding',
    written: {
      workbook: 'Oversikta er opna som ei ny arbeidsbok.',
      sheets: (p) =>
        `Oversikta er lagd inn som nye ark sist i denne arbeidsboka: ${f.list(p.sheets.map((s) => `«${s}»`))}. Arka dine er ikkje endra.`,
      downloaded: (p) => `Oversikta er lasta ned som ${p.file}.`,
      unsupported:
        'Denne Excel-versjonen kan verken opne ei ny arbeidsbok eller setje inn ark frå ei fil, så oversikta er ikkje skriven. Bruk Excel 2021 eller nyare, Excel på nettet eller kommandolinja.',
      tooLarge:
        'Oversikta er større enn det Excel på nettet tek imot på éin gong (5 MB), så ho er ikkje skriven. Vel færre filer om gongen, eller bruk Excel for Windows eller Mac.',
    },
    failed: 'Oversikta kunne ikkje lagast.',
  },
};
