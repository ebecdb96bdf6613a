/** Bokmål. Excel (Office.js) errors and the self-check, as sentences that say what to do. */
export const excel = {
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
