import { formatsFor } from '../format';

const f = formatsFor('nb');

const errors = (n: number) => `${f.number(n)} feil`;
const warnings = (n: number) => `${f.number(n)} ${f.plural(n, { one: 'advarsel', other: 'advarsler' })}`;
/** Cells named once each, at most four, the rest counted: "A1, A2, A3, B1 og 2 til". */
const places = (names: readonly string[]) =>
  names.length > 4 ? `${names.slice(0, 4).join(', ')} og ${names.length - 4} til` : f.list(names);

/** Bokmål. The task pane: buttons, headings, announcements, forms. */
export const pane = {
  title: 'Behovsmelding',
  /** The sticky bar at the top. */
  bar: {
    validate: 'Valider',
    previous: 'Forrige feil',
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
  intro: 'Trykk Valider for å sjekke tiltakene. Problemene markeres på cellene, med råd om hvordan de rettes.',
  summary: {
    region: 'Oppsummering',
    checking: 'Sjekker …',
    firstCheck: 'Leser tabellen og sjekker tiltakene.',
    clean: 'Alt ser bra ut',
    mustFix: 'Noe må rettes',
    reviewWarnings: 'Se over advarslene',
    counts: (p: { rows: number; errors: number; warnings: number; infos: number; sheet: string }) =>
      `${f.number(p.rows)} tiltak sjekket på arket «${p.sheet}»: ${f.list([
        errors(p.errors),
        warnings(p.warnings),
        ...(p.infos > 0 ? [`${f.number(p.infos)} råd`] : []),
      ])}.`,
    canMake: 'Meldingen kan lages.',
    cleared: 'Markeringene er fjernet – trykk Valider for å markere igjen.',
    asOf: (p: { date: string }) => `Sjekket per ${f.date(p.date)}, fristen for runden tabellen hører til.`,
    lastEdit: 'Siste endring fra tillegget',
  },
  /** Sentences for the live region. */
  say: {
    checked: (p: { errors: number; warnings: number }) => `Sjekket: ${errors(p.errors)}, ${warnings(p.warnings)}.`,
    clean: 'Alt ser bra ut – klar til å lage behovsmelding.',
    now: (p: { errors: number; warnings: number }) => `Nå ${errors(p.errors)}, ${warnings(p.warnings)}.`,
    noChange: (p: { errors: number; warnings: number }) => `Ingen endring: ${errors(p.errors)}, ${warnings(p.warnings)}.`,
    fixed: (p: { cells: readonly string[] }) => `${places(p.cells)} er rettet`,
    newErrors: (p: { count: number; cells: readonly string[] }) =>
      `${f.number(p.count)} ${f.plural(p.count, { one: 'ny feil', other: 'nye feil' })} i ${places(p.cells)}`,
    newWarnings: (p: { count: number; cells: readonly string[] }) =>
      `${f.number(p.count)} ${f.plural(p.count, { one: 'ny advarsel', other: 'nye advarsler' })} i ${places(p.cells)}`,
    sheet: (p: { sheet: string }) => `arket ${p.sheet}`,
    better: 'Bedre',
    worse: 'Verre',
    changed: 'Endret',
    money: (p: { ordning: string; before: number; after: number }) =>
      `tilskudd i ${p.ordning} ${p.after > p.before ? 'øker' : 'minker'} fra ${f.nok(p.before)} til ${f.nok(p.after)}`,
    count: (p: { ordning: string; before: number; after: number }) =>
      `${p.ordning} får ${f.number(p.after)} tiltak (var ${f.number(p.before)})`,
    unknownOrdning: 'rader uten ordning',
    cleared: 'Markeringene er fjernet. Verdiene dine er uendret.',
    marked: (p: { where: string; message: string }) => `Markerte ${p.where}: ${p.message}`,
    position: (p: { error: boolean; at: number; of: number }) => `${p.error ? 'Feil' : 'Funn'} ${f.number(p.at)} av ${f.number(p.of)}.`,
    nothingToWalk: 'Ingen feil å gå til.',
    wrote: (p: { value: string; cell: string; old: string }) => `Skrev ${p.value} i ${p.cell} (var «${p.old}»).`,
    split: (p: { row: number; last: number; phases: readonly string[]; old: string }) =>
      `Delte rad ${p.row} i ${p.phases.length} rader (rad ${p.row}–${p.last}): ${p.phases.join(' / ')} (var «${p.old}»).`,
    partnership: 'Laget arket Partnerskap og sjekket på nytt.',
    profile: (p: { name: string }) => `Sjekker nå med profilen «${p.name}»: reglene er byttet, ikke cellene.`,
    melding: (p: { sheets: readonly string[] }) =>
      `Laget ${f.plural(p.sheets.length, { one: 'arket', other: 'arkene' })} ${f.list(p.sheets.map((s) => `«${s}»`))}.`,
  },
  /** What failed, when the error itself has no sentence to show. */
  failed: {
    check: 'Sjekken mislyktes.',
    read: 'Arbeidsboken kunne ikke leses.',
    settings: 'Innstillingene i arbeidsboken kunne ikke leses.',
    save: 'Valget kunne ikke lagres i arbeidsboken.',
    events: 'Panelet får ikke beskjed når du endrer arbeidsboken: trykk Valider etter endringene dine.',
    write: 'Verdien kunne ikke skrives.',
    split: 'Raden kunne ikke deles.',
    clear: 'Markeringene kunne ikke fjernes.',
    select: 'Cellen kunne ikke markeres.',
    sheet: 'Arket Partnerskap kunne ikke lages.',
    melding: 'Meldingen kunne ikke lages.',
    export: 'Eksporten mislyktes.',
    language: 'Språket kunne ikke lastes.',
    clipboard: 'Kunne ikke kopiere til utklippstavlen.',
  },
  findings: {
    region: 'Funn',
    errorsOnly: 'Vis bare feil',
    severity: { error: 'Feil', warning: 'Advarsel', info: 'Råd' },
    tiltak: (p: { nr: string; row: number; title: string }) =>
      `${p.nr ? `Tiltak nr. ${p.nr} (rad ${p.row})` : `Rad ${p.row}`}${p.title ? ` – ${p.title}` : ''}`,
    melding: 'Hele meldingen og partnerskapet',
    source: 'Kilde',
    goTo: (p: { cell: string; more: number; column?: string }) =>
      `Gå til ${p.cell}${p.more ? ` og ${f.number(p.more)} til` : ''}${p.column ? ` (${p.column})` : ''}`,
    where: (p: { cell: string; more: number; column?: string }) =>
      `${p.cell}${p.more ? ` og ${f.number(p.more)} til` : ''}${p.column ? ` (${p.column})` : ''}`,
    openForm: 'Fyll inn i skjemaet',
  },
  /** The one-click fix and the split, with what they would do before they do it. */
  fix: {
    text: (value: string) => `«${value}»`,
    shows: (p: { cell: string; old: string; value: string; certain: boolean }) =>
      `${p.cell}: «${p.old}» → ${p.value}${p.certain ? '' : ' (sjekk at det stemmer)'}`,
    offer: (p: { cell: string; value: string }) => `Rett ${p.cell} til ${p.value}`,
    confirm: (p: { cell: string; value: string }) => `Ja, skriv ${p.value} i ${p.cell}`,
    busy: (p: { value: string }) => `Skriver ${p.value} …`,
    cancel: 'Avbryt',
    preview: 'Dette skjer med meldingen:',
    nothingElse: 'Ingen andre funn endres.',
  },
  split: {
    summary: (p: { row: number; phases: readonly string[] }) => `Del rad ${p.row} i ${p.phases.length} rader: ${p.phases.join(' / ')}`,
    copies: 'Raden kopieres, og hver rad får én fase. Tittelen får fasen etter seg, og kopiene får eget nummer.',
    amounts: 'Beløpene deles mellom radene etter andelene under, så meldingen ikke ber om mer penger enn før:',
    share: (p: { phase: string }) => `Andel til ${p.phase} (prosent)`,
    shares: 'Andeler av beløpene',
    result: (p: { phase: string; amounts: ReadonlyArray<{ column: string; value: number }> }) =>
      `${p.phase}: ${p.amounts.map((a) => `${a.column} ${f.nok(a.value)}`).join(', ')}`,
    sharesInvalid: 'Skriv hele prosent som til sammen blir 100.',
    unread: (p: { cells: readonly string[] }) =>
      `${f.list(p.cells)} er ikke ${f.plural(p.cells.length, { one: 'et tall', other: 'tall' })} og kopieres som ${f.plural(p.cells.length, { one: 'den står', other: 'de står' })}: rett ${f.plural(p.cells.length, { one: 'den', other: 'dem' })} først, ellers ber meldingen om beløpet to ganger.`,
    offer: (p: { row: number }) => `Del rad ${p.row}`,
    confirm: (p: { row: number; count: number }) => `Ja, del rad ${p.row} i ${f.number(p.count)} rader`,
    busy: (p: { row: number }) => `Deler rad ${p.row} …`,
    keep: (p: { phase: string }) => `Behold bare «${p.phase}»`,
    refusal: (p: { row: number; table: string; copies: number }) =>
      `Rad ${p.row} ligger i Excel-tabellen «${p.table}», og der kan panelet ikke dele rader. Sett inn ${f.number(p.copies)} ${f.plural(
        p.copies,
        { one: 'rad', other: 'rader' },
      )} under den i tabellen, kopier raden, skriv én fase i hver og del beløpene.`,
  },
  melding: {
    heading: 'Lag melding',
    draftNote: (p: { errors: number }) =>
      `Tabellen har ${errors(p.errors)}. Meldingen kan lages som utkast, tydelig merket «UTKAST – ikke komplett», til feilene er rettet.`,
    make: 'Lag behovsmelding',
    makeDraft: 'Lag behovsmelding (utkast)',
    made: (p: { sheets: readonly string[] }) =>
      `Laget ${f.plural(p.sheets.length, { one: 'arket', other: 'arkene' })} ${f.list(p.sheets.map((s) => `«${s}»`))}.`,
    exportIntro: 'Eksporter meldingen som egen fil:',
    exports: {
      xlsx: { label: 'Excel (xlsx)', busy: 'Lager Excel-fil …' },
      pdf: { label: 'PDF', busy: 'Lager PDF …' },
      json: { label: 'JSON', busy: 'Lager JSON …' },
    },
  },
  columns: {
    heading: (p: { found: number }) => `Kolonner (${f.number(p.found)} gjenkjent)`,
    form: 'Kolonnevalg',
    required: (p: { label: string }) => `${p.label} (påkrevd)`,
    none: '– ingen kolonne –',
    save: 'Lagre kolonnevalg',
  },
  form: {
    heading: 'Skjema: arket Partnerskap',
    name: (p: { sheet: string }) => `Lag arket ${p.sheet}`,
    intro: (p: { sheet: string }) =>
      `Arbeidsboken har ikke arket «${p.sheet}» med kontaktperson og avtale. Fyll inn det du vet, så lager tillegget arket.`,
    yes: 'Ja',
    no: 'Nei',
    make: (p: { sheet: string }) => `Lag arket ${p.sheet}`,
    busy: (p: { sheet: string }) => `Lager arket ${p.sheet} …`,
    dateHint: 'Skriv datoen som dd.mm.åååå, for eksempel 15.11.2023.',
    dateRead: (p: { date: string }) => `Leses som ${p.date}.`,
    email: 'Skriv hele e-postadressen, for eksempel kari.nordmann@kommune.no.',
    orgnrDigits: (p: { numbers: readonly string[] }) =>
      `${f.list(p.numbers.map((n) => `«${n}»`))} er ikke ni siffer. Et organisasjonsnummer har ni siffer.`,
    orgnrCheckDigit: (p: { numbers: readonly string[] }) =>
      `${f.list(p.numbers.map((n) => `«${n}»`))} har ni siffer, men kontrollsifferet stemmer ikke: sjekk at sifrene er skrevet riktig.`,
    date: 'Skriv en dato som finnes, som dd.mm.åååå, for eksempel 15.11.2023.',
    yesno: 'Velg ja eller nei.',
  },
  profile: {
    heading: (p: { name: string }) => `Profil: ${p.name}`,
    automaticHeading: 'velges ut fra tabellen',
    region: 'Profil',
    picker: 'Profil (tilskuddsrunde)',
    automatic: 'Den som passer tabellen',
    fromFile: (p: { name: string }) => `Fra fil: ${p.name}`,
    use: 'Bruk profilen',
    inUse: 'Profilen er i bruk.',
    file: 'Egen profil fra fil (JSON)',
    fileHint: 'Profilen lagres i arbeidsboken, så en mal kan ta reglene med seg.',
    chosen: 'Valgt profil',
    later: 'Profilen velges ut fra tabellen når du trykker Valider.',
    fastsatt: 'Fastsatt',
    forelopig: 'Foreløpig',
    ownFile: 'Egen fil',
    ownFileStatus: (p: { status: string }) =>
      `Profilen kommer fra en fil og er ikke en av tilleggets egne. Filen kaller den «${p.status}»; det er ikke kontrollert her.`,
    unconfirmed: (p: { items: readonly string[] }) => `Ikke bekreftet: ${p.items.join(', ')}.`,
    sources: (p: { count: number }) => `Kilder (${f.number(p.count)})`,
    unreadable: (p: { file: string }) => `«${p.file}» kunne ikke leses.`,
    invalid: (p: { file: string; message: string }) => `«${p.file}»: ${p.message}`,
    loaded: (p: { name: string }) => `Lastet profilen «${p.name}» fra fil og lagret den i arbeidsboken.`,
    inert: (p: { parameter: string; rules: readonly string[] }) =>
      `Parameteren «${p.parameter}» gjør ingenting: ${f.plural(p.rules.length, { one: 'regelen', other: 'reglene' })} ${f.list(
        p.rules.map((r) => `«${r}»`),
      )} er slått av i profilen.`,
  },
  /** Lag mal and Legg til utvalgslister (TemplatePanel): what changes in the workbook, said before and after. */
  template: {
    heading: 'Mal og utvalgslister',
    makeIntro: (p: { profile: string }) =>
      `Lag mal lager arbeidsboken for en runde etter profilen «${p.profile}»: arket «Tiltak» med nedtrekkslister, regler for beløp og datoer og en hjelpetekst i hver kolonne, arket «Partnerskap», en kort veiledning og et skjult ark med profilen, så Valider bruker den.`,
    makeWhere:
      'Er denne arbeidsboken tom, legges arkene inn her. Har den innhold, åpnes malen som en ny arbeidsbok, og denne blir ikke endret.',
    makeOther: 'Vil du ha malen for en annen runde, velg profilen under Profil først.',
    make: 'Lag mal',
    madeHere: (p: { sheets: readonly string[] }) =>
      `Malen er lagt inn i arbeidsboken: ${f.plural(p.sheets.length, { one: 'arket', other: 'arkene' })} ${f.list(
        p.sheets.map((s) => `«${s}»`),
      )} og et skjult ark med profilen. Ingenting annet er endret. Fyll inn tiltakene på arket «${p.sheets[0] ?? ''}».`,
    listsIntro: (p: { sheet: string; first: number; last: number; headers: readonly string[] }) =>
      `Legg til utvalgslister gir ${f.plural(p.headers.length, { one: 'kolonnen', other: `de ${f.number(p.headers.length)} kolonnene` })} Valider kjente igjen på arket «${p.sheet}» (${f.list(
        p.headers.map((h) => `«${h}»`),
      )}) de samme listene, reglene og hjelpetekstene som malen har, i rad ${p.first} til ${p.last}.`,
    listsKeep:
      'Ingen verdi og ingen formatering blir endret, og en kolonne som alt har en egen regel, blir ikke rørt. Excel sjekker bare det som skrives etterpå.',
    listsUndo: 'Angre i Excel tar ikke dette tilbake, og Fjern markering fjerner det ikke: bruk Fjern utvalgslister.',
    listsAgain: 'Utvalgslistene tillegget la til før, blir tatt bort og lagt til på nytt.',
    add: 'Legg til utvalgslister',
    added: (p: { headers: readonly string[]; kept: readonly string[] }) =>
      `La til utvalgslister og hjelpetekst i ${f.number(p.headers.length)} ${f.plural(p.headers.length, { one: 'kolonne', other: 'kolonner' })}: ${f.list(
        p.headers.map((h) => `«${h}»`),
      )}.${
        p.kept.length > 0
          ? ` Lot ${f.list(p.kept.map((h) => `«${h}»`))} være som ${f.plural(p.kept.length, { one: 'den', other: 'de' })} var: ${f.plural(
              p.kept.length,
              {
                one: 'kolonnen',
                other: 'kolonnene',
              },
            )} har en regel fra før.`
          : ''
      } Ingen verdier er endret.`,
    present: (p: { sheet: string; headers: readonly string[] }) =>
      `Arket «${p.sheet}» har utvalgslister fra tillegget i ${f.list(p.headers.map((h) => `«${h}»`))}. Fjern utvalgslister tar bort bare dem; verdiene blir stående.`,
    remove: 'Fjern utvalgslister',
    removed: (p: { removed: number; left: number }) =>
      `${
        p.removed > 0
          ? `Fjernet utvalgslistene fra ${f.number(p.removed)} ${f.plural(p.removed, { one: 'kolonne', other: 'kolonner' })}; verdiene står som før.`
          : 'Fant ingen utvalgslister fra tillegget å fjerne.'
      }${
        p.left > 0
          ? ` ${f.number(p.left)} ${f.plural(p.left, { one: 'kolonne', other: 'kolonner' })} hadde fått en annen regel siden og ble ikke rørt.`
          : ''
      }`,
    failed: {
      make: 'Malen kunne ikke lages.',
      add: 'Utvalgslistene kunne ikke legges til.',
      remove: 'Utvalgslistene kunne ikke fjernes.',
      noTable: 'Trykk Valider først, så tillegget vet hvilke kolonner tabellen har.',
    },
  },
  demo: {
    notice: 'Panelet kjører i demomodus på eksempelarbeidsboken. Endringer lagres ikke.',
    sheetRegion: 'Eksempelarbeidsbok',
    sheets: 'Ark',
    caption: (p: { sheet: string }) => `Arket ${p.sheet}`,
    row: 'Rad',
    value: (p: { cell: string }) => `Verdi i ${p.cell}`,
    pick: 'Velg en celle for å endre den',
    keys: 'Piltastene flytter markøren, Enter redigerer cellen, og Enter i feltet skriver verdien og går ned. Alt+pil ned går til neste feil, F6 bytter mellom panelet og arket.',
    sheetMissing: (p: { sheet: string }) => `Arket «${p.sheet}» finnes ikke.`,
    sheetExists: (p: { sheet: string }) => `Arket «${p.sheet}» finnes allerede.`,
    downloaded: (p: { file: string }) => `Lastet ned: ${p.file}`,
    loadFailed: 'Eksempelarbeidsboken kunne ikke lastes. Last siden på nytt.',
  },
  /** Hjelp: the help page and «Sjekk oppsettet» (src/excel/self-check.ts; its report is the excel area's). */
  help: {
    heading: 'Hjelp',
    /** The help page in this language, beside taskpane.html in dist/ (src/help/page.ts HELP_PAGES). */
    pageFile: 'hjelp.html',
    page: 'Hjelp, personvern og tilgjengelighet',
    pageHint: 'Åpnes i nettleseren.',
    checkHeading: 'Sjekk oppsettet',
    checkIntro:
      'Prøver alt tillegget gjør i Excel, på et midlertidig ark som slettes etterpå. Arkene dine blir ikke endret. Kopier rapporten og send den med når du melder fra om en feil.',
    openWorkbook: 'Prøv også å åpne en ny, tom arbeidsbok (som Eksporter til Excel gjør)',
    run: 'Sjekk oppsettet',
    running: 'Sjekker oppsettet …',
    report: 'Rapport om oppsettet',
    copy: 'Kopier rapporten',
    copied: 'Rapporten er kopiert.',
    done: (p: { summary: string }) => `Sjekken av oppsettet er ferdig. ${p.summary}`,
    failed: 'Sjekken av oppsettet kunne ikke kjøres. Lukk panelet, åpne det igjen og prøv på nytt.',
    demoOnly: 'Sjekk oppsettet prøver Excel selv, så den kan bare kjøres i Excel, ikke i demomodus.',
  },
  /** While a section that loads when first opened (components/on-demand.tsx) is on its way. */
  onDemand: { loading: 'Laster …' },
};
