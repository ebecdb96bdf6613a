import { formatsFor } from '../format';

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
    },
  },
  validate: {
    folder: (p: { folder: string }) =>
      `«${p.folder}» er en mappe: behovsmelding oversikt ${p.folder} sjekker alle arbeidsbøkene i den og lager én oversikt.`,
  },
  oversikt: {
    noFiles: 'oversikt trenger minst én arbeidsbok eller mappe, for eksempel: behovsmelding oversikt innsendt/',
    noWorkbooks: (p: { given: string[]; others: number }) =>
      `Fant ingen arbeidsbøker (.xlsx, .xlsm, .ods, .xls, .csv) i ${f.list(p.given.map((g) => `«${g}»`))}` +
      (p.others > 0 ? ` (bare ${files(p.others)} av andre slag).` : '.'),
    outIsInput: (p: { out: string }) => `--out kan ikke skrive over en av arbeidsbøkene («${p.out}»); velg et annet navn.`,
    writeFailed: (p: { out: string; code: string }) =>
      `Kunne ikke skrive oversikten til «${p.out}» (${p.code}): finnes mappen, og er filen åpen i Excel?`,
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
    wrote: (p: { out: string }) => `Skrev ${p.out}`,
    progressLine: (p: { done: number; total: number; file: string; ok: boolean }) =>
      `${p.done}/${p.total} ${p.file}${p.ok ? '' : ' – ingen melding'}`,
  },
};
