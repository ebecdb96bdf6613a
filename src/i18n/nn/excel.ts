import type { Catalogue } from '../texts';

/** Nynorsk. Excel (Office.js) errors and the self-check, as sentences that say what to do. */
export const excel: Catalogue['excel'] = {
  selfCheck: {
    heading: 'Behovsmelding – sjekk av oppsettet',
    addin: (p) => `Behovsmelding: versjon ${p.version}`,
    platform: (p) =>
      `Plattform: ${({ PC: 'Excel for Windows', Mac: 'Excel for Mac', OfficeOnline: 'Excel på nettet', iOS: 'Excel for iPad', Android: 'Excel for Android' } as Record<string, string>)[p.platform] ?? 'ukjend'} (${p.platform || '–'})`,
    version: (p) => `Office-versjon: ${p.version ?? 'ukjend (Excel oppgir han ikkje her)'}`,
    excelApi: (p) => `ExcelApi: ${p.version} (den høgaste denne Excel har)`,
    set: (p) => `${p.name}: ${p.supported ? 'ja' : 'nei'}`,
    sheet: (p) => `Mellombels ark: «${p.sheet}»`,
    steps: {
      addSheet: 'Leggja til eit mellombels ark',
      write: 'Skriva verdiar',
      read: 'Lesa celler',
      highlight: 'Markera celler (vilkårsbunden formatering)',
      clear: 'Fjerna markeringar',
      insertRows: 'Setja inn rader (dela ei rad)',
      melding: 'Laga eit meldingsark (format, samanslåing, namn)',
      pageLayout: 'Utskriftsoppsett',
      events: 'Merka endringar i arket (hendingar)',
      settings: 'Lagra innstillingar i arbeidsboka',
      createWorkbook: 'Opna ei ny arbeidsbok (Eksporter til Excel)',
      removeSheet: 'Sletta det mellombelse arket',
    },
    ok: 'OK',
    failed: 'FEIL',
    skipped: 'ikkje prøvd',
    code: (p) => `Excel svarte ${p.code}${p.detail ? ` («${p.detail}»)` : ''}`,
    error: (p) => `feil: ${p.detail}`,
    mismatch: (p) => `skreiv ${p.expected}, men las ${p.got}`,
    needsStep: (p) => `fordi «${p.step}» ikkje verka`,
    needsSet: (p) => `krev ${p.set}`,
    notAsked: 'ikkje valt: opnar ei ny arbeidsbok',
    allOk: (p) => `Alle dei ${p.count} operasjonane som vart prøvde, verka.`,
    someFailed: (p) => `${p.failed} av ${p.count} operasjonar feila.`,
  },
};
