import { formatsFor } from '../format';
import { common } from './common';
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
    noFile: (p: { command: string; given: string }) =>
      `${p.command} les inga arbeidsbok, så «${p.given}» kan ikkje brukast (sjå ${p.command} --help).`,
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
      today: 'datoen sjekken gjeld for (elles i dag), for ei ny køyring av ein gamal runde',
      language: 'språket i alt kommandoen skriv: nb (bokmål, standard) eller nn (nynorsk)',
      force: 'skriv over ei fil som finst frå før',
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
      mal: {
        summary: 'lag ei tom arbeidsbok (mal) for runden, med lister og reglar frå profilen',
        files: '',
        about:
          'Skriv ein mal for runden: arket Tiltak med kolonnane til profilen som Excel-tabell, lister, reglar for\nbeløp og datoar og ei forklaring i kvar kolonne; arka Partnerskap og Rettleiing; og profilen lagra i\narbeidsboka, så Valider bruker same runde. Utan --profile blir den nyaste runden brukt.',
        options: {
          profile:
            'innebygd profil (sjå «behovsmelding profiles») eller ei JSON-fil med ein eigen profil;\nutan --profile den nyaste runden',
          language: 'språket i malen: nb (bokmål, standard) eller nn (nynorsk); blir lagra i arbeidsboka',
          out: 'kvar malen blir skriven (.xlsx; standard mal-ID.xlsx i mappa du står i);\nei fil som finst, blir berre skriven over med --force',
        },
        exit: 'Avslutningskode: 0 malen er skriven, 2 han kunne ikkje skrivast.',
      },
    },
  },
  validate: {
    noTiltak: (p) =>
      `Fann ingen tiltak under overskriftene i rad ${p.row} på arket «${p.sheet}»: skriv eitt tiltak per rad under dei og sjekk på nytt.` +
      (p.findings ? ' Funna over gjeld overskriftene og arket Partnerskap.' : ''),
    folder: (p) => `«${p.folder}» er ei mappe: behovsmelding oversikt ${p.folder} sjekkar alle arbeidsbøkene i ho og lagar éi oversikt.`,
  },
  oversikt: {
    noFiles: 'oversikt treng minst éi arbeidsbok eller mappe, til dømes: behovsmelding oversikt innsendt/',
    noWorkbooks: (p) =>
      `Fann ingen arbeidsbøker (.xlsx, .xlsm, .ods, .xls, .csv) i ${f.list(p.given.map((g) => `«${g}»`))}` +
      (p.others > 0 ? ` (berre ${files(p.others)} av andre slag).` : '.'),
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
    progressLine: (p) => `${p.done}/${p.total} ${p.file}${p.ok ? '' : ' – inga melding'}`,
  },
  wrote: (p) => `Skreiv ${p.path}`,
  outputIsInput: (p) =>
    `${p.option} «${p.output}» er den same fila som «${p.input}», som berre skal lesast: vel eit anna filnamn for ${p.option}.`,
  outputsSame: (p) => `${p.first} og ${p.second} peikar på same fil («${p.path}»): gi dei kvart sitt filnamn.`,
  outputIsFolder: (p) => `«${p.path}» er ei mappe og kan ikkje skrivast over: vel eit anna filnamn.`,
  outputExists: (p) => `«${p.path}» finst frå før: vel eit anna filnamn, eller legg til --force for å skrive over henne.`,
  outputChanged: (p) =>
    `«${p.path}» vart endra av eit anna program medan den nye fila vart laga, og er ikkje skriven over: køyr kommandoen på nytt når det andre programmet er ferdig.`,
  writeDenied: (p) => `Du har ikkje lov til å skrive «${p.path}»: vel ei mappe du kan skrive i, eller lukk fila viss ho er open i Excel.`,
  writeBusy: (p) => `«${p.path}» er i bruk av eit anna program, kanskje Excel: lukk fila og køyr kommandoen på nytt.`,
  writeReadOnly: (p) => `Mappa «${p.folder}» er skriveverna: vel ei anna mappe.`,
  writeNoSpace: (p) =>
    `Det er ikkje nok plass på disken til «${p.path}»: frigjer plass eller vel ein annan disk, og køyr kommandoen på nytt.`,
  writeTooLarge: (p) => `Fila «${p.path}» blir større enn disken eller systemet tillèt: vel ein annan disk, og køyr kommandoen på nytt.`,
  writeNoFolder: (p) => `Mappa «${p.folder}» finst ikkje: opprett henne, eller vel ei anna mappe.`,
  writeNameTooLong: (p) => `Filnamnet «${p.path}» er for langt: vel eit kortare namn eller ei mappe nærare rota.`,
  writeFailed: (p) =>
    `Kunne ikkje skrive «${p.path}» (${p.code}): sjekk at mappa finst og at du kan skrive i henne, og køyr kommandoen på nytt.`,
  unexpected: (p) =>
    `Noko uventa gjekk gale (${p.message}): køyr kommandoen på nytt, og meld frå om feilen saman med kommandoen og denne teksten viss han kjem att.`,

  profileUnknown: (p) => `Ukjend profil «${p.ref}»: bruk ein innebygd profil (${p.ids}) eller ei JSON-fil.`,
  profileNotFound: (p) => `Fann ikkje profilfila «${p.path}»: sjekk namnet og mappa.`,
  profileIsFolder: (p) =>
    `«${p.path}» er ei mappe, ikkje ei profilfil: gi opp ei JSON-fil, til dømes ei som er laga med «behovsmelding profiles --json ID».`,
  profileUnreadable: (p) => `Fekk ikkje lese profilfila «${p.path}» (${p.code}): sjekk at du har lesetilgang til henne.`,
  profileNotJson: (p) =>
    `Profilfila «${p.path}» er ikkje gyldig JSON: lagre henne som JSON på nytt, til dømes med «behovsmelding profiles --json ID» som utgangspunkt.`,
  profileInvalid: (p) => `Profilfila «${p.path}»: ${p.message}`,
  profileJsonWhich: (p) => `Skriv kva profil som skal skrivast ut: behovsmelding profiles --json ID (${p.ids}).`,
  profileJsonUnknown: (p) => `Ukjend profil «${p.id}»: dei innebygde profilane er ${p.ids}.`,
  profileLine: (p) => `${p.name} (versjon ${p.version}, ${common.profileStatus[p.status]})`,
  profileSource: (p) => `Kjelde: ${p.title}${p.publisher ? ` (${p.publisher})` : ''}`,

  meldingNoTiltak: (p) =>
    `${p.file}: Fann ingen tiltak under overskriftene i rad ${p.row} på arket «${p.sheet}», så det er inga melding å lage.`,
  meldingSheet: (p) => `  «${p.sheet}»: ${p.tiltak} tiltak, ${p.status}`,
  meldingComplete: 'komplett',
  meldingDraft: (p) => `UTKAST – ${p.errors} feil må rettast (sjå behovsmelding validate)`,
  report: {
    header: (p) =>
      `${p.file} – ark «${p.sheet}», overskrifter i rad ${p.row}, ${p.found} av ${p.fields} felt kjende att, profil ${p.profile}`,
    chosen: (p) => `Profilen ${p.profile} er vald: ${p.reason}`,
    severity: { error: 'FEIL', warning: 'ÅTVARING', info: 'RÅD' },
    source: (p) => `Kjelde: ${p.source}`,
    none: 'Ingen funn. Tabellen følgjer reglane i profilen.',
    summary: (p) =>
      `${common.tiltak(p.rows)} sjekka: ${common.errors(p.errors)}, ${common.warnings(p.warnings)}, ${common.infos(p.infos)}.`,
    profile: (p) => `Profil ${p.profile}: ${p.reason}`,
  },
};
