import { formatsFor } from '../format';
import type { Catalogue } from '../texts';
import { domain } from './domain';

const f = formatsFor('nn');
const { fields } = domain;

const noSheet = (sheet: string | undefined) => (sheet ? ` Arket «${sheet}» finst ikkje.` : '');

const PERIOD_HINT = 'Skriv eit år (2024), eit semester (haust 2024, vår 2025) eller ein dato (1.8.2024).';

/** Nynorsk. Findings, keyed by rule id (RULES.md): each rule's title, message(s) and hint. */
export const rules: Catalogue['rules'] = {
  'header-missing': {
    title: 'Kolonne manglar',
    message: (p) => `Fann ingen kolonne for «${p.column}» i overskriftsrada (rad ${p.row}).`,
    hint: (p) => `Legg til kolonnen «${p.column}», eller vel kva kolonne som skal brukast i staden.`,
    amounts: (p) =>
      `Fann ingen kolonne for tilskot, verken «${fields.tilskuddEier}» eller «${fields.tilskuddUh}», i overskriftsrada (rad ${p.row}).`,
    amountsHint: `Legg til kolonnane «${fields.tilskuddEier}» og «${fields.tilskuddUh}» med beløp i kroner.`,
  },
  'cell-error': {
    title: 'Feilverdi i cella',
    message: (p) => `Cella for «${p.column}» viser feilverdien ${p.code}, så innhaldet kan ikkje lesast.`,
    hint: 'Rett formelen eller skriv inn verdien direkte.',
  },
  'formula-no-value': {
    title: 'Formel utan utrekna verdi',
    message: (p) => `Formelen ${p.formula} i «${p.column}» er lagra utan utrekna verdi, så innhaldet er ukjent.`,
    hint: 'Opne fila i Excel eller LibreOffice og lagre ho, så får formelen verdien sin; eller skriv verdien direkte i cella.',
  },
  'title-missing': {
    title: 'Tiltaket manglar namn',
    message: (p) => `Tiltaket i rad ${p.row} har ikkje noko namn.`,
    hint: 'Gi tiltaket eit kort namn som seier kva det gjeld.',
  },
  'scheme-missing': {
    title: 'Ordning manglar',
    message: (p) => `Ordning manglar for ${p.tiltak}.`,
    hint: (p) =>
      p.only === undefined
        ? `Skriv ${f.list(p.labels, 'or')}.`
        : `Skriv ${f.list(p.labels, 'or')}, eller la cella stå tom: alle tiltak høyrer til ${p.only}.`,
  },
  'scheme-invalid': {
    title: 'Ukjend ordning',
    multiple: (p) => `«${p.value}» nemner fleire ordningar (${f.list(p.named)}); eit tiltak høyrer til éi ordning.`,
    unknown: (p) => `«${p.value}» er ikkje ei ordning i ${p.profile}.`,
  },
  'phase-missing': {
    title: 'Fase manglar',
    message: (p) => `Fase manglar for ${p.tiltak}.`,
    hint: (p) => `Skriv ${f.list(p.labels, 'or')}.`,
  },
  'phase-invalid': {
    title: 'Ukjend fase',
    message: (p) => `«${p.value}» er ikkje ein av fasane (${f.list(p.labels)}).`,
  },
  'phase-multiple': {
    title: 'Fleire fasar i eitt tiltak',
    message: (p) => `«${p.value}» nemner fleire fasar (${f.list(p.named)}). Eit tiltak kan berre vere i éin fase.`,
    hint: 'Del tiltaket i eitt tiltak per fase, på kvar si rad.',
  },
  'description-required': {
    title: 'Skildring manglar',
    message: (p) => `Tiltak i fasen ${p.phase} må ha ei konkret skildring av kva som skal gjerast, og ${p.tiltak} har inga.`,
    hint: 'Skildre kva som skal gjerast i tiltaket.',
    hintNoColumn: `Legg til kolonnen «${fields.beskrivelse}» og skildre kva som skal gjerast.`,
  },
  'responsibility-missing': {
    title: 'Kven gjer kva manglar',
    message: (p) => `Det står ikkje kven som gjer kva i ${p.tiltak}.`,
    hint: 'Skriv kva eigaren og partnaren skal gjere, kvar for seg.',
  },
  'owner-missing': {
    title: 'Eigar manglar',
    message: (p) => `Ingen eigar er oppgitt for ${p.tiltak}.`,
    hint: 'Skriv kommunen eller eigaren som står bak tiltaket, eller alle når dei er fleire.',
  },
  'uh-missing': {
    title: 'UH-partnar manglar',
    message: (p) =>
      `Ingen partnar (${f.list(p.partners, 'or')}) er oppgitt for ${p.tiltak}. Eigar og partnar skal samarbeide om alle tiltak.`,
    refused: (p) => `«${p.name}» er ${p.kind}, men i ${p.profile} må partnaren i ${p.tiltak} vere ${f.list(p.partners, 'or')}.`,
    hint: (p) => `Skriv namnet på ${f.list(p.partners, 'or')} de samarbeider med.`,
  },
  'amount-invalid': {
    title: 'Beløp kan ikkje lesast',
    unreadable: (p) => `«${p.value}» i «${p.column}» kan ikkje lesast som eit eksakt beløp.`,
    ambiguous: (p) => `«${p.value}» i «${p.column}» kan lesast på fleire måtar.`,
    hint: 'Skriv beløpet i heile kroner, til dømes 150000 eller 150 000 kr.',
    negative: (p) => `«${p.column}» er negativt (${f.nok(p.amount)}).`,
    negativeHint: 'Skriv eit beløp som er null eller større.',
  },
  'amount-missing': {
    title: 'Beløp manglar',
    none: (p) => `Det er ikkje oppgitt noko tilskot for ${p.tiltak}.`,
    zero: (p) => `Tilskotet til ${p.tiltak} er til saman 0 kr.`,
    hint: 'Skriv kor mykje tiltaket treng i tilskot til eigaren, til UH eller til begge.',
  },
  'coordinator-exceeds-owner-funds': {
    title: 'Koordinator over midlane til eigaren',
    message: (p) => `Koordinatormidlane (${f.nok(p.coordinator)}) er større enn midlane til eigaren (${f.nok(p.owner)}) i ${p.tiltak}.`,
    hint: 'Koordinatormidlar er ein del av midlane til eigaren: set ned koordinatorbeløpet eller auk tilskotet til eigaren.',
  },
  'coordinator-over-cap': {
    title: 'For mykje til koordinator',
    message: (p) =>
      `Koordinatormidlar utgjer ${p.share === null ? 'heile' : f.percent(p.share)} av midlane til eigaren (maks ${f.percent(p.max)}) i ${p.melding}: ${f.nok(p.coordinator)} av ${f.nok(p.owner)}.`,
    hint: (p) => `Set ned koordinatormidlane til høgst ${f.nok(p.amount)}.`,
  },
  'coordinator-single-municipality': {
    title: 'Koordinator krev fleire kommunar',
    message: (p) =>
      `${f.capitalize(p.tiltak)} har koordinatormidlar, men ${p.municipalities === 0 ? 'ingen kommune' : 'berre éin kommune'} er med. Koordinator krev minst ${p.min} kommunar.`,
    hint: 'Fjern koordinatormidlane, eller før opp alle kommunane som er med i tiltaket.',
  },
  'coordinator-justification-missing': {
    title: 'Koordinator utan grunngiving',
    message: (p) => `Koordinatormidlar må grunngivast for kvart tiltak; ${p.tiltak} manglar grunngiving.`,
    hint: 'Skriv kvifor tiltaket er så komplekst at det treng koordinator.',
    hintNoColumn: `Legg til kolonnen «${fields.koordinatorBegrunnelse}» og grunngi behovet.`,
  },
  'too-many-measures': {
    title: 'For mange tiltak',
    message: (p) =>
      `${p.partnership ? `Partnarskapet «${p.partnership}»` : 'Partnarskapet'} har ${p.count} tiltak i ${p.scheme}, men kan melde inntil ${p.max}. ${f.capitalize(p.tiltak)} er nummer ${p.position}.`,
    hint: (p) => `Prioriter dei ${p.max} viktigaste tiltaka, eller slå saman tiltak.`,
  },
  'period-invalid': {
    title: 'Periode kan ikkje lesast',
    message: (p) => `«${p.value}» i «${p.column}» kan ikkje lesast som ei tid.`,
    hint: PERIOD_HINT,
    order: (p) => `Slutt (${p.end}) er før start (${p.start}) i ${p.tiltak}.`,
    orderHint: 'Rett start eller slutt slik at tiltaket sluttar etter at det startar.',
  },
  'period-missing': {
    title: 'Start eller slutt manglar',
    message: (p) => `${p.column} manglar for ${p.tiltak}.`,
    hint: PERIOD_HINT,
  },
  'duration-too-long': {
    title: 'Varer for lenge',
    message: (p) => `${f.capitalize(p.tiltak)} varer frå ${f.date(p.from)} til ${f.date(p.to)}, lenger enn ${f.number(p.years)} år.`,
    hint: (p) => `Avslutt tiltaket seinast ${f.date(p.last)}, eller del det i fleire tiltak.`,
  },
  'multi-year-over-cap': {
    title: 'For mykje til fleirårige tiltak',
    message: (p) =>
      `Tiltak som varer etter ${f.date(p.after)}, får ${f.percent(p.share)} av midlane i ${p.melding} (maks ${f.percent(p.max)}): ${f.nok(p.long)} av ${f.nok(p.total)}.`,
    hint: (p) => `Flytt midlar til tiltak som blir avslutta innan ${f.date(p.after)}, eller kort ned dei fleirårige tiltaka.`,
  },
  'criterion-anchoring-missing': {
    title: 'Forankring manglar',
    message: (p) => `Det står ikkje korleis ${p.tiltak} er forankra.`,
    hint: 'Skildre korleis tilsette og leiarar i barnehagen eller skulen er involverte, i fagleg dialog med UH.',
  },
  'criterion-collective-missing': {
    title: 'Kollektive prosessar manglar',
    message: (p) => `Det står ikkje korleis ${p.tiltak} fremjar kollektive prosessar.`,
    hint: 'Skildre korleis tiltaket gir kollektiv profesjonsutvikling som utviklar barnehagen eller skulen.',
  },
  'criterion-teacher-education-missing': {
    title: 'Lærarutdanning manglar',
    message: (p) => `Det står ikkje korleis samarbeidet i ${p.tiltak} styrkjer lærarutdanninga.`,
    hint: 'La UH skildre korleis samarbeidet bidreg til å styrkje lærarutdanninga.',
  },
  'criterion-text-thin': {
    title: 'For kort kriterietekst',
    message: (p) => `«${p.text}» er for kort til å vise korleis kriteriet «${p.criterion}» er oppfylt.`,
    hint: (p) => `${p.hint} Skriv minst ${p.words} ord.`,
  },
  'target-group-invalid': {
    title: 'Ukjend målgruppe',
    message: (p) =>
      p.groups.length === 1
        ? `Målgruppa «${p.groups[0]}» er ikkje blant målgruppene i ${p.profile}.`
        : `Målgruppene ${f.list(p.groups.map((g) => `«${g}»`))} er ikkje blant målgruppene i ${p.profile}.`,
    hint: (p) => `Bruk ${f.list(p.groups, 'or')}.`,
  },
  'target-group-out-of-scope': {
    title: 'Målgruppe i ei anna ordning',
    message: (p) => `Målgruppa ${p.group} i ${p.tiltak} høyrer til ei anna ordning, «${p.scheme}», ikkje til ${p.profile}.`,
    hint: (p) => `Meld behovet for ${p.group} i den ordninga, og ta det ut av målgruppa her.`,
  },
  'value-invalid': {
    title: 'Verdi kan ikkje lesast',
    message: (p) => `«${p.value}» i «${p.column}» kan ikkje lesast som ${p.expected === 'yesno' ? 'ja eller nei' : 'eit heilt tal'}.`,
    hint: (p) => (p.expected === 'yesno' ? 'Skriv ja eller nei.' : 'Skriv eit heilt tal.'),
  },
  'own-share-below-minimum': {
    title: 'For låg eigenandel',
    message: (p) =>
      `Eigenandelen utgjer ${f.percent(p.share)} av tilskotet til eigaren (minst ${f.percent(p.min)}) i ${p.melding}: ${f.nok(p.own)} av ${f.nok(p.owner)}.`,
    hint: (p) => `Auk eigenandelen til minst ${f.nok(p.amount)}.`,
  },
  'own-share-missing': {
    title: 'Eigenandel manglar',
    message: (p) =>
      `${f.capitalize(p.melding)} oppgir ingen eigenandel. I ${p.scheme} skal eigaren sjølv bidra med minst ${f.percent(p.min)} av tilskotet; løn og frikjøp tel med.`,
    hint: 'Skriv eigenandelen til eigaren i kroner per tiltak.',
    hintNoColumn: `Legg til kolonnen «${fields.egenandel}» og skriv eigenandelen til eigaren i kroner.`,
  },
  'orgnr-invalid': {
    title: 'Ugyldig organisasjonsnummer',
    message: (p) => `«${p.value}» er ikkje eit gyldig organisasjonsnummer: det skal ha 9 siffer med rett kontrollsiffer.`,
    hint: 'Sjekk nummeret i Einingsregisteret (brreg.no) og skriv det med 9 siffer.',
  },
  'geography-outside-region': {
    title: 'Utanfor regionen',
    message: (p) =>
      `${p.owner} ligg i ${p.home.join('/')} og kan berre melde behov for verksemder i ${f.list(p.allowed)}, men ${p.tiltak} gjeld ${f.list(p.places)}.`,
    hint: 'Meld behov for verksemder i andre fylke i ordninga der dei ligg.',
  },
  'duplicate-measure': {
    title: 'Same tiltak to gonger',
    message: (p) => `«${p.title}» står to gonger i ${p.melding}: i rad ${p.first} og ${p.row}.`,
    hint: 'Slå saman radene, eller gi tiltaka namn som skil dei frå kvarandre.',
  },
  'contact-missing': {
    title: 'Kontaktperson manglar',
    message: (p) =>
      `Partnarskapet har ingen kontaktperson.${p.severalOwners ? ' Når fleire eigarar melder saman, melder éin eigar på vegner av nettverket og står som kontaktperson.' : ''}${noSheet(p.missingSheet)}`,
  },
  'agreement-missing': {
    title: 'Skriftleg avtale manglar',
    message: (p) => `Det er ikkje registrert ein skriftleg avtale mellom eigar og UH.${noSheet(p.missingSheet)}`,
    hint: (p) => `Skriv ja ved «${p.label}» når avtalen er inngått.`,
    part: (p) =>
      `Den skriftlege avtalen må seie ${{ avtaleHvem: 'kven som er med', avtaleHva: 'kva partnarskapet skal gjere', avtaleNar: 'når det skal skje' }[p.part]}, men «${p.label}» er tom.${noSheet(p.missingSheet)}`,
  },
  'email-invalid': {
    title: 'E-post kan ikkje brukast',
    message: (p) => `«${p.value}» ved «${p.label}» er ikkje ei e-postadresse.`,
    hint: 'Skriv heile adressa, til dømes kari.nordmann@kommune.no.',
  },
  'date-invalid': {
    title: 'Dato kan ikkje lesast',
    message: (p) => `«${p.value}» ved «${p.label}» kan ikkje lesast som ein dato.`,
    hint: 'Skriv datoen slik: 15.11.2023.',
  },
  'staff-involvement-missing': {
    title: 'Tilsette og tillitsvalde ikkje involverte',
    message: (p) =>
      `Det er ikkje stadfesta at tilsette og tillitsvalde er involverte i arbeidet med behovsmeldinga.${noSheet(p.missingSheet)}`,
    hint: (p) => `Involver tilsette og tillitsvalde, og skriv ja ved «${p.label}».`,
  },
  'supplementary-unclear': {
    title: 'Supplerande tilskot',
    message: (p) =>
      `${f.capitalize(p.tiltak)} er merkt som supplerande tilskot, men retningslinjene for ${p.profile} nemner ikkje supplerande tilskot.`,
    hint: 'Avklar med kompetansenettverket om tiltaket kan meldast som supplerande.',
  },
  'deadline-passed': {
    title: 'Fristen er ute',
    message: (p) => `Fristen for ${p.profile} var ${f.date(p.deadline)}; i dag er ${f.date(p.today)}.`,
    hint: 'Sjekk med mottakaren om meldinga framleis kan leverast, eller vel profilen for ein nyare runde.',
  },
  'profile-preliminary': {
    title: 'Førebels profil',
    message: (p) => `Profilen «${p.profile}» er førebels. Ikkje stadfesta: ${f.list(p.unconfirmed)}.`,
    hint: 'Sjekk vilkåra for runden hos Statsforvaltaren før meldinga blir send, og bruk ein fastsett profil når han finst.',
  },
  'no-measures': {
    title: 'Ingen tiltak enno',
    message: 'Tabellen har ingen tiltak enno.',
    hint: (p) => `Skriv det første tiltaket i rad ${p.row}, eitt tiltak per rad.`,
  },
};
