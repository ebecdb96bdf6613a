import { formatsFor } from '../format';

const f = formatsFor('nb');

/** Bokmål. Excel (Office.js) errors and the self-check, as sentences that say what to do. */
export const excel = {
  /** RichApi error codes from Excel; any other code gets `fallback`. */
  errors: {
    ItemNotFound: 'Fant ikke arket eller området i arbeidsboken. Det kan være slettet eller gitt nytt navn. Trykk Valider på nytt.',
    InvalidArgument: 'Excel avviste en ugyldig verdi fra tillegget. Trykk Valider på nytt; skjer det igjen, meld fra om feilen.',
    ApiNotFound: 'Denne versjonen av Excel mangler en funksjon tillegget trenger. Oppdater Excel, eller bruk Excel på nettet.',
    InvalidOperationInCellEditMode: 'Excel venter mens du redigerer en celle. Trykk Enter eller Esc i cellen, og prøv igjen.',
    RequestPayloadSizeLimitExceeded:
      'Arbeidsboken er for stor til å behandles i én omgang i Excel på nettet. Del tabellen på flere ark, eller bruk Excel på PC eller Mac.',
    ResponsePayloadSizeLimitExceeded:
      'Arbeidsboken er for stor til å leses i én omgang i Excel på nettet. Del tabellen på flere ark, eller bruk Excel på PC eller Mac.',
    InvalidOperation: 'Excel tillot ikke denne endringen nå. Sjekk at arket ikke er beskyttet, og prøv igjen.',
    AccessDenied: 'Excel nektet endringen. Sjekk at arbeidsboken ikke er skrivebeskyttet eller delt med begrensninger, og prøv igjen.',
    ItemAlreadyExists: 'Et ark eller navn med samme navn finnes allerede i arbeidsboken. Gi det nytt navn, og prøv igjen.',
  },
  fallback: 'Excel kunne ikke fullføre handlingen. Prøv igjen; skjer det igjen, lagre arbeidsboken og åpne den på nytt.',
  settingsNotSaved:
    'Kunne ikke lagre innstillingene i arbeidsboken. Sjekk at arbeidsboken ikke er skrivebeskyttet, og prøv igjen. Sjekken virker som før.',
  partnershipSheetExists: (p: { sheet: string }) => `Arket «${p.sheet}» finnes allerede. Fyll det ut der.`,

  /** What a version of Excel may lack (requirements.ts), as «Denne versjonen av Excel kan ikke …». */
  features: {
    read: 'lese arbeidsboken',
    highlight: 'markere celler',
    merges: 'lese sammenslåtte celler',
    events: 'sjekke på nytt mens du skriver',
    melding: 'lage meldingsark',
    createWorkbook: 'åpne meldingen som egen arbeidsbok',
    insertSheets: 'sette inn oversiktens ark i arbeidsboken',
    selectAreas: 'markere flere områder samtidig',
  },
  missingFeatures: (p: { what: readonly string[]; version: string }) =>
    `Denne versjonen av Excel kan ikke ${f.list(p.what)} (krever ExcelApi ${p.version}). Oppdater Excel, eller bruk Excel på nettet.`,

  /** Eksporter: where the file went, per Office platform (delivery.ts). */
  delivery: {
    openedPC: 'Meldingen er åpnet som en ny arbeidsbok i et eget Excel-vindu. Lagre den der.',
    openedMac:
      'Meldingen er åpnet som en ny arbeidsbok. Ser du den ikke, ligger den bak dette vinduet: velg den i «Vindu»-menyen i Excel. Lagre den der.',
    openedWeb:
      'Meldingen er åpnet som en ny arbeidsbok i en ny fane. Ser du den ikke, kan nettleseren ha stoppet det nye vinduet: tillat at Excel åpner nye vinduer, og trykk Eksporter igjen. Lagre den der.',
    /** Excel.createWorkbook refused (the extension-hardening policy, office-js #3568). */
    refused: (p: { sheets: readonly string[] }) =>
      `Excel tillot ikke å åpne meldingen som en ny arbeidsbok; Excel kan være satt opp til å hindre det. ${
        p.sheets.length > 1 ? `Meldingsarkene ${quoted(p.sheets)} ligger` : `Meldingsarket ${quoted(p.sheets)} ligger`.replace('  ', ' ')
      } i denne arbeidsboken: høyreklikk arkfanen, velg «Flytt eller kopier», velg «(ny bok)» under «Til bok» og kryss av for «Lag en kopi». Lagre den nye arbeidsboken.`,
    refusedDownloaded: (p: { file: string }) =>
      `Excel tillot ikke å åpne meldingen som en ny arbeidsbok, så filen ${p.file} er lastet ned i stedet.`,
    downloaded: (p: { file: string }) => `Filen ${p.file} er lastet ned.`,
    pdfHowMac: 'velg Fil > Eksporter, og velg PDF som filformat',
    pdfHowPC: 'velg Fil > Eksporter > Opprett PDF/XPS (eller Fil > Lagre som, filtype PDF)',
    pdfFromSheet: (p: { how: string }) =>
      `Excel tillater ikke nedlasting fra panelet her. Meldingsarket er klart til utskrift: gå til arket, ${p.how}.`,
    jsonCopied:
      'Excel tillater ikke nedlasting fra panelet her, så JSON-teksten er kopiert til utklippstavlen. Lim den inn i et tekstprogram og lagre den som .json.',
    notHere: 'Excel tillater ikke å lagre denne filen fra panelet her. Bruk Excel på nettet for å eksportere den.',
  },

  /** Valider in the ribbon: what its dialog says when the check could not run (commands/). */
  /** Lag mal in a workbook with content: the template opens as a new workbook (delivery.ts). */
  templateDelivery: {
    openedPC: 'Malen er åpnet som en ny arbeidsbok i et eget Excel-vindu. Denne arbeidsboken er ikke endret. Lagre malen der.',
    openedMac:
      'Malen er åpnet som en ny arbeidsbok. Ser du den ikke, ligger den bak dette vinduet: velg den i «Vindu»-menyen i Excel. Denne arbeidsboken er ikke endret.',
    openedWeb:
      'Malen er åpnet som en ny arbeidsbok i en ny fane. Ser du den ikke, kan nettleseren ha stoppet det nye vinduet: tillat at Excel åpner nye vinduer, og trykk Lag mal igjen. Denne arbeidsboken er ikke endret.',
    refused:
      'Excel tillot ikke å åpne malen som en ny arbeidsbok; Excel kan være satt opp til å hindre det. Denne arbeidsboken er ikke endret. Lag en ny, tom arbeidsbok, åpne Behovsmelding der og trykk Lag mal.',
    refusedDownloaded: (p: { file: string }) =>
      `Excel tillot ikke å åpne malen som en ny arbeidsbok, så filen ${p.file} er lastet ned i stedet. Denne arbeidsboken er ikke endret.`,
  },

  ribbon: {
    title: 'Behovsmelding',
    failed: (p: { reason: string }) => `Valider i båndet kunne ikke sjekke arbeidsboken. ${p.reason}`,
    close: 'Lukk',
  },

  /** «Sjekk oppsettet» (src/excel/self-check.ts): a report to copy into a support ticket. */
  selfCheck: {
    heading: 'Behovsmelding – sjekk av oppsettet',
    addin: (p: { version: string }) => `Behovsmelding: versjon ${p.version}`,
    platform: (p: { platform: string }) =>
      `Plattform: ${({ PC: 'Excel for Windows', Mac: 'Excel for Mac', OfficeOnline: 'Excel på nettet', iOS: 'Excel for iPad', Android: 'Excel for Android' } as Record<string, string>)[p.platform] ?? 'ukjent'} (${p.platform || '–'})`,
    version: (p: { version: string | undefined }) => `Office-versjon: ${p.version ?? 'ukjent (Excel oppgir den ikke her)'}`,
    excelApi: (p: { version: string }) => `ExcelApi: ${p.version} (den høyeste denne Excel har)`,
    set: (p: { name: string; supported: boolean }) => `${p.name}: ${p.supported ? 'ja' : 'nei'}`,
    sheet: (p: { sheet: string }) => `Midlertidig ark: «${p.sheet}»`,
    steps: {
      addSheet: 'Legge til et midlertidig ark',
      write: 'Skrive verdier',
      read: 'Lese celler',
      highlight: 'Markere celler (betinget formatering)',
      clear: 'Fjerne markeringer',
      insertRows: 'Sette inn rader (dele en rad)',
      melding: 'Lage et meldingsark (format, sammenslåing, navn)',
      pageLayout: 'Utskriftsoppsett',
      events: 'Merke endringer i arket (hendelser)',
      settings: 'Lagre innstillinger i arbeidsboken',
      createWorkbook: 'Åpne en ny arbeidsbok (Eksporter til Excel)',
      removeSheet: 'Slette det midlertidige arket',
    },
    ok: 'OK',
    failed: 'FEIL',
    skipped: 'ikke prøvd',
    code: (p: { code: string; detail?: string }) => `Excel svarte ${p.code}${p.detail ? ` («${p.detail}»)` : ''}`,
    error: (p: { detail: string }) => `feil: ${p.detail}`,
    mismatch: (p: { expected: string; got: string }) => `skrev ${p.expected}, men leste ${p.got}`,
    needsStep: (p: { step: string }) => `fordi «${p.step}» ikke virket`,
    needsSet: (p: { set: string }) => `krever ${p.set}`,
    notAsked: 'ikke valgt: åpner en ny arbeidsbok',
    allOk: (p: { count: number }) => `Alle ${p.count} operasjonene som ble prøvd, virket.`,
    someFailed: (p: { failed: number; count: number }) => `${p.failed} av ${p.count} operasjoner feilet.`,
  },
};

function quoted(names: readonly string[]): string {
  return f.list(names.map((n) => `«${n}»`));
}
