import { formatsFor } from '../format';
import type { Catalogue } from '../texts';

const f = formatsFor('nn');

/**
 * Nynorsk. Excel (Office.js) errors and the self-check, as sentences that say what to do. Names of
 * Excel's own menus and buttons («Flytt eller kopier», «Lag en kopi») are written as the Norwegian
 * Excel shows them, in «» (Excel has no nynorsk menus, and the spell-check leaves quotes alone).
 */
export const excel: Catalogue['excel'] = {
  errors: {
    ItemNotFound: 'Fann ikkje arket eller området i arbeidsboka. Det kan vere sletta eller ha fått nytt namn. Trykk Valider på nytt.',
    InvalidArgument: 'Excel avviste ein ugyldig verdi frå tillegget. Trykk Valider på nytt; skjer det igjen, meld frå om feilen.',
    ApiNotFound: 'Denne versjonen av Excel manglar ein funksjon tillegget treng. Oppdater Excel, eller bruk Excel på nettet.',
    InvalidOperationInCellEditMode: 'Excel ventar medan du redigerer ei celle. Trykk Enter eller Esc i cella, og prøv igjen.',
    RequestPayloadSizeLimitExceeded:
      'Arbeidsboka er for stor til å bli handsama i éin omgang i Excel på nettet. Del tabellen på fleire ark, eller bruk Excel på PC eller Mac.',
    ResponsePayloadSizeLimitExceeded:
      'Arbeidsboka er for stor til å bli lesen i éin omgang i Excel på nettet. Del tabellen på fleire ark, eller bruk Excel på PC eller Mac.',
    InvalidOperation: 'Excel tillèt ikkje denne endringa no. Sjekk at arket ikkje er verna, og prøv igjen.',
    AccessDenied: 'Excel nekta endringa. Sjekk at arbeidsboka ikkje er skriveverna eller delt med avgrensingar, og prøv igjen.',
    ItemAlreadyExists: 'Eit ark eller namn med same namnet finst alt i arbeidsboka. Gi det nytt namn, og prøv igjen.',
  },
  fallback: 'Excel kunne ikkje fullføre handlinga. Prøv igjen; skjer det igjen, lagre arbeidsboka og opne ho på nytt.',
  settingsNotSaved:
    'Kunne ikkje lagre innstillingane i arbeidsboka. Sjekk at arbeidsboka ikkje er skriveverna, og prøv igjen. Sjekken verkar som før.',
  partnershipSheetExists: (p) => `Arket «${p.sheet}» finst alt. Fyll det ut der.`,

  features: {
    read: 'lese arbeidsboka',
    highlight: 'merke celler',
    merges: 'lese samanslåtte celler',
    events: 'sjekke på nytt medan du skriv',
    melding: 'lage meldingsark',
    createWorkbook: 'opne meldinga som eiga arbeidsbok',
    insertSheets: 'setje inn arka til oversikta i arbeidsboka',
    selectAreas: 'merke fleire område samstundes',
  },
  missingFeatures: (p) =>
    `Denne versjonen av Excel kan ikkje ${f.list(p.what)} (krev ExcelApi ${p.version}). Oppdater Excel, eller bruk Excel på nettet.`,

  delivery: {
    openedPC: 'Meldinga er opna som ei ny arbeidsbok i eit eige Excel-vindauge. Lagre ho der.',
    openedMac:
      'Meldinga er opna som ei ny arbeidsbok. Ser du ho ikkje, ligg ho bak dette vindauget: vel ho i «Vindu»-menyen i Excel. Lagre ho der.',
    openedWeb:
      'Meldinga er opna som ei ny arbeidsbok i ei ny fane. Ser du ho ikkje, kan nettlesaren ha stoppa det nye vindauget: tillat at Excel opnar nye vindauge, og trykk Eksporter igjen. Lagre ho der.',
    refused: (p) =>
      `Excel tillèt ikkje å opne meldinga som ei ny arbeidsbok; Excel kan vere sett opp til å hindre det. ${
        p.sheets.length > 1 ? `Meldingsarka ${quoted(p.sheets)} ligg` : `Meldingsarket ${quoted(p.sheets)} ligg`.replace('  ', ' ')
      } i denne arbeidsboka: klikk med høgre museknapp på fana til arket, vel «Flytt eller kopier», vel «(ny bok)» under «Til bok» og kryss av for «Lag en kopi». Lagre den nye arbeidsboka.`,
    refusedDownloaded: (p) => `Excel tillét ikkje å opne meldinga som ei ny arbeidsbok, så fila ${p.file} er lasta ned i staden.`,
    downloaded: (p) => `Fila ${p.file} er lasta ned.`,
    pdfHowMac: 'vel Fil > Eksporter, og vel PDF som filformat',
    pdfHowPC: 'vel Fil > Eksporter > Opprett PDF/XPS (eller Fil > Lagre som, filtype PDF)',
    pdfFromSheet: (p) => `Excel lèt ikkje panelet laste ned filer her. Meldingsarket er klart til utskrift: gå til arket, ${p.how}.`,
    jsonCopied:
      'Excel lèt ikkje panelet laste ned filer her, så JSON-teksten er kopiert til utklippstavla. Lim han inn i eit tekstprogram og lagre han som .json.',
    notHere: 'Excel tillèt ikkje å lagre denne fila frå panelet her. Bruk Excel på nettet for å eksportere ho.',
  },

  templateDelivery: {
    openedPC: 'Malen er opna som ei ny arbeidsbok i eit eige Excel-vindauge. Denne arbeidsboka er ikkje endra. Lagre malen der.',
    openedMac:
      'Malen er opna som ei ny arbeidsbok. Ser du han ikkje, ligg han bak dette vindauget: vel han i «Vindu»-menyen i Excel. Denne arbeidsboka er ikkje endra.',
    openedWeb:
      'Malen er opna som ei ny arbeidsbok i ei ny fane. Ser du han ikkje, kan nettlesaren ha stoppa det nye vindauget: tillat at Excel opnar nye vindauge, og trykk Lag mal igjen. Denne arbeidsboka er ikkje endra.',
    refused:
      'Excel tillét ikkje å opne malen som ei ny arbeidsbok; Excel kan vere sett opp til å hindre det. Denne arbeidsboka er ikkje endra. Lag ei ny, tom arbeidsbok, opne Behovsmelding der og trykk Lag mal.',
    refusedDownloaded: (p) =>
      `Excel tillét ikkje å opne malen som ei ny arbeidsbok, så fila ${p.file} er lasta ned i staden. Denne arbeidsboka er ikkje endra.`,
  },

  ribbon: {
    title: 'Behovsmelding',
    failed: (p) => `Valider i bandet kunne ikkje sjekke arbeidsboka. ${p.reason}`,
    close: 'Lukk',
  },

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
      addSheet: 'Legge til eit mellombels ark',
      write: 'Skrive verdiar',
      read: 'Lese celler',
      highlight: 'Markere celler (vilkårsbunden formatering)',
      clear: 'Fjerne markeringar',
      insertRows: 'Setje inn rader (dele ei rad)',
      melding: 'Lage eit meldingsark (format, samanslåing, namn)',
      pageLayout: 'Utskriftsoppsett',
      events: 'Merke endringar i arket (hendingar)',
      settings: 'Lagre innstillingar i arbeidsboka',
      createWorkbook: 'Opne ei ny arbeidsbok (Eksporter til Excel)',
      removeSheet: 'Slette det mellombelse arket',
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

function quoted(names: readonly string[]): string {
  return f.list(names.map((n) => `«${n}»`));
}
