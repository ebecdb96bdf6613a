import { formatsFor } from '../format';
import { common } from './common';

const f = formatsFor('nb');

/** Bokmål. The melding sheet and its PDF: titles, headings, column headers, footers. */
export const sheet = {
  status: {
    draft: (p: { errors: number }) => `UTKAST – ikke komplett (${common.errors(p.errors)})`,
    complete: (p: { warnings: number }) =>
      p.warnings === 0 ? 'Komplett – ingen feil' : `Komplett – ingen feil (${common.warnings(p.warnings)})`,
  },
  /** Shown in cells and read back by the sheet's own formulas (SUMIF over Flerårig): written as is. */
  yes: 'Ja',
  no: 'Nei',
  notGiven: 'Ikke oppgitt',
  unreadable: 'Kan ikke leses',
  notFilled: 'Ikke fylt ut',
  head: {
    profile: 'Profil',
    profileValue: (p: { name: string; version: string }) => `${p.name}, versjon ${p.version}`,
    ordning: 'Ordning',
    generated: 'Generert',
    status: 'Status',
  },
  sections: {
    partnership: 'Partnerskap',
    tiltak: 'Tiltak',
    shares: 'Andeler og grenser',
    criteria: 'Kriterier per tiltak',
    findings: 'Funn',
  },
  /** The tiltak table's column headers, in the order of the sheet. */
  columns: {
    nr: 'Nr.',
    tittel: 'Tiltak',
    fase: 'Fase',
    hva: 'Hva som gjøres',
    hvem: 'Hvem gjør hva',
    eier: 'Tilskudd eier',
    uh: 'Tilskudd UH',
    sum: 'Sum',
    koordinator: 'Koordinator',
    egenandel: 'Egenandel',
    start: 'Start',
    slutt: 'Slutt',
    flerarig: 'Flerårig',
  },
  total: 'Sum',
  shares: {
    columns: { what: 'Andel', part: 'Beløp', whole: 'Av', share: 'Andel', limit: 'Grense', verdict: 'Vurdering' },
    koordinator: 'Koordinator av eiers midler',
    flerarig: 'Flerårige tiltak av samlet tilskudd',
    egenandel: 'Egenandel av eiers midler',
    /** Verdicts, also written by the sheet's formulas and matched by its conditional formats. */
    ok: 'OK',
    over: 'Over grensen',
    under: 'Under grensen',
    noLimit: 'Ingen grense',
    max: (p: { share: number }) => `maks ${f.percent(p.share)}`,
    min: (p: { share: number }) => `min. ${f.percent(p.share)}`,
  },
  criteria: {
    forankring: 'Forankring',
    kollektiv: 'Kollektive prosesser',
    laererutdanning: 'Styrking av lærerutdanningen',
    koordinatorBegrunnelse: 'Begrunnelse for koordinator',
    malgruppe: 'Målgruppe',
    enheter: 'Enheter',
    supplerende: 'Supplerende tilskudd',
  },
  /** "3. Lesing i alle fag"; a tiltak without a title by its row. */
  tiltakHeading: (p: { nr: string; title: string; row: number }) => `${p.nr}. ${p.title || `Tiltak uten tittel, rad ${p.row}`}`,
  severity: { error: 'Feil', warning: 'Advarsel', info: 'Råd' },
  findingColumns: { severity: 'Alvorlighet', cells: 'Celler', finding: 'Funn', fix: 'Slik retter du det', source: 'Kilde' },
  generated: (p: { date: string }) => `Generert ${f.date(p.date)}`,
  page: (p: { page: number; count: number }) => `Side ${p.page} av ${p.count}`,
  /** Excel's own page fields in a sheet footer: &P the page, &N the pages. */
  excelPage: 'Side &P av &N',
  pdf: { title: 'Behovsmeldinger', watermark: 'UTKAST' },
};
