import type { Catalogue } from '../texts';

/** Nynorsk. The command line: help, progress, what was written, errors. */
export const cli: Catalogue['cli'] = {
  languageUnknown: (p) => `${p.option} må vere nb (bokmål) eller nn (nynorsk), ikkje «${p.value}».`,

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
  profileLine: (p) => `${p.name} (versjon ${p.version}, ${p.status})`,
  profileSource: (p) => `Kjelde: ${p.title}${p.publisher ? ` (${p.publisher})` : ''}`,

  meldingNoTiltak: (p) =>
    `${p.file}: Fann ingen tiltak under overskriftene i rad ${p.row} på arket «${p.sheet}», så det er inga melding å lage.`,
  meldingSheet: (p) => `  «${p.sheet}»: ${p.tiltak} tiltak, ${p.status}`,
  meldingComplete: 'komplett',
  meldingDraft: (p) => `UTKAST – ${p.errors} feil må rettast (sjå behovsmelding validate)`,
};
