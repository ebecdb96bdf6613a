import { formatsFor } from '../format';
import type { Catalogue } from '../texts';
import { common } from './common';

const f = formatsFor('nn');

type Need = { need?: 'error' | 'warning' | 'info' };

/** «Må fyllast ut.» når ein manglande verdi er ein feil i runden, «Bør fyllast ut.» når han er ei åtvaring. */
const need = (severity: Need['need']) => (severity === 'error' ? ' Må fyllast ut.' : severity ? ' Bør fyllast ut.' : '');
const MANY = 'Fleire skil du med komma.';

/** Nynorsk. The workbook template (mal): sheet names, input messages, error alerts, Rettleiing. */
export const template: Catalogue['template'] = {
  // «Tiltak» and «Partnerskap» are the names the readers look for in both languages.
  sheets: { tiltak: 'Tiltak', guide: 'Rettleiing' },
  yesNo: ['Ja', 'Nei'],
  partnershipHeader: { label: 'Opplysning', value: 'Verdi' },

  prompts: {
    nr: () => 'Nummeret på tiltaket, om de nummererer tiltaka.',
    tittel: (p: Need) => `Eit kort namn som seier kva tiltaket er.${need(p.need)}`,
    ordning: (p: { labels: readonly string[] } & Need) => `Vel ordning frå lista: ${f.list(p.labels, 'or')}.${need(p.need)}`,
    fase: (p: { labels: readonly string[]; described: readonly string[] } & Need) =>
      `Vel éin fase frå lista: ${f.list(p.labels, 'or')}. Eit tiltak er berre i éin fase.` +
      (p.described.length ? ` ${capital(f.list(p.described))} krev ei skildring.` : '') +
      need(p.need),
    beskrivelse: (p: { described: readonly string[] }) =>
      `Kva som skal gjerast, konkret.` + (p.described.length ? ` Må fyllast ut i fasen ${f.list(p.described, 'or')}.` : ''),
    ansvar: (p: Need) => `Kva eigaren og partnaren skal gjere kvar for seg.${need(p.need)}`,
    eiere: (p: Need) => `Kommunen eller eigaren bak tiltaket, eller alle når dei er fleire. ${MANY}${need(p.need)}`,
    uh: (p: { partners: string; spared: string | null } & Need) =>
      `Partnaren: ${p.partners}. ${MANY}${need(p.need)}` +
      (p.spared ? ` Er einaste partnar ${p.spared}, blir det ikkje spurt om lærarutdanning.` : ''),
    malgruppe: (p: { groups: readonly string[]; other: readonly string[] }) =>
      `Kven tiltaket er for: ${p.groups.join(', ')}. ${MANY}` +
      (p.other.length ? ` ${capital(f.list(p.other))} høyrer til ei anna ordning.` : ''),
    enheter: () => `Barnehagane eller skulane som er med. ${MANY}`,
    fylke: (p: { regions: readonly string[] }) =>
      `Fylket verksemdene ligg i.${p.regions.length ? ` Eigarar melder berre for verksemder i eigen region (${p.regions.join(', ')}).` : ''}`,
    tilskuddEier: () => 'Tilskot til eigaren i heile kroner, berre talet: 150000. Minst eitt av beløpa må vere over 0.',
    tilskuddUh: () => 'Tilskot til partnaren i heile kroner, berre talet: 150000. Minst eitt av beløpa må vere over 0.',
    koordinator: (p: { cap: number | null; municipalities: number | null; justified: boolean }) =>
      'Del av midlane til eigaren som går til koordinator, i heile kroner.' +
      (p.cap !== null ? ` Høgst ${f.percent(p.cap)} av midlane til eigaren i meldinga.` : '') +
      (p.municipalities !== null ? ` Krev minst ${p.municipalities} kommunar.` : '') +
      (p.justified ? ' Grunngi det i kolonnen for grunngiving.' : ''),
    koordinatorBegrunnelse: (p: { required: boolean }) =>
      `Kvifor tiltaket treng koordinator.${p.required ? ' Må fyllast ut når tiltaket har koordinatormidlar.' : ''}`,
    start: (p: Need) => `Første dag, skriven dd.mm.åååå: 01.08.2026.${need(p.need)}`,
    slutt: (p: { maxYears: number | null; lastSingleYearDay: string | null } & Need) =>
      'Siste dag, skriven dd.mm.åååå: 31.07.2027.' +
      (p.maxYears !== null ? ` Høgst ${f.number(p.maxYears)} år etter start.` : '') +
      (p.lastSingleYearDay !== null ? ` Sluttar det etter ${f.date(p.lastSingleYearDay)}, er tiltaket fleirårig.` : '') +
      need(p.need),
    forankring: (p: { minWords: number | null } & Need) =>
      `Korleis tilsette og leiarar er involverte, i dialog med partnaren.${words(p.minWords)}${need(p.need)}`,
    kollektiv: (p: { minWords: number | null } & Need) =>
      `Korleis tiltaket gir kollektive prosessar som utviklar barnehagen eller skulen.${words(p.minWords)}${need(p.need)}`,
    laererutdanning: (p: { minWords: number | null; spared: string | null } & Need) =>
      `Korleis samarbeidet styrkjer lærarutdanninga.${words(p.minWords)}${need(p.need)}` +
      (p.spared ? ` Ikkje naudsynt når einaste partnar er ${p.spared}.` : ''),
    supplerende: () => 'Ja viss tiltaket alt er i gang og de søkjer om supplerande tilskot, elles Nei.',
    egenandel: (p: { ordning: string | null; minShare: number | null }) =>
      'Eigne midlar til eigaren i heile kroner; løn og frikjøp tel med.' +
      (p.ordning !== null && p.minShare !== null ? ` I ${p.ordning} minst ${f.percent(p.minShare)} av tilskotet til eigaren.` : ''),
    deltakere: () => 'Kor mange som deltek, som eit heilt tal.',
  },

  partnershipPrompts: {
    partnerskap: () => 'Namnet på partnarskapet eller nettverket.',
    eiere: () => `Eigarane i partnarskapet. ${MANY}`,
    uh: (p: { partners: string }) => `Partnaren eller partnarane: ${p.partners}. ${MANY}`,
    organisasjonsnummer: () => `Organisasjonsnummeret til eigarane, 9 siffer kvart. ${MANY}`,
    kontaktperson: (p: Need) =>
      `Kven som svarer for partnarskapet. Melder fleire eigarar saman, melder éin på vegner av nettverket.${need(p.need)}`,
    epost: () => 'E-postadressa til kontaktpersonen.',
    telefon: () => 'Telefonnummeret til kontaktpersonen.',
    skriftligAvtale: (p: Need) => `Ja når den skriftlege avtalen mellom eigar(ar) og partnar er inngått.${need(p.need)}`,
    avtaledato: () => 'Datoen avtalen vart inngått, skriven dd.mm.åååå.',
    avtaleHvem: (p: Need) => `Kven som er med i avtalen.${need(p.need)}`,
    avtaleHva: (p: Need) => `Kva partnarskapet skal gjere.${need(p.need)}`,
    avtaleNar: (p: Need) => `Når det skal skje.${need(p.need)}`,
    ansatteInvolvert: (p: Need) => `Ja når tilsette og tillitsvalde er involverte i arbeidet med behovsmeldinga.${need(p.need)}`,
  },

  alerts: {
    list: {
      title: 'Vel frå lista',
      message: (p: { field: string; values: readonly string[] }) => `«${p.field}» må vere ${f.list(p.values, 'or')}.`,
    },
    yesNo: { title: 'Ja eller Nei', message: 'Vel Ja eller Nei frå lista.' },
    wholeNumber: {
      title: 'Berre heile kroner',
      message: 'Skriv beløpet som eit heilt tal i kroner, 0 eller meir, utan tekst: 150000. Excel viser det som 150 000 kr.',
    },
    count: { title: 'Berre eit heilt tal', message: 'Skriv talet som eit heilt tal, 0 eller meir.' },
    date: {
      title: 'Skriv ein dato',
      message: 'Skriv datoen som dd.mm.åååå, til dømes 01.08.2026. Eit semester (haust 2026) kan også brukast: vel Ja for å halde på det.',
    },
    agreementDate: { title: 'Skriv ein dato', message: 'Skriv datoen som dd.mm.åååå, til dømes 15.11.2025.' },
    words: {
      title: 'For kort',
      message: (p: { minWords: number }) =>
        `Skriv minst ${p.minWords} ord, så det går fram korleis kriteriet er oppfylt. Vel Ja for å halde på teksten likevel.`,
    },
    email: { title: 'Ikkje ei e-postadresse', message: 'Skriv heile e-postadressa, til dømes kari.nordmann@kommune.no.' },
    orgnr: { title: 'Organisasjonsnummer', message: `Skriv organisasjonsnummeret med 9 siffer. ${MANY}` },
  },

  guide: {
    title: (p: { profile: string }) => `Behovsmelding – mal for ${p.profile}`,
    round: (p: { name: string; version: string; status: 'fastsatt' | 'foreløpig' }) =>
      `Runde: ${p.name} (versjon ${p.version}, ${common.profileStatus[p.status]}).`,
    preliminary: (p: { items: readonly string[] }) => `Profilen er førebels. Ikkje stadfesta: ${p.items.join(', ')}.`,
    deadline: (p: { date: string }) => `Frist: ${f.date(p.date)}.`,
    stepsHeading: 'Slik fyller du ut',
    steps: [
      'Skriv eitt tiltak per rad på arket «Tiltak». Står du i ei celle, viser Excel kva som skal stå der og kva regel som gjeld; lister, beløp og datoar godtek berre det runden bruker.',
      'Fyll ut arket «Partnerskap»: kontaktperson, avtale og om tilsette og tillitsvalde er involverte.',
      'Trykk Valider i Behovsmelding (eller køyr «behovsmelding valider fil.xlsx»): då blir også det Excel ikkje kan sjekke, sjekka, som summar, periodar og kriterium.',
      'Lag behovsmeldinga når det ikkje er fleire feil.',
    ],
    storedProfile: 'Profilen følgjer med arbeidsboka, så Valider bruker den same runden.',
    sourcesHeading: 'Kvar reglane kjem frå',
    source: (p: { title: string; publisher?: string }) => (p.publisher ? `${p.title} (${p.publisher})` : p.title),
  },
  cli: {
    notXlsx: (p: { file: string }) =>
      `Malen blir skriven som ei Excel-arbeidsbok: gi --out eit namn som sluttar på .xlsx, ikkje «${p.file}».`,
    written: (p: { file: string; profile: string; language: string }) => `Skreiv malen ${p.file} for ${p.profile} (${p.language}).`,
    languageName: { nb: 'bokmål', nn: 'nynorsk' },
  },
};

function words(minWords: number | null): string {
  return minWords !== null ? ` Minst ${minWords} ord.` : '';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
