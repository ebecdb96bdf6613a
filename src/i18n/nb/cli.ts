/** Bokmål. The command line: help, progress, what was written, errors. */
export const cli = {
  languageUnknown: (p: { option: string; value: string }) => `${p.option} må være nb (bokmål) eller nn (nynorsk), ikke «${p.value}».`,

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
  profileLine: (p: { name: string; version: string; status: string }) => `${p.name} (versjon ${p.version}, ${p.status})`,
  profileSource: (p: { title: string; publisher?: string }) => `Kilde: ${p.title}${p.publisher ? ` (${p.publisher})` : ''}`,

  // melding (src/cli/melding.ts).
  meldingNoTiltak: (p: { file: string; row: number; sheet: string }) =>
    `${p.file}: Fant ingen tiltak under overskriftene i rad ${p.row} på arket «${p.sheet}», så det er ingen melding å lage.`,
  meldingSheet: (p: { sheet: string; tiltak: number; status: string }) => `  «${p.sheet}»: ${p.tiltak} tiltak, ${p.status}`,
  meldingComplete: 'komplett',
  meldingDraft: (p: { errors: number }) => `UTKAST – ${p.errors} feil må rettes (se behovsmelding validate)`,
};
