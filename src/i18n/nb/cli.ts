import { formatsFor } from '../format';
import { common } from './common';

const f = formatsFor('nb');
const files = (n: number) => `${f.number(n)} ${f.plural(n, { one: 'fil', other: 'filer' })}`;

/** Bokmål. The command line: help, progress, what was written, errors. */
export const cli = {
  /** Mistakes on the command line itself. */
  args: {
    unknownCommand: (p: { command: string; commands: string[] }) =>
      `Ukjent kommando «${p.command}»: bruk ${f.list(p.commands, 'or')} (se --help).`,
    unknownOption: (p: { option: string; command: string }) => `Ukjent valg «${p.option}» (se ${p.command} --help).`,
    optionNotForCommand: (p: { option: string; command: string }) => `${p.command} tar ikke valget ${p.option} (se ${p.command} --help).`,
    needsValue: (p: { option: string }) => `Valget ${p.option} trenger en verdi (se --help).`,
    mapSyntax: '--map skrives felt=Overskrift, for eksempel --map tittel="Navn på tiltak" (feltene står i behovsmelding validate --help).',
    todaySyntax: (p: { value: string }) => `--today må være en dato skrevet ÅÅÅÅ-MM-DD, ikke «${p.value}».`,
    languageUnknown: (p: { value: string }) => `--sprak tar nb (bokmål) eller nn (nynorsk), ikke «${p.value}».`,
    noFile: (p: { command: string; given: string }) =>
      `${p.command} leser ingen arbeidsbok, så «${p.given}» kan ikke brukes (se ${p.command} --help).`,
    oneFile: (p: { command: string }) =>
      p.command === 'profiles' ? 'profiles --json tar én profil om gangen.' : `${p.command} tar én arbeidsbok om gangen.`,
  },
  help: {
    title: 'Behovsmelding – sjekk og lag behovsmeldinger for kompetansemidler',
    usage: 'Bruk',
    perCommand: (p: { program: string }) => `Skriv ${p.program} KOMMANDO --help for hva en kommando gjør og hvilke valg den tar.`,
    language: 'Alle kommandoene svarer også på norsk navn, og --sprak nn gir nynorsk.',
    optionsHeading: 'Valg:',
    fieldsHeading: 'Feltene --map kan rette (felt=Overskrift eller felt=kolonnebokstav), med overskriftene som kjennes igjen:',
    required: 'må finnes',
    /** What an option's value looks like. */
    values: {
      profile: 'ID|profil.json',
      sheet: 'ARK',
      map: 'felt=Overskrift',
      out: 'UT.xlsx',
      pdf: 'UT.pdf',
      today: 'ÅÅÅÅ-MM-DD',
      language: 'nb|nn',
    },
    options: {
      profile:
        'innebygd profil (se «behovsmelding profiles») eller en JSON-fil med en egen profil;\nuten --profile velges profilen som passer arbeidsboken, og utskriften sier hvorfor',
      sheet: 'arket med tiltakene (ellers velges arket der overskriftene passer best)',
      map: 'rett kolonnevalget: felt=Overskrift eller felt=kolonnebokstav (kan gjentas)',
      json: 'skriv resultatet som JSON',
      out: 'hvor resultatet skrives som egen arbeidsbok (aldri over en av arbeidsbøkene)',
      pdf: 'skriv også meldingen som PDF',
      today: 'datoen sjekken gjelder for (ellers i dag), for en ny kjøring av en gammel runde',
      language: 'språket i alt kommandoen skriver: nb (bokmål, standard) eller nn (nynorsk)',
      force: 'skriv over en fil som finnes fra før',
    },
    commands: {
      validate: {
        summary: 'sjekk arbeidsbøker mot reglene og skriv ut funnene',
        files: '[FIL ...]',
        about:
          'Sjekker tiltakene i hver arbeidsbok (.xlsx, .xlsm, .ods eller .csv) mot reglene i profilen og skriver\nhvert funn med cellen det gjelder. Uten fil sjekkes eksempelarbeidsboken i assets/.\nEn hel mappe sjekkes med behovsmelding oversikt MAPPE.',
        options: {},
        exit: 'Avslutningskode: 0 ingen feil, 1 noen feil, 2 en fil kan ikke brukes.',
      },
      melding: {
        summary: 'lag behovsmeldingen som egen arbeidsbok (og PDF)',
        files: '[FIL]',
        about:
          'Lager ett meldingsark per melding i arbeidsboken og skriver dem til en egen arbeidsbok\n(standard: NAVN-behovsmelding.xlsx i mappen du står i). Arbeidsboken din blir bare lest.',
        options: { out: 'hvor meldingen skrives (aldri over arbeidsboken)' },
        exit: 'Avslutningskode: 0 alle meldinger komplette, 1 noen er utkast, 2 ingen melding kunne lages.',
      },
      oversikt: {
        summary: 'sjekk alle arbeidsbøkene i en mappe og lag én oversikt',
        files: 'FIL|MAPPE ...',
        about:
          'For kompetansenettverket: sjekker alle arbeidsbøkene (en mappe: alle i den og undermappene) og\nskriver én oversikt med arkene Oversikt, Funn, Felles tiltak og Filer. Hver fil i mappen er med:\nbrukt, eller på arket Filer med grunnen. Profilen velges ut fra alle filene, og oversikten sier hvilken.',
        options: {
          profile:
            'innebygd profil (se «behovsmelding profiles») eller en JSON-fil med en egen profil; uten --profile\nvelges profilen som alle filene som peker ut en runde, passer, og oversikten sier hvorfor',
          out: 'hvor oversikten skrives (standard oversikt.xlsx; med --json bare når --out er gitt)',
          json: 'skriv oversikten som ett JSON-dokument',
        },
        exit: 'Avslutningskode: 0 alle meldinger komplette, 1 noen har feil, 2 ingen fil kunne brukes\neller filene peker på ulike runder (velg da med --profile).',
      },
      profiles: {
        summary: 'vis de innebygde profilene (regler for hver runde)',
        files: '[ID]',
        about:
          'Viser hver innebygd profil med versjon, status og kilder. Med --json ID skrives profilen som JSON,\nsom utgangspunkt for en egen profil til --profile.',
        options: { json: 'skriv profilen ID som JSON' },
        exit: 'Avslutningskode: 0, eller 2 når profilen ikke finnes.',
      },
      mal: {
        summary: 'lag en tom arbeidsbok (mal) for runden, med lister og regler fra profilen',
        files: '',
        about:
          'Skriver en mal for runden: arket Tiltak med profilens kolonner som Excel-tabell, lister, beløps- og\ndatoregler og en forklaring i hver kolonne; arkene Partnerskap og Veiledning; og profilen lagret i\narbeidsboken, så Valider bruker samme runde. Uten --profile brukes den nyeste runden.',
        options: {
          profile: 'innebygd profil (se «behovsmelding profiles») eller en JSON-fil med en egen profil;\nuten --profile den nyeste runden',
          language: 'språket i malen: nb (bokmål, standard) eller nn (nynorsk); lagres i arbeidsboken',
          out: 'hvor malen skrives (.xlsx; standard mal-ID.xlsx i mappen du står i);\nen fil som finnes, skrives bare over med --force',
        },
        exit: 'Avslutningskode: 0 malen er skrevet, 2 den kunne ikke skrives.',
      },
    },
  },
  validate: {
    noTiltak: (p: { row: number; sheet: string; findings: boolean }) =>
      `Fant ingen tiltak under overskriftene i rad ${p.row} på arket «${p.sheet}»: skriv ett tiltak per rad under dem og sjekk igjen.` +
      (p.findings ? ' Funnene over gjelder overskriftene og arket Partnerskap.' : ''),
    folder: (p: { folder: string }) =>
      `«${p.folder}» er en mappe: behovsmelding oversikt ${p.folder} sjekker alle arbeidsbøkene i den og lager én oversikt.`,
  },
  oversikt: {
    noFiles: 'oversikt trenger minst én arbeidsbok eller mappe, for eksempel: behovsmelding oversikt innsendt/',
    noWorkbooks: (p: { given: string[]; others: number }) =>
      `Fant ingen arbeidsbøker (.xlsx, .xlsm, .ods, .xls, .csv) i ${f.list(p.given.map((g) => `«${g}»`))}` +
      (p.others > 0 ? ` (bare ${files(p.others)} av andre slag).` : '.'),
    givenProfile: 'Valgt med --profile.',
    chooseProfile: (p: { example: string }) => `Velg runden med --profile, for eksempel --profile ${p.example}.`,
    recheck: (p: { files: number; profile: string }) =>
      `Sjekker ${files(p.files)} på nytt med profilen ${p.profile}, som gjelder alle filene.`,
    summary: (p: { checked: number; meldinger: number; komplett: number; utkast: number; unused: number; skipped: number }) =>
      `${files(p.checked)} sjekket: ${f.number(p.meldinger)} ${f.plural(p.meldinger, { one: 'melding', other: 'meldinger' })} ` +
      `(${f.number(p.komplett)} ${f.plural(p.komplett, { one: 'komplett', other: 'komplette' })}, ${f.number(p.utkast)} utkast), ` +
      `${files(p.unused)} uten melding.` +
      (p.skipped > 0
        ? ` ${files(p.skipped)} er ${p.skipped === 1 ? 'ikke en arbeidsbok' : 'ikke arbeidsbøker'} og er hoppet over (se arket Filer).`
        : ''),
    felles: (p: { count: number }) =>
      `${f.number(p.count)} ${f.plural(p.count, { one: 'kandidat', other: 'kandidater' })} til felles tiltak.`,
    progressLine: (p: { done: number; total: number; file: string; ok: boolean }) =>
      `${p.done}/${p.total} ${p.file}${p.ok ? '' : ' – ingen melding'}`,
  },
  // Files the commands write (src/cli/output.ts): what was written, and why a file was not.
  wrote: (p: { path: string }) => `Skrev ${p.path}`,
  outputIsInput: (p: { option: string; output: string; input: string }) =>
    `${p.option} «${p.output}» er den samme filen som «${p.input}», som bare skal leses: velg et annet filnavn for ${p.option}.`,
  outputsSame: (p: { first: string; second: string; path: string }) =>
    `${p.first} og ${p.second} peker på samme fil («${p.path}»): gi dem hvert sitt filnavn.`,
  outputIsFolder: (p: { path: string }) => `«${p.path}» er en mappe og kan ikke skrives over: velg et annet filnavn.`,
  outputExists: (p: { path: string }) => `«${p.path}» finnes fra før: velg et annet filnavn, eller legg til --force for å skrive over den.`,
  outputChanged: (p: { path: string }) =>
    `«${p.path}» ble endret av et annet program mens den nye filen ble laget, og er ikke skrevet over: kjør kommandoen på nytt når det andre programmet er ferdig.`,
  writeDenied: (p: { path: string }) =>
    `Du har ikke lov til å skrive «${p.path}»: velg en mappe du kan skrive i, eller lukk filen hvis den er åpen i Excel.`,
  writeBusy: (p: { path: string }) => `«${p.path}» er i bruk av et annet program, kanskje Excel: lukk filen og kjør kommandoen på nytt.`,
  writeReadOnly: (p: { folder: string }) => `Mappen «${p.folder}» er skrivebeskyttet: velg en annen mappe.`,
  writeNoSpace: (p: { path: string }) =>
    `Det er ikke nok plass på disken til «${p.path}»: frigjør plass eller velg en annen disk, og kjør kommandoen på nytt.`,
  writeTooLarge: (p: { path: string }) =>
    `Filen «${p.path}» blir større enn disken eller systemet tillater: velg en annen disk, og kjør kommandoen på nytt.`,
  writeNoFolder: (p: { folder: string }) => `Mappen «${p.folder}» finnes ikke: opprett den, eller velg en annen mappe.`,
  writeNameTooLong: (p: { path: string }) => `Filnavnet «${p.path}» er for langt: velg et kortere navn eller en mappe nærmere roten.`,
  writeFailed: (p: { path: string; code: string }) =>
    `Kunne ikke skrive «${p.path}» (${p.code}): sjekk at mappen finnes og at du kan skrive i den, og kjør kommandoen på nytt.`,
  /** An error no other message foresaw (src/cli/main.ts runCli): what happened, and what to do. */
  unexpected: (p: { message: string }) =>
    `Noe uventet gikk galt (${p.message}): kjør kommandoen på nytt, og meld fra om feilen sammen med kommandoen og denne teksten hvis den kommer igjen.`,

  // Profiles (src/cli/profile.ts).
  profileUnknown: (p: { ref: string; ids: string }) => `Ukjent profil «${p.ref}»: bruk en innebygd profil (${p.ids}) eller en JSON-fil.`,
  profileNotFound: (p: { path: string }) => `Fant ikke profilfilen «${p.path}»: sjekk navnet og mappen.`,
  profileIsFolder: (p: { path: string }) =>
    `«${p.path}» er en mappe, ikke en profilfil: oppgi en JSON-fil, for eksempel en som er laget med «behovsmelding profiles --json ID».`,
  profileUnreadable: (p: { path: string; code: string }) =>
    `Fikk ikke lese profilfilen «${p.path}» (${p.code}): sjekk at du har lesetilgang til den.`,
  profileNotJson: (p: { path: string }) =>
    `Profilfilen «${p.path}» er ikke gyldig JSON: lagre den som JSON på nytt, for eksempel med «behovsmelding profiles --json ID» som utgangspunkt.`,
  profileInvalid: (p: { path: string; message: string }) => `Profilfilen «${p.path}»: ${p.message}`,
  profileJsonWhich: (p: { ids: string }) => `Skriv hvilken profil som skal skrives ut: behovsmelding profiles --json ID (${p.ids}).`,
  profileJsonUnknown: (p: { id: string; ids: string }) => `Ukjent profil «${p.id}»: de innebygde profilene er ${p.ids}.`,
  profileLine: (p: { name: string; version: string; status: 'fastsatt' | 'foreløpig' }) =>
    `${p.name} (versjon ${p.version}, ${common.profileStatus[p.status]})`,
  profileSource: (p: { title: string; publisher?: string }) => `Kilde: ${p.title}${p.publisher ? ` (${p.publisher})` : ''}`,

  // melding (src/cli/melding.ts).
  meldingNoTiltak: (p: { file: string; row: number; sheet: string }) =>
    `${p.file}: Fant ingen tiltak under overskriftene i rad ${p.row} på arket «${p.sheet}», så det er ingen melding å lage.`,
  meldingSheet: (p: { sheet: string; tiltak: number; status: string }) => `  «${p.sheet}»: ${p.tiltak} tiltak, ${p.status}`,
  meldingComplete: 'komplett',
  meldingDraft: (p: { errors: number }) => `UTKAST – ${p.errors} feil må rettes (se behovsmelding validate)`,
  /** `validate` on a terminal (src/cli/report.ts): one block per file. */
  report: {
    header: (p: { file: string; sheet: string; row: number; found: number; fields: number; profile: string }) =>
      `${p.file} – ark «${p.sheet}», overskrifter i rad ${p.row}, ${p.found} av ${p.fields} felt gjenkjent, profil ${p.profile}`,
    chosen: (p: { profile: string; reason: string }) => `Profilen ${p.profile} er valgt: ${p.reason}`,
    /** Padded to one width on the terminal: keep them short. */
    severity: { error: 'FEIL', warning: 'ADVARSEL', info: 'RÅD' },
    source: (p: { source: string }) => `Kilde: ${p.source}`,
    none: 'Ingen funn. Tabellen følger reglene i profilen.',
    summary: (p: { rows: number; errors: number; warnings: number; infos: number }) =>
      `${common.tiltak(p.rows)} sjekket: ${common.errors(p.errors)}, ${common.warnings(p.warnings)}, ${common.infos(p.infos)}.`,
    /** `melding` without --profile: the profile that fits the workbook. */
    profile: (p: { profile: string; reason: string }) => `Profil ${p.profile}: ${p.reason}`,
  },
};
