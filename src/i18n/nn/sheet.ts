import { formatsFor } from '../format';
import type { Catalogue } from '../texts';
import { common } from './common';

const f = formatsFor('nn');

/** Nynorsk. The melding sheet and its PDF: titles, headings, column headers, footers. */
export const sheet: Catalogue['sheet'] = {
  status: {
    draft: (p) => `UTKAST – ikkje komplett (${common.errors(p.errors)})`,
    complete: (p) => (p.warnings === 0 ? 'Komplett – ingen feil' : `Komplett – ingen feil (${common.warnings(p.warnings)})`),
  },
  yes: 'Ja',
  no: 'Nei',
  notGiven: 'Ikkje oppgitt',
  unreadable: 'Kan ikkje lesast',
  notFilled: 'Ikkje fylt ut',
  head: {
    profile: 'Profil',
    profileValue: (p) => `${p.name}, versjon ${p.version}`,
    ordning: 'Ordning',
    generated: 'Laga',
    status: 'Status',
  },
  sections: {
    partnership: 'Partnarskap',
    tiltak: 'Tiltak',
    shares: 'Delar og grenser',
    criteria: 'Kriteria for kvart tiltak',
    findings: 'Funn',
  },
  columns: {
    nr: 'Nr.',
    tittel: 'Tiltak',
    fase: 'Fase',
    hva: 'Kva som blir gjort',
    hvem: 'Kven gjer kva',
    eier: 'Tilskot eigar',
    uh: 'Tilskot UH',
    sum: 'Sum',
    koordinator: 'Koordinator',
    egenandel: 'Eigenandel',
    start: 'Start',
    slutt: 'Slutt',
    flerarig: 'Fleirårig',
  },
  total: 'Sum',
  shares: {
    columns: { what: 'Del', part: 'Beløp', whole: 'Av', share: 'Del', limit: 'Grense', verdict: 'Vurdering' },
    koordinator: 'Koordinator av midlane til eigaren',
    flerarig: 'Fleirårige tiltak av samla tilskot',
    egenandel: 'Eigenandel av midlane til eigaren',
    ok: 'OK',
    over: 'Over grensa',
    under: 'Under grensa',
    noLimit: 'Inga grense',
    max: (p) => `maks ${f.percent(p.share)}`,
    min: (p) => `min. ${f.percent(p.share)}`,
  },
  criteria: {
    forankring: 'Forankring',
    kollektiv: 'Kollektive prosessar',
    laererutdanning: 'Styrking av lærarutdanninga',
    koordinatorBegrunnelse: 'Grunngiving for koordinator',
    malgruppe: 'Målgruppe',
    enheter: 'Einingar',
    supplerende: 'Supplerande tilskot',
  },
  tiltakHeading: (p) => `${p.nr}. ${p.title || `Tiltak utan tittel, rad ${p.row}`}`,
  severity: { error: 'Feil', warning: 'Åtvaring', info: 'Råd' },
  findingColumns: { severity: 'Alvorsgrad', cells: 'Celler', finding: 'Funn', fix: 'Slik rettar du det', source: 'Kjelde' },
  generated: (p) => `Laga ${f.date(p.date)}`,
  page: (p) => `Side ${p.page} av ${p.count}`,
  excelPage: 'Side &P av &N',
  pdf: { title: 'Behovsmeldingar', watermark: 'UTKAST' },
};
