import { formatsFor } from '../format';
import { common } from './common';

const f = formatsFor('nb');

/** The round's severity for a missing value; absent when the round does not check it. */
type Need = { need?: 'error' | 'warning' | 'info' };

/** "Må fylles ut." when the round makes a missing value an error, "Bør fylles ut." when a warning. */
const need = (severity: Need['need']) => (severity === 'error' ? ' Må fylles ut.' : severity ? ' Bør fylles ut.' : '');
const MANY = 'Flere skilles med komma.';

/** Bokmål. The workbook template (mal): sheet names, input messages, error alerts, Veiledning. */
export const template = {
  sheets: { tiltak: 'Tiltak', guide: 'Veiledning' },
  /** The choices of a ja/nei cell, as its drop-down shows them. */
  yesNo: ['Ja', 'Nei'] as readonly string[],
  partnershipHeader: { label: 'Opplysning', value: 'Verdi' },

  /** Input messages on the Tiltak sheet, one per field; `need` is the round's severity for a missing value. */
  prompts: {
    nr: () => 'Tiltakets nummer, om dere nummererer tiltakene.',
    tittel: (p: Need) => `Et kort, beskrivende navn på tiltaket.${need(p.need)}`,
    ordning: (p: { labels: readonly string[] } & Need) => `Velg ordning fra listen: ${f.list(p.labels, 'or')}.${need(p.need)}`,
    fase: (p: { labels: readonly string[]; described: readonly string[] } & Need) =>
      `Velg én fase fra listen: ${f.list(p.labels, 'or')}. Et tiltak er bare i én fase.` +
      (p.described.length ? ` ${capital(f.list(p.described))} krever en beskrivelse.` : '') +
      need(p.need),
    beskrivelse: (p: { described: readonly string[] }) =>
      `Hva som skal gjøres, konkret.` + (p.described.length ? ` Må fylles ut i fasen ${f.list(p.described, 'or')}.` : ''),
    ansvar: (p: Need) => `Hva eier og partneren hver skal gjøre.${need(p.need)}`,
    eiere: (p: Need) => `Kommunen(e) eller eieren(e) bak tiltaket. ${MANY}${need(p.need)}`,
    uh: (p: { partners: string; spared: string | null } & Need) =>
      `Partneren: ${p.partners}. ${MANY}${need(p.need)}` +
      (p.spared ? ` Er eneste partner ${p.spared}, spørres det ikke om lærerutdanning.` : ''),
    malgruppe: (p: { groups: readonly string[]; other: readonly string[] }) =>
      `Hvem tiltaket er for: ${p.groups.join(', ')}. ${MANY}` +
      (p.other.length ? ` ${capital(f.list(p.other))} hører til en annen ordning.` : ''),
    enheter: () => `Barnehagene eller skolene som er med. ${MANY}`,
    fylke: (p: { regions: readonly string[] }) =>
      `Fylket virksomhetene ligger i.${p.regions.length ? ` Eiere melder bare for virksomheter i egen region (${p.regions.join(', ')}).` : ''}`,
    tilskuddEier: () => 'Tilskudd til eier i hele kroner, bare tallet: 150000. Minst ett av beløpene må være over 0.',
    tilskuddUh: () => 'Tilskudd til partneren i hele kroner, bare tallet: 150000. Minst ett av beløpene må være over 0.',
    koordinator: (p: { cap: number | null; municipalities: number | null; justified: boolean }) =>
      'Del av eiers midler til koordinator, i hele kroner.' +
      (p.cap !== null ? ` Høyst ${f.percent(p.cap)} av eiers midler i meldingen.` : '') +
      (p.municipalities !== null ? ` Krever minst ${p.municipalities} kommuner.` : '') +
      (p.justified ? ' Begrunn det i kolonnen for begrunnelse.' : ''),
    koordinatorBegrunnelse: (p: { required: boolean }) =>
      `Hvorfor tiltaket trenger koordinator.${p.required ? ' Må fylles ut når tiltaket har koordinatormidler.' : ''}`,
    start: (p: Need) => `Første dag, skrevet dd.mm.åååå: 01.08.2026.${need(p.need)}`,
    slutt: (p: { maxYears: number | null; lastSingleYearDay: string | null } & Need) =>
      'Siste dag, skrevet dd.mm.åååå: 31.07.2027.' +
      (p.maxYears !== null ? ` Høyst ${f.number(p.maxYears)} år etter start.` : '') +
      (p.lastSingleYearDay !== null ? ` Slutter det etter ${f.date(p.lastSingleYearDay)}, er tiltaket flerårig.` : '') +
      need(p.need),
    forankring: (p: { minWords: number | null } & Need) =>
      `Hvordan ansatte og ledere er involvert, i dialog med partneren.${words(p.minWords)}${need(p.need)}`,
    kollektiv: (p: { minWords: number | null } & Need) =>
      `Hvordan tiltaket gir kollektive prosesser som utvikler barnehagen eller skolen.${words(p.minWords)}${need(p.need)}`,
    laererutdanning: (p: { minWords: number | null; spared: string | null } & Need) =>
      `Hvordan samarbeidet styrker lærerutdanningen.${words(p.minWords)}${need(p.need)}` +
      (p.spared ? ` Ikke nødvendig når eneste partner er ${p.spared}.` : ''),
    supplerende: () => 'Ja hvis tiltaket alt er i gang og dere søker supplerende tilskudd, ellers Nei.',
    egenandel: (p: { ordning: string | null; minShare: number | null }) =>
      'Eiers egne midler i hele kroner; lønn og frikjøp teller med.' +
      (p.ordning !== null && p.minShare !== null ? ` I ${p.ordning} minst ${f.percent(p.minShare)} av eiers tilskudd.` : ''),
    deltakere: () => 'Hvor mange som deltar, som et helt tall.',
  },

  /** Input messages on the Partnerskap sheet, by label key. */
  partnershipPrompts: {
    partnerskap: () => 'Navnet på partnerskapet eller nettverket.',
    eiere: () => `Eierne i partnerskapet. ${MANY}`,
    uh: (p: { partners: string }) => `Partneren(e): ${p.partners}. ${MANY}`,
    organisasjonsnummer: () => `Eiernes organisasjonsnummer, 9 siffer hvert. ${MANY}`,
    kontaktperson: (p: Need) =>
      `Hvem som svarer for partnerskapet. Melder flere eiere sammen, melder én på vegne av nettverket.${need(p.need)}`,
    epost: () => 'Kontaktpersonens e-postadresse.',
    telefon: () => 'Kontaktpersonens telefonnummer.',
    skriftligAvtale: (p: Need) => `Ja når den skriftlige avtalen mellom eier(e) og partner er inngått.${need(p.need)}`,
    avtaledato: () => 'Datoen avtalen ble inngått, skrevet dd.mm.åååå.',
    avtaleHvem: (p: Need) => `Hvem som er med i avtalen.${need(p.need)}`,
    avtaleHva: (p: Need) => `Hva partnerskapet skal gjøre.${need(p.need)}`,
    avtaleNar: (p: Need) => `Når det skal skje.${need(p.need)}`,
    ansatteInvolvert: (p: Need) => `Ja når ansatte og tillitsvalgte er involvert i arbeidet med behovsmeldingen.${need(p.need)}`,
  },

  /** What Excel says when a typed value breaks the cell's rule (title ≤ 32 characters). */
  alerts: {
    list: {
      title: 'Velg fra listen',
      message: (p: { field: string; values: readonly string[] }) => `«${p.field}» må være ${f.list(p.values, 'or')}.`,
    },
    yesNo: { title: 'Ja eller Nei', message: 'Velg Ja eller Nei fra listen.' },
    wholeNumber: {
      title: 'Bare hele kroner',
      message: 'Skriv beløpet som et helt tall i kroner, 0 eller mer, uten tekst: 150000. Excel viser det som 150 000 kr.',
    },
    count: { title: 'Bare et helt tall', message: 'Skriv antallet som et helt tall, 0 eller mer.' },
    date: {
      title: 'Skriv en dato',
      message: 'Skriv datoen som dd.mm.åååå, for eksempel 01.08.2026. Et semester (høst 2026) kan også brukes: velg Ja for å beholde det.',
    },
    agreementDate: { title: 'Skriv en dato', message: 'Skriv datoen som dd.mm.åååå, for eksempel 15.11.2025.' },
    words: {
      title: 'For kort',
      message: (p: { minWords: number }) =>
        `Skriv minst ${p.minWords} ord, så det går fram hvordan kriteriet er møtt. Velg Ja for å beholde teksten likevel.`,
    },
    email: { title: 'Ikke en e-postadresse', message: 'Skriv hele e-postadressen, for eksempel kari.nordmann@kommune.no.' },
    orgnr: { title: 'Organisasjonsnummer', message: 'Skriv organisasjonsnummeret med 9 siffer. Flere skilles med komma.' },
  },

  /** The Veiledning sheet. */
  guide: {
    title: (p: { profile: string }) => `Behovsmelding – mal for ${p.profile}`,
    round: (p: { name: string; version: string; status: 'fastsatt' | 'foreløpig' }) =>
      `Runde: ${p.name} (versjon ${p.version}, ${common.profileStatus[p.status]}).`,
    preliminary: (p: { items: readonly string[] }) => `Profilen er foreløpig. Ikke bekreftet: ${p.items.join(', ')}.`,
    deadline: (p: { date: string }) => `Frist: ${f.date(p.date)}.`,
    stepsHeading: 'Slik fyller du ut',
    steps: [
      'Skriv ett tiltak per rad på arket «Tiltak». Står du i en celle, viser Excel hva som skal stå der og hvilken regel som gjelder; lister, beløp og datoer godtar bare det runden bruker.',
      'Fyll ut arket «Partnerskap»: kontaktperson, avtale og om ansatte og tillitsvalgte er involvert.',
      'Trykk Valider i Behovsmelding (eller kjør «behovsmelding valider fil.xlsx»): da sjekkes også det Excel ikke kan sjekke, som summer, perioder og kriterier.',
      'Lag behovsmeldingen når det ikke er flere feil.',
    ],
    storedProfile: 'Profilen følger med arbeidsboken, så Valider bruker den samme runden.',
    sourcesHeading: 'Hvor reglene kommer fra',
    source: (p: { title: string; publisher?: string }) => (p.publisher ? `${p.title} (${p.publisher})` : p.title),
  },
  /** `behovsmelding mal` on the command line. */
  cli: {
    notXlsx: (p: { file: string }) => `Malen skrives som en Excel-arbeidsbok: gi --out et navn som slutter på .xlsx, ikke «${p.file}».`,
    written: (p: { file: string; profile: string; language: string }) => `Skrev malen ${p.file} for ${p.profile} (${p.language}).`,
    languageName: { nb: 'bokmål', nn: 'nynorsk' },
  },
};

function words(minWords: number | null): string {
  return minWords !== null ? ` Minst ${minWords} ord.` : '';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
