import { formatsFor } from '../format';
import type { Catalogue } from '../texts';

const f = formatsFor('nn');
const files = (n: number) => `${f.number(n)} ${f.plural(n, { one: 'fil', other: 'filer' })}`;

/** Nynorsk. The command line: help, progress, what was written, errors. */
export const cli: Catalogue['cli'] = {
  args: {
    unknownCommand: (p) => `Ukjend kommando «${p.command}»: bruk ${f.list(p.commands, 'or')} (sjå --help).`,
    unknownOption: (p) => `Ukjent val «${p.option}» (sjå ${p.command} --help).`,
    optionNotForCommand: (p) => `${p.command} tek ikkje valet ${p.option} (sjå ${p.command} --help).`,
    needsValue: (p) => `Valet ${p.option} treng ein verdi (sjå --help).`,
    mapSyntax: '--map blir skrive felt=Overskrift, til dømes --map tittel="Namn på tiltak" (felta står i behovsmelding validate --help).',
    todaySyntax: (p) => `--today må vere ein dato skriven ÅÅÅÅ-MM-DD, ikkje «${p.value}».`,
    languageUnknown: (p) => `--sprak tek nb (bokmål) eller nn (nynorsk), ikkje «${p.value}».`,
    oneFile: (p) => (p.command === 'profiles' ? 'profiles --json tek éin profil om gongen.' : `${p.command} tek éi arbeidsbok om gongen.`),
  },
  help: {
    title: 'Behovsmelding – sjekk og lag behovsmeldingar for kompetansemidlar',
    usage: 'Bruk',
    perCommand: (p) => `Skriv ${p.program} KOMMANDO --help for kva ein kommando gjer og kva val han tek.`,
    language: 'Alle kommandoane svarer også på norsk namn, og --sprak nn gir nynorsk.',
    optionsHeading: 'Val:',
    fieldsHeading: 'Felta --map kan rette (felt=Overskrift eller felt=kolonnebokstav), med overskriftene som blir kjende att:',
    required: 'må finnast',
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
        'innebygd profil (sjå «behovsmelding profiles») eller ei JSON-fil med ein eigen profil;\nutan --profile vel kommandoen profilen som passar arbeidsboka, og utskrifta seier kvifor',
      sheet: 'arket med tiltaka (elles vel kommandoen arket der overskriftene passar best)',
      map: 'rett kolonnevalet: felt=Overskrift eller felt=kolonnebokstav (kan gjentakast)',
      json: 'skriv resultatet som JSON',
      out: 'kvar resultatet blir skrive som eiga arbeidsbok (aldri over ei av arbeidsbøkene)',
      pdf: 'skriv også meldinga som PDF',
      today: 'datoen sjekken gjeld for (elles i dag), for ei ny køyring av ein gammal runde',
      language: 'språket i alt kommandoen skriv: nb (bokmål, standard) eller nn (nynorsk)',
    },
    commands: {
      validate: {
        summary: 'sjekk arbeidsbøker mot reglane og skriv ut funna',
        files: '[FIL ...]',
        about:
          'Sjekkar tiltaka i kvar arbeidsbok (.xlsx, .xlsm, .ods eller .csv) mot reglane i profilen og skriv\nkvart funn med cella det gjeld. Utan fil blir eksempelarbeidsboka i assets/ sjekka.\nEi heil mappe blir sjekka med behovsmelding oversikt MAPPE.',
        options: {},
        exit: 'Avslutningskode: 0 ingen feil, 1 nokre feil, 2 ei fil kan ikkje brukast.',
      },
      melding: {
        summary: 'lag behovsmeldinga som eiga arbeidsbok (og PDF)',
        files: '[FIL]',
        about:
          'Lagar eitt meldingsark per melding i arbeidsboka og skriv dei til ei eiga arbeidsbok\n(standard: NAMN-behovsmelding.xlsx i mappa du står i). Arbeidsboka di blir berre lesen.',
        options: { out: 'kvar meldinga blir skriven (aldri over arbeidsboka)' },
        exit: 'Avslutningskode: 0 alle meldingane komplette, 1 nokre er utkast, 2 ingen melding kunne lagast.',
      },
      oversikt: {
        summary: 'sjekk alle arbeidsbøkene i ei mappe og lag éi oversikt',
        files: 'FIL|MAPPE ...',
        about:
          'For kompetansenettverket: sjekkar alle arbeidsbøkene (ei mappe: alle i ho og undermappene) og\nskriv éi oversikt med arka Oversikt, Funn, Felles tiltak og Filer. Kvar fil i mappa er med:\nbrukt, eller på arket Filer med grunnen. Profilen blir vald ut frå alle filene, og oversikta seier kva for ein.',
        options: {
          profile:
            'innebygd profil (sjå «behovsmelding profiles») eller ei JSON-fil med ein eigen profil; utan --profile\nvel kommandoen profilen som alle filene som peikar ut ein runde, passar, og oversikta seier kvifor',
          out: 'kvar oversikta blir skriven (standard oversikt.xlsx; med --json berre når --out er gitt)',
          json: 'skriv oversikta som eitt JSON-dokument',
        },
        exit: 'Avslutningskode: 0 alle meldingane komplette, 1 nokre har feil, 2 ingen fil kunne brukast\neller filene peikar på ulike rundar (vel då med --profile).',
      },
      profiles: {
        summary: 'vis dei innebygde profilane (reglar for kvar runde)',
        files: '[ID]',
        about:
          'Viser kvar innebygd profil med versjon, status og kjelder. Med --json ID blir profilen skriven som JSON,\nsom utgangspunkt for ein eigen profil til --profile.',
        options: { json: 'skriv profilen ID som JSON' },
        exit: 'Avslutningskode: 0, eller 2 når profilen ikkje finst.',
      },
    },
  },
  validate: {
    folder: (p) => `«${p.folder}» er ei mappe: behovsmelding oversikt ${p.folder} sjekkar alle arbeidsbøkene i ho og lagar éi oversikt.`,
  },
  oversikt: {
    noFiles: 'oversikt treng minst éi arbeidsbok eller mappe, til dømes: behovsmelding oversikt innsendt/',
    noWorkbooks: (p) =>
      `Fann ingen arbeidsbøker (.xlsx, .xlsm, .ods, .xls, .csv) i ${f.list(p.given.map((g) => `«${g}»`))}` +
      (p.others > 0 ? ` (berre ${files(p.others)} av andre slag).` : '.'),
    outIsInput: (p) => `--out kan ikkje skrive over ei av arbeidsbøkene («${p.out}»); vel eit anna namn.`,
    writeFailed: (p) => `Kunne ikkje skrive oversikta til «${p.out}» (${p.code}): finst mappa, og er fila open i Excel?`,
    givenProfile: 'Vald med --profile.',
    chooseProfile: (p) => `Vel runden med --profile, til dømes --profile ${p.example}.`,
    recheck: (p) => `Sjekkar ${files(p.files)} på nytt med profilen ${p.profile}, som gjeld alle filene.`,
    summary: (p) =>
      `${files(p.checked)} sjekka: ${f.number(p.meldinger)} ${f.plural(p.meldinger, { one: 'melding', other: 'meldingar' })} ` +
      `(${f.number(p.komplett)} ${f.plural(p.komplett, { one: 'komplett', other: 'komplette' })}, ${f.number(p.utkast)} utkast), ` +
      `${files(p.unused)} utan melding.` +
      (p.skipped > 0
        ? ` ${files(p.skipped)} er ${p.skipped === 1 ? 'ikkje ei arbeidsbok' : 'ikkje arbeidsbøker'} og er hoppa over (sjå arket Filer).`
        : ''),
    felles: (p) => `${f.number(p.count)} ${f.plural(p.count, { one: 'kandidat', other: 'kandidatar' })} til felles tiltak.`,
    wrote: (p) => `Skreiv ${p.out}`,
    progressLine: (p) => `${p.done}/${p.total} ${p.file}${p.ok ? '' : ' – inga melding'}`,
  },
};
