import { formatsFor } from '../format';
import type { Catalogue } from '../texts';

const f = formatsFor('nn');

const errors = (n: number) => `${f.number(n)} feil`;
const warnings = (n: number) => `${f.number(n)} ${f.plural(n, { one: 'åtvaring', other: 'åtvaringar' })}`;
/** Cells named once each, at most four, the rest counted: "A1, A2, A3, B1 og 2 til". */
const places = (names: readonly string[]) =>
  names.length > 4 ? `${names.slice(0, 4).join(', ')} og ${names.length - 4} til` : f.list(names);

/** Nynorsk. The task pane: buttons, headings, announcements, forms. */
export const pane: Catalogue['pane'] = {
  title: 'Behovsmelding',
  bar: {
    validate: 'Valider',
    previous: 'Førre feil',
    next: 'Neste feil',
    previousKeys: 'Alt+pil opp',
    nextKeys: 'Alt+pil ned',
    clear: 'Fjern markering',
  },
  language: {
    label: 'Språk',
    nb: 'Bokmål',
    nn: 'Nynorsk',
  },
  intro: 'Trykk Valider for å sjekke tiltaka. Problema blir markerte på cellene, med råd om korleis dei kan rettast.',
  summary: {
    region: 'Samandrag',
    checking: 'Sjekkar …',
    firstCheck: 'Les tabellen og sjekkar tiltaka.',
    clean: 'Alt ser bra ut',
    mustFix: 'Noko må rettast',
    reviewWarnings: 'Sjå over åtvaringane',
    counts: (p) =>
      `${f.number(p.rows)} tiltak sjekka på arket «${p.sheet}»: ${f.list([
        errors(p.errors),
        warnings(p.warnings),
        ...(p.infos > 0 ? [`${f.number(p.infos)} råd`] : []),
      ])}.`,
    canMake: 'Meldinga kan lagast.',
    cleared: 'Markeringane er fjerna – trykk Valider for å markere igjen.',
    asOf: (p) => `Sjekka per ${f.date(p.date)}, fristen for runden tabellen høyrer til.`,
    lastEdit: 'Siste endring frå tillegget',
  },
  say: {
    checked: (p) => `Sjekka: ${errors(p.errors)}, ${warnings(p.warnings)}.`,
    clean: 'Alt ser bra ut – klar til å lage behovsmelding.',
    now: (p) => `No ${errors(p.errors)}, ${warnings(p.warnings)}.`,
    noChange: (p) => `Inga endring: ${errors(p.errors)}, ${warnings(p.warnings)}.`,
    fixed: (p) => `${places(p.cells)} er retta`,
    newErrors: (p) => `${f.number(p.count)} ${f.plural(p.count, { one: 'ny feil', other: 'nye feil' })} i ${places(p.cells)}`,
    newWarnings: (p) => `${f.number(p.count)} ${f.plural(p.count, { one: 'ny åtvaring', other: 'nye åtvaringar' })} i ${places(p.cells)}`,
    sheet: (p) => `arket ${p.sheet}`,
    better: 'Betre',
    worse: 'Verre',
    changed: 'Endra',
    money: (p) => `tilskot i ${p.ordning} ${p.after > p.before ? 'aukar' : 'minkar'} frå ${f.nok(p.before)} til ${f.nok(p.after)}`,
    count: (p) => `${p.ordning} får ${f.number(p.after)} tiltak (var ${f.number(p.before)})`,
    unknownOrdning: 'rader utan ordning',
    cleared: 'Markeringane er fjerna. Verdiane dine er uendra.',
    marked: (p) => `Markerte ${p.where}: ${p.message}`,
    position: (p) => `${p.error ? 'Feil' : 'Funn'} ${f.number(p.at)} av ${f.number(p.of)}.`,
    nothingToWalk: 'Ingen feil å gå til.',
    wrote: (p) => `Skreiv ${p.value} i ${p.cell} (var «${p.old}»).`,
    split: (p) => `Delte rad ${p.row} i ${p.phases.length} rader (rad ${p.row}–${p.last}): ${p.phases.join(' / ')} (var «${p.old}»).`,
    partnership: 'Laga arket Partnerskap og sjekka på nytt.',
    profile: (p) => `Sjekkar no med profilen «${p.name}»: reglane er bytte, ikkje cellene.`,
    melding: (p) => `Laga ${f.plural(p.sheets.length, { one: 'arket', other: 'arka' })} ${f.list(p.sheets.map((s) => `«${s}»`))}.`,
  },
  failed: {
    check: 'Sjekken mislukkast.',
    read: 'Arbeidsboka kunne ikkje lesast.',
    settings: 'Innstillingane i arbeidsboka kunne ikkje lesast.',
    save: 'Valet kunne ikkje lagrast i arbeidsboka.',
    events: 'Panelet får ikkje melding når du endrar arbeidsboka: trykk Valider etter endringane dine.',
    write: 'Verdien kunne ikkje skrivast.',
    split: 'Rada kunne ikkje delast.',
    clear: 'Markeringane kunne ikkje fjernast.',
    select: 'Cella kunne ikkje markerast.',
    sheet: 'Arket Partnerskap kunne ikkje lagast.',
    melding: 'Meldinga kunne ikkje lagast.',
    export: 'Eksporten mislukkast.',
    language: 'Språket kunne ikkje lastast.',
    clipboard: 'Kunne ikkje kopiere til utklippstavla.',
  },
  findings: {
    region: 'Funn',
    errorsOnly: 'Vis berre feil',
    severity: { error: 'Feil', warning: 'Åtvaring', info: 'Råd' },
    tiltak: (p) => `${p.nr ? `Tiltak nr. ${p.nr} (rad ${p.row})` : `Rad ${p.row}`}${p.title ? ` – ${p.title}` : ''}`,
    melding: 'Heile meldinga og partnarskapet',
    source: 'Kjelde',
    goTo: (p) => `Gå til ${p.cell}${p.more ? ` og ${f.number(p.more)} til` : ''}${p.column ? ` (${p.column})` : ''}`,
    where: (p) => `${p.cell}${p.more ? ` og ${f.number(p.more)} til` : ''}${p.column ? ` (${p.column})` : ''}`,
    openForm: 'Fyll ut i skjemaet',
  },
  fix: {
    text: (value) => `«${value}»`,
    shows: (p) => `${p.cell}: «${p.old}» → ${p.value}${p.certain ? '' : ' (sjekk at det stemmer)'}`,
    offer: (p) => `Rett ${p.cell} til ${p.value}`,
    confirm: (p) => `Ja, skriv ${p.value} i ${p.cell}`,
    busy: (p) => `Skriv ${p.value} …`,
    cancel: 'Avbryt',
    preview: 'Dette skjer med meldinga:',
    nothingElse: 'Ingen andre funn blir endra.',
  },
  split: {
    summary: (p) => `Del rad ${p.row} i ${p.phases.length} rader: ${p.phases.join(' / ')}`,
    copies: 'Rada blir kopiert, og kvar rad får éin fase. Tittelen får fasen etter seg, og kopiane får eige nummer.',
    amounts: 'Beløpa blir delte mellom radene etter delane under, så meldinga ikkje ber om meir pengar enn før:',
    share: (p) => `Del til ${p.phase} (prosent)`,
    shares: 'Delar av beløpa',
    result: (p) => `${p.phase}: ${p.amounts.map((a) => `${a.column} ${f.nok(a.value)}`).join(', ')}`,
    sharesInvalid: 'Skriv heile prosent som til saman blir 100.',
    unread: (p) =>
      `${f.list(p.cells)} er ikkje ${f.plural(p.cells.length, { one: 'eit tal', other: 'tal' })} og blir kopierte slik ${f.plural(p.cells.length, { one: 'han står', other: 'dei står' })}: rett ${f.plural(p.cells.length, { one: 'han', other: 'dei' })} først, elles ber meldinga om beløpet to gonger.`,
    offer: (p) => `Del rad ${p.row}`,
    confirm: (p) => `Ja, del rad ${p.row} i ${f.number(p.count)} rader`,
    busy: (p) => `Deler rad ${p.row} …`,
    keep: (p) => `Behald berre «${p.phase}»`,
    refusal: (p) =>
      `Rad ${p.row} ligg i Excel-tabellen «${p.table}», og der kan ikkje panelet dele rader. Set inn ${f.number(p.copies)} ${f.plural(
        p.copies,
        {
          one: 'rad',
          other: 'rader',
        },
      )} under henne i tabellen, kopier rada, skriv éin fase i kvar og del beløpa.`,
  },
  melding: {
    heading: 'Lag melding',
    draftNote: (p) =>
      `Tabellen har ${errors(p.errors)}. Meldinga kan lagast som utkast, tydeleg merkt «UTKAST – ikkje komplett», til feila er retta.`,
    make: 'Lag behovsmelding',
    makeDraft: 'Lag behovsmelding (utkast)',
    made: (p) => `Laga ${f.plural(p.sheets.length, { one: 'arket', other: 'arka' })} ${f.list(p.sheets.map((s) => `«${s}»`))}.`,
    exportIntro: 'Eksporter meldinga som eiga fil:',
    exports: {
      xlsx: { label: 'Excel (xlsx)', busy: 'Lagar Excel-fil …' },
      pdf: { label: 'PDF', busy: 'Lagar PDF …' },
      json: { label: 'JSON', busy: 'Lagar JSON …' },
    },
  },
  columns: {
    heading: (p) => `Kolonnar (${f.number(p.found)} kjende att)`,
    form: 'Kolonneval',
    required: (p) => `${p.label} (påkravd)`,
    none: '– ingen kolonne –',
    save: 'Lagre kolonneval',
  },
  form: {
    heading: 'Skjema: arket Partnerskap',
    name: (p) => `Lag arket ${p.sheet}`,
    intro: (p) => `Arbeidsboka har ikkje arket «${p.sheet}» med kontaktperson og avtale. Fyll ut det du veit, så lagar tillegget arket.`,
    yes: 'Ja',
    no: 'Nei',
    make: (p) => `Lag arket ${p.sheet}`,
    busy: (p) => `Lagar arket ${p.sheet} …`,
    dateHint: 'Skriv datoen som dd.mm.åååå, til dømes 15.11.2023.',
    dateRead: (p) => `Blir lesen som ${p.date}.`,
    email: 'Skriv heile e-postadressa, til dømes kari.nordmann@kommune.no.',
    orgnrDigits: (p) => `${f.list(p.numbers.map((n) => `«${n}»`))} er ikkje ni siffer. Eit organisasjonsnummer har ni siffer.`,
    orgnrCheckDigit: (p) =>
      `${f.list(p.numbers.map((n) => `«${n}»`))} har ni siffer, men kontrollsifferet stemmer ikkje: sjekk at sifra er skrivne rett.`,
    date: 'Skriv ein dato som finst, som dd.mm.åååå, til dømes 15.11.2023.',
    yesno: 'Vel ja eller nei.',
  },
  profile: {
    heading: (p) => `Profil: ${p.name}`,
    automaticHeading: 'blir vald ut frå tabellen',
    region: 'Profil',
    picker: 'Profil (tilskotsrunde)',
    automatic: 'Den som passar tabellen',
    fromFile: (p) => `Frå fil: ${p.name}`,
    use: 'Bruk profilen',
    inUse: 'Profilen er i bruk.',
    file: 'Eigen profil frå fil (JSON)',
    fileHint: 'Profilen blir lagra i arbeidsboka, så ein mal kan ta reglane med seg.',
    chosen: 'Vald profil',
    later: 'Profilen blir vald ut frå tabellen når du trykkjer Valider.',
    fastsatt: 'Fastsett',
    forelopig: 'Førebels',
    ownFile: 'Eiga fil',
    ownFileStatus: (p) =>
      `Profilen kjem frå ei fil og er ikkje ein av dei som følgjer med tillegget. Fila kallar han «${p.status}»; det er ikkje kontrollert her.`,
    unconfirmed: (p) => `Ikkje stadfesta: ${p.items.join(', ')}.`,
    sources: (p) => `Kjelder (${f.number(p.count)})`,
    unreadable: (p) => `«${p.file}» kunne ikkje lesast.`,
    invalid: (p) => `«${p.file}»: ${p.message}`,
    loaded: (p) => `Lasta profilen «${p.name}» frå fil og lagra han i arbeidsboka.`,
    inert: (p) =>
      `Parameteren «${p.parameter}» gjer ingenting: ${f.plural(p.rules.length, { one: 'regelen', other: 'reglane' })} ${f.list(
        p.rules.map((r) => `«${r}»`),
      )} er slått av i profilen.`,
  },
  template: {
    heading: 'Mal og utvalslister',
    makeIntro: (p) =>
      `Lag mal lagar arbeidsboka for ein runde etter profilen «${p.profile}»: arket «Tiltak» med nedtrekkslister, reglar for beløp og datoar og ein hjelpetekst i kvar kolonne, arket «Partnerskap», ei kort rettleiing og eit skjult ark med profilen, så Valider brukar han.`,
    makeWhere:
      'Er denne arbeidsboka tom, blir arka lagde inn her. Har ho innhald, blir malen opna som ei ny arbeidsbok, og denne blir ikkje endra.',
    makeOther: 'Vil du ha malen for ein annan runde, vel profilen under Profil først.',
    make: 'Lag mal',
    madeHere: (p) =>
      `Malen er lagd inn i arbeidsboka: ${f.plural(p.sheets.length, { one: 'arket', other: 'arka' })} ${f.list(
        p.sheets.map((s) => `«${s}»`),
      )} og eit skjult ark med profilen. Ingenting anna er endra. Fyll inn tiltaka på arket «${p.sheets[0] ?? ''}».`,
    listsIntro: (p) =>
      `Legg til utvalslister gir ${f.plural(p.headers.length, { one: 'kolonnen', other: `dei ${f.number(p.headers.length)} kolonnane` })} Valider kjende att på arket «${p.sheet}» (${f.list(
        p.headers.map((h) => `«${h}»`),
      )}) dei same listene, reglane og hjelpetekstane som malen har, i rad ${p.first} til ${p.last}.`,
    listsKeep:
      'Ingen verdi og inga formatering blir endra, og ein kolonne som alt har ein eigen regel, blir ikkje rørt. Excel sjekkar berre det som blir skrive etterpå.',
    listsUndo: 'Angre i Excel tek ikkje dette tilbake, og Fjern markering fjernar det ikkje: bruk Fjern utvalslister.',
    listsAgain: 'Utvalslistene tillegget la til før, blir tekne bort og lagde til på nytt.',
    add: 'Legg til utvalslister',
    added: (p) =>
      `La til utvalslister og hjelpetekst i ${f.number(p.headers.length)} ${f.plural(p.headers.length, { one: 'kolonne', other: 'kolonnar' })}: ${f.list(
        p.headers.map((h) => `«${h}»`),
      )}.${
        p.kept.length > 0
          ? ` Lét ${f.list(p.kept.map((h) => `«${h}»`))} vere som ${f.plural(p.kept.length, { one: 'han', other: 'dei' })} var: ${f.plural(
              p.kept.length,
              {
                one: 'kolonnen',
                other: 'kolonnane',
              },
            )} har ein regel frå før.`
          : ''
      } Ingen verdiar er endra.`,
    present: (p) =>
      `Arket «${p.sheet}» har utvalslister frå tillegget i ${f.list(p.headers.map((h) => `«${h}»`))}. Fjern utvalslister tek bort berre dei; verdiane blir ståande.`,
    remove: 'Fjern utvalslister',
    removed: (p) =>
      `${
        p.removed > 0
          ? `Fjerna utvalslistene frå ${f.number(p.removed)} ${f.plural(p.removed, { one: 'kolonne', other: 'kolonnar' })}; verdiane står som før.`
          : 'Fann ingen utvalslister frå tillegget å fjerne.'
      }${
        p.left > 0
          ? ` ${f.number(p.left)} ${f.plural(p.left, { one: 'kolonne', other: 'kolonnar' })} hadde fått ein annan regel sidan og vart ikkje rørt${p.left > 1 ? 'e' : ''}.`
          : ''
      }`,
    failed: {
      make: 'Malen kunne ikkje lagast.',
      add: 'Utvalslistene kunne ikkje leggjast til.',
      remove: 'Utvalslistene kunne ikkje fjernast.',
      noTable: 'Trykk Valider først, så tillegget veit kva kolonnar tabellen har.',
    },
  },
  demo: {
    notice: 'Panelet køyrer i demomodus på eksempelarbeidsboka. Endringar blir ikkje lagra.',
    sheetRegion: 'Eksempelarbeidsbok',
    sheets: 'Ark',
    caption: (p) => `Arket ${p.sheet}`,
    row: 'Rad',
    value: (p) => `Verdi i ${p.cell}`,
    pick: 'Vel ei celle for å endre henne',
    keys: 'Piltastane flyttar markøren, Enter redigerer cella, og Enter i feltet skriv verdien og går ned. Alt+pil ned går til neste feil, F6 byter mellom panelet og arket.',
    sheetMissing: (p) => `Arket «${p.sheet}» finst ikkje.`,
    sheetExists: (p) => `Arket «${p.sheet}» finst allereie.`,
    downloaded: (p) => `Lasta ned: ${p.file}`,
    loadFailed: 'Eksempelarbeidsboka kunne ikkje lastast. Last sida på nytt.',
  },
  help: {
    heading: 'Hjelp',
    pageFile: 'hjelp-nn.html',
    page: 'Hjelp, personvern og tilgjengelegheit',
    pageHint: 'Blir opna i nettlesaren.',
    checkHeading: 'Sjekk oppsettet',
    checkIntro:
      'Prøver alt tillegget gjer i Excel, på eit mellombels ark som blir sletta etterpå. Arka dine blir ikkje endra. Kopier rapporten og send han med når du melder frå om ein feil.',
    openWorkbook: 'Prøv òg å opne ei ny, tom arbeidsbok (slik Eksporter til Excel gjer)',
    run: 'Sjekk oppsettet',
    running: 'Sjekkar oppsettet …',
    report: 'Rapport om oppsettet',
    copy: 'Kopier rapporten',
    copied: 'Rapporten er kopiert.',
    done: (p) => `Sjekken av oppsettet er ferdig. ${p.summary}`,
    failed: 'Sjekken av oppsettet kunne ikkje køyrast. Lukk panelet, opne det att og prøv på nytt.',
    demoOnly: 'Sjekk oppsettet prøver sjølve Excel, så han kan berre køyrast i Excel, ikkje i demomodus.',
  },
  onDemand: { loading: 'Lastar …' },
};
