import { formatsFor } from '../format';
import { domain } from './domain';

const f = formatsFor('nb');
const { fields } = domain;

/** Appended to a partnership finding when the sheet is not there at all. */
const noSheet = (sheet: string | undefined) => (sheet ? ` Arket «${sheet}» finnes ikke.` : '');

const PERIOD_HINT = 'Skriv et år (2024), et semester (høst 2024, vår 2025) eller en dato (1.8.2024).';

/**
 * Bokmål. Findings, keyed by rule id (RULES.md): each rule's title, message(s) and hint. A
 * `tiltak` parameter is a row as `domain.tiltak` names it ("«Lesing» (rad 7)"), a `melding` one
 * as `domain.melding` names it; amounts are kroner, shares fractions (0.3), dates ISO: the
 * catalogue formats them.
 */
export const rules = {
  'header-missing': {
    title: 'Kolonne mangler',
    message: (p: { column: string; row: number }) => `Fant ingen kolonne for «${p.column}» i overskriftsraden (rad ${p.row}).`,
    hint: (p: { column: string }) => `Legg til kolonnen «${p.column}», eller velg hvilken kolonne som skal brukes i stedet.`,
    amounts: (p: { row: number }) =>
      `Fant ingen kolonne for tilskudd, verken «${fields.tilskuddEier}» eller «${fields.tilskuddUh}», i overskriftsraden (rad ${p.row}).`,
    amountsHint: `Legg til kolonnene «${fields.tilskuddEier}» og «${fields.tilskuddUh}» med beløp i kroner.`,
  },
  'cell-error': {
    title: 'Feilverdi i cellen',
    message: (p: { column: string; code: string }) => `Cellen for «${p.column}» viser feilverdien ${p.code}, så innholdet kan ikke leses.`,
    hint: 'Rett formelen eller skriv inn verdien direkte.',
  },
  'formula-no-value': {
    title: 'Formel uten beregnet verdi',
    message: (p: { formula: string; column: string }) =>
      `Formelen ${p.formula} i «${p.column}» er lagret uten beregnet verdi, så innholdet er ukjent.`,
    hint: 'Åpne filen i Excel eller LibreOffice og lagre den, så får formelen sin verdi; eller skriv verdien direkte i cellen.',
  },
  'title-missing': {
    title: 'Tiltaket mangler navn',
    message: (p: { row: number }) => `Tiltaket i rad ${p.row} har ikke noe navn.`,
    hint: 'Gi tiltaket et kort, beskrivende navn.',
  },
  'scheme-missing': {
    title: 'Ordning mangler',
    message: (p: { tiltak: string }) => `Ordning mangler for ${p.tiltak}.`,
    /** With one ordning in the profile, `only` names it and the cell may stay empty. */
    hint: (p: { labels: readonly string[]; only?: string }) =>
      p.only === undefined
        ? `Skriv ${f.list(p.labels, 'or')}.`
        : `Skriv ${f.list(p.labels, 'or')}, eller la cellen stå tom: alle tiltak hører til ${p.only}.`,
  },
  'scheme-invalid': {
    title: 'Ukjent ordning',
    multiple: (p: { value: string; named: readonly string[] }) =>
      `«${p.value}» nevner flere ordninger (${f.list(p.named)}); et tiltak hører til én ordning.`,
    unknown: (p: { value: string; profile: string }) => `«${p.value}» er ikke en ordning i ${p.profile}.`,
  },
  'phase-missing': {
    title: 'Fase mangler',
    message: (p: { tiltak: string }) => `Fase mangler for ${p.tiltak}.`,
    hint: (p: { labels: readonly string[] }) => `Skriv ${f.list(p.labels, 'or')}.`,
  },
  'phase-invalid': {
    title: 'Ukjent fase',
    message: (p: { value: string; labels: readonly string[] }) => `«${p.value}» er ikke en av fasene (${f.list(p.labels)}).`,
  },
  'phase-multiple': {
    title: 'Flere faser i ett tiltak',
    message: (p: { value: string; named: readonly string[] }) =>
      `«${p.value}» nevner flere faser (${f.list(p.named)}). Et tiltak kan bare være i én fase.`,
    hint: 'Del tiltaket i ett tiltak per fase, på hver sin rad.',
  },
  'description-required': {
    title: 'Beskrivelse mangler',
    message: (p: { phase: string; tiltak: string }) =>
      `Tiltak i fasen ${p.phase} må ha en konkret beskrivelse av hva som skal gjøres, og ${p.tiltak} har ingen.`,
    hint: 'Beskriv hva som skal gjøres i tiltaket.',
    hintNoColumn: `Legg til kolonnen «${fields.beskrivelse}» og beskriv hva som skal gjøres.`,
  },
  'responsibility-missing': {
    title: 'Hvem gjør hva mangler',
    message: (p: { tiltak: string }) => `Det står ikke hvem som gjør hva i ${p.tiltak}.`,
    hint: 'Skriv hva eier og partneren hver skal gjøre.',
  },
  'owner-missing': {
    title: 'Eier mangler',
    message: (p: { tiltak: string }) => `Ingen eier er oppgitt for ${p.tiltak}.`,
    hint: 'Skriv kommunen eller eieren som står bak tiltaket, eller alle når de er flere.',
  },
  'uh-missing': {
    title: 'UH-partner mangler',
    message: (p: { partners: readonly string[]; tiltak: string }) =>
      `Ingen partner (${f.list(p.partners, 'or')}) er oppgitt for ${p.tiltak}. Eier og partner skal samarbeide om alle tiltak.`,
    refused: (p: { name: string; kind: string; profile: string; partners: readonly string[]; tiltak: string }) =>
      `«${p.name}» er ${p.kind}, men i ${p.profile} må partneren i ${p.tiltak} være ${f.list(p.partners, 'or')}.`,
    hint: (p: { partners: readonly string[] }) => `Skriv navnet på ${f.list(p.partners, 'or')} dere samarbeider med.`,
  },
  'amount-invalid': {
    title: 'Beløp kan ikke leses',
    unreadable: (p: { value: string; column: string }) => `«${p.value}» i «${p.column}» kan ikke leses som et eksakt beløp.`,
    ambiguous: (p: { value: string; column: string }) => `«${p.value}» i «${p.column}» kan leses på flere måter.`,
    hint: 'Skriv beløpet i hele kroner, for eksempel 150000 eller 150 000 kr.',
    negative: (p: { column: string; amount: number }) => `«${p.column}» er negativt (${f.nok(p.amount)}).`,
    negativeHint: 'Skriv et beløp som er null eller større.',
  },
  'amount-missing': {
    title: 'Beløp mangler',
    none: (p: { tiltak: string }) => `Det er ikke oppgitt noe tilskudd for ${p.tiltak}.`,
    zero: (p: { tiltak: string }) => `Tilskuddet til ${p.tiltak} er til sammen 0 kr.`,
    hint: 'Skriv hvor mye tiltaket trenger i tilskudd til eier, til UH eller til begge.',
  },
  'coordinator-exceeds-owner-funds': {
    title: 'Koordinator over eiers midler',
    message: (p: { coordinator: number; owner: number; tiltak: string }) =>
      `Koordinatormidlene (${f.nok(p.coordinator)}) er større enn eiers midler (${f.nok(p.owner)}) i ${p.tiltak}.`,
    hint: 'Koordinatormidler er en del av eiers midler: sett ned koordinatorbeløpet eller øk tilskuddet til eier.',
  },
  'coordinator-over-cap': {
    title: 'For mye til koordinator',
    /** `share` null: the owner has no funds, so the coordinator takes all of them. */
    message: (p: { share: number | null; max: number; melding: string; coordinator: number; owner: number }) =>
      `Koordinatormidler utgjør ${p.share === null ? 'hele' : f.percent(p.share)} av eiers midler (maks ${f.percent(p.max)}) i ${p.melding}: ${f.nok(p.coordinator)} av ${f.nok(p.owner)}.`,
    hint: (p: { amount: number }) => `Sett ned koordinatormidlene til høyst ${f.nok(p.amount)}.`,
  },
  'coordinator-single-municipality': {
    title: 'Koordinator krever flere kommuner',
    message: (p: { tiltak: string; municipalities: number; min: number }) =>
      `${f.capitalize(p.tiltak)} har koordinatormidler, men ${p.municipalities === 0 ? 'ingen kommune' : 'bare én kommune'} er med. Koordinator krever minst ${p.min} kommuner.`,
    hint: 'Fjern koordinatormidlene, eller før opp alle kommunene som er med i tiltaket.',
  },
  'coordinator-justification-missing': {
    title: 'Koordinator uten begrunnelse',
    message: (p: { tiltak: string }) => `Koordinatormidler må begrunnes under hvert tiltak; ${p.tiltak} mangler begrunnelse.`,
    hint: 'Skriv hvorfor tiltaket er så komplekst at det trenger koordinator.',
    hintNoColumn: `Legg til kolonnen «${fields.koordinatorBegrunnelse}» og begrunn behovet.`,
  },
  'too-many-measures': {
    title: 'For mange tiltak',
    message: (p: { partnership?: string; count: number; scheme: string; max: number; tiltak: string; position: number }) =>
      `${p.partnership ? `Partnerskapet «${p.partnership}»` : 'Partnerskapet'} har ${p.count} tiltak i ${p.scheme}, men kan melde inntil ${p.max}. ${f.capitalize(p.tiltak)} er nummer ${p.position}.`,
    hint: (p: { max: number }) => `Prioriter de ${p.max} viktigste tiltakene, eller slå sammen tiltak.`,
  },
  'period-invalid': {
    title: 'Periode kan ikke leses',
    message: (p: { value: string; column: string }) => `«${p.value}» i «${p.column}» kan ikke leses som en tid.`,
    hint: PERIOD_HINT,
    order: (p: { start: string; end: string; tiltak: string }) => `Slutt (${p.end}) er før start (${p.start}) i ${p.tiltak}.`,
    orderHint: 'Rett start eller slutt slik at tiltaket slutter etter at det starter.',
  },
  'period-missing': {
    title: 'Start eller slutt mangler',
    message: (p: { column: string; tiltak: string }) => `${p.column} mangler for ${p.tiltak}.`,
    hint: PERIOD_HINT,
  },
  'duration-too-long': {
    title: 'For lang varighet',
    message: (p: { tiltak: string; from: string; to: string; years: number }) =>
      `${f.capitalize(p.tiltak)} varer fra ${f.date(p.from)} til ${f.date(p.to)}, lenger enn ${f.number(p.years)} år.`,
    hint: (p: { last: string }) => `Avslutt tiltaket senest ${f.date(p.last)}, eller del det i flere tiltak.`,
  },
  'multi-year-over-cap': {
    title: 'For mye til flerårige tiltak',
    message: (p: { after: string; share: number; melding: string; max: number; long: number; total: number }) =>
      `Tiltak som varer etter ${f.date(p.after)}, får ${f.percent(p.share)} av midlene i ${p.melding} (maks ${f.percent(p.max)}): ${f.nok(p.long)} av ${f.nok(p.total)}.`,
    hint: (p: { after: string }) =>
      `Flytt midler til tiltak som avsluttes innen ${f.date(p.after)}, eller korte ned de flerårige tiltakene.`,
  },
  'criterion-anchoring-missing': {
    title: 'Forankring mangler',
    message: (p: { tiltak: string }) => `Det står ikke hvordan ${p.tiltak} er forankret.`,
    hint: 'Beskriv hvordan ansatte og ledere i barnehagen eller skolen er involvert, i faglig dialog med UH.',
  },
  'criterion-collective-missing': {
    title: 'Kollektive prosesser mangler',
    message: (p: { tiltak: string }) => `Det står ikke hvordan ${p.tiltak} fremmer kollektive prosesser.`,
    hint: 'Beskriv hvordan tiltaket gir kollektiv profesjonsutvikling som utvikler barnehagen eller skolen.',
  },
  'criterion-teacher-education-missing': {
    title: 'Lærerutdanning mangler',
    message: (p: { tiltak: string }) => `Det står ikke hvordan samarbeidet i ${p.tiltak} styrker lærerutdanningen.`,
    hint: 'La UH beskrive hvordan samarbeidet bidrar til å styrke lærerutdanningen.',
  },
  'criterion-text-thin': {
    title: 'For kort kriterietekst',
    message: (p: { text: string; criterion: string }) => `«${p.text}» er for kort til å vise hvordan kriteriet «${p.criterion}» er møtt.`,
    /** `hint` is the criterion's own hint (the rule of the missing text). */
    hint: (p: { hint: string; words: number }) => `${p.hint} Skriv minst ${p.words} ord.`,
  },
  'target-group-invalid': {
    title: 'Ukjent målgruppe',
    message: (p: { groups: readonly string[]; profile: string }) =>
      p.groups.length === 1
        ? `Målgruppen «${p.groups[0]}» er ikke blant målgruppene i ${p.profile}.`
        : `Målgruppene ${f.list(p.groups.map((g) => `«${g}»`))} er ikke blant målgruppene i ${p.profile}.`,
    hint: (p: { groups: readonly string[] }) => `Bruk ${f.list(p.groups, 'or')}.`,
  },
  'target-group-out-of-scope': {
    title: 'Målgruppe i en annen ordning',
    /** `scheme` is the other scheme's name as the profile gives it. */
    message: (p: { group: string; tiltak: string; scheme: string; profile: string }) =>
      `Målgruppen ${p.group} i ${p.tiltak} hører til en annen ordning, «${p.scheme}», ikke til ${p.profile}.`,
    hint: (p: { group: string }) => `Meld behovet for ${p.group} i den ordningen, og ta det ut av målgruppen her.`,
  },
  'value-invalid': {
    title: 'Verdi kan ikke leses',
    message: (p: { value: string; column: string; expected: 'yesno' | 'integer' }) =>
      `«${p.value}» i «${p.column}» kan ikke leses som ${p.expected === 'yesno' ? 'ja eller nei' : 'et helt tall'}.`,
    hint: (p: { expected: 'yesno' | 'integer' }) => (p.expected === 'yesno' ? 'Skriv ja eller nei.' : 'Skriv et helt tall.'),
  },
  'own-share-below-minimum': {
    title: 'For lav egenandel',
    message: (p: { share: number; min: number; melding: string; own: number; owner: number }) =>
      `Egenandelen utgjør ${f.percent(p.share)} av eiers tilskudd (minst ${f.percent(p.min)}) i ${p.melding}: ${f.nok(p.own)} av ${f.nok(p.owner)}.`,
    hint: (p: { amount: number }) => `Øk egenandelen til minst ${f.nok(p.amount)}.`,
  },
  'own-share-missing': {
    title: 'Egenandel mangler',
    message: (p: { melding: string; scheme: string; min: number }) =>
      `${f.capitalize(p.melding)} oppgir ingen egenandel. I ${p.scheme} skal eier selv bidra med minst ${f.percent(p.min)} av tilskuddet; lønn og frikjøp teller.`,
    hint: 'Skriv eiers egenandel i kroner per tiltak.',
    hintNoColumn: `Legg til kolonnen «${fields.egenandel}» og skriv eiers egenandel i kroner.`,
  },
  'orgnr-invalid': {
    title: 'Ugyldig organisasjonsnummer',
    message: (p: { value: string }) =>
      `«${p.value}» er ikke et gyldig organisasjonsnummer: det skal ha 9 siffer med riktig kontrollsiffer.`,
    hint: 'Sjekk nummeret i Enhetsregisteret (brreg.no) og skriv det med 9 siffer.',
  },
  'geography-outside-region': {
    title: 'Utenfor regionen',
    /** `home` and `allowed` are county names; `places` as shown ("Drammen (Buskerud)"). */
    message: (p: { owner: string; home: readonly string[]; allowed: readonly string[]; tiltak: string; places: readonly string[] }) =>
      `${p.owner} ligger i ${p.home.join('/')} og kan bare melde behov for virksomheter i ${f.list(p.allowed)}, men ${p.tiltak} gjelder ${f.list(p.places)}.`,
    hint: 'Meld behov for virksomheter i andre fylker i ordningen der de ligger.',
  },
  'duplicate-measure': {
    title: 'Samme tiltak to ganger',
    message: (p: { title: string; melding: string; first: number; row: number }) =>
      `«${p.title}» står to ganger i ${p.melding}: i rad ${p.first} og ${p.row}.`,
    hint: 'Slå sammen radene, eller gi tiltakene navn som skiller dem.',
  },
  'contact-missing': {
    title: 'Kontaktperson mangler',
    /** `missingSheet` names the Partnerskap sheet when the workbook has none. */
    message: (p: { severalOwners: boolean; missingSheet?: string }) =>
      `Partnerskapet har ingen kontaktperson.${p.severalOwners ? ' Når flere eiere melder sammen, melder én eier på vegne av nettverket og står som kontaktperson.' : ''}${noSheet(p.missingSheet)}`,
  },
  'agreement-missing': {
    title: 'Skriftlig avtale mangler',
    message: (p: { missingSheet?: string }) => `Det er ikke registrert en skriftlig avtale mellom eier og UH.${noSheet(p.missingSheet)}`,
    hint: (p: { label: string }) => `Skriv ja ved «${p.label}» når avtalen er inngått.`,
    part: (p: { part: 'avtaleHvem' | 'avtaleHva' | 'avtaleNar'; label: string; missingSheet?: string }) =>
      `Den skriftlige avtalen må si ${{ avtaleHvem: 'hvem som er med', avtaleHva: 'hva partnerskapet skal gjøre', avtaleNar: 'når det skal skje' }[p.part]}, men «${p.label}» er tom.${noSheet(p.missingSheet)}`,
  },
  'email-invalid': {
    title: 'E-post kan ikke brukes',
    message: (p: { value: string; label: string }) => `«${p.value}» ved «${p.label}» er ikke en e-postadresse.`,
    hint: 'Skriv hele adressen, for eksempel kari.nordmann@kommune.no.',
  },
  'date-invalid': {
    title: 'Dato kan ikke leses',
    message: (p: { value: string; label: string }) => `«${p.value}» ved «${p.label}» kan ikke leses som en dato.`,
    hint: 'Skriv datoen slik: 15.11.2023.',
  },
  'staff-involvement-missing': {
    title: 'Ansatte og tillitsvalgte ikke involvert',
    message: (p: { missingSheet?: string }) =>
      `Det er ikke bekreftet at ansatte og tillitsvalgte er involvert i arbeidet med behovsmeldingen.${noSheet(p.missingSheet)}`,
    hint: (p: { label: string }) => `Involver ansatte og tillitsvalgte, og skriv ja ved «${p.label}».`,
  },
  'supplementary-unclear': {
    title: 'Supplerende tilskudd',
    message: (p: { tiltak: string; profile: string }) =>
      `${f.capitalize(p.tiltak)} er merket som supplerende tilskudd, men retningslinjene for ${p.profile} nevner ikke supplerende tilskudd.`,
    hint: 'Avklar med kompetansenettverket om tiltaket kan meldes som supplerende.',
  },
  'deadline-passed': {
    title: 'Fristen er passert',
    message: (p: { profile: string; deadline: string; today: string }) =>
      `Fristen for ${p.profile} var ${f.date(p.deadline)}; i dag er ${f.date(p.today)}.`,
    hint: 'Sjekk med mottakeren om meldingen fortsatt kan leveres, eller velg profilen for en nyere runde.',
  },
  'profile-preliminary': {
    title: 'Foreløpig profil',
    /** `unconfirmed` are the profile's own phrases (profile data, in the profile's language). */
    message: (p: { profile: string; unconfirmed: readonly string[] }) =>
      `Profilen «${p.profile}» er foreløpig. Ikke bekreftet: ${f.list(p.unconfirmed)}.`,
    hint: 'Sjekk vilkårene for runden hos Statsforvalteren før meldingen sendes, og bruk en fastsatt profil når den finnes.',
  },
  'no-measures': {
    title: 'Ingen tiltak ennå',
    message: 'Tabellen har ingen tiltak ennå.',
    hint: (p: { row: number }) => `Skriv det første tiltaket i rad ${p.row}, ett tiltak per rad.`,
  },
};
