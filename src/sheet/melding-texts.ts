/** Texts of the melding that the sheet and the PDF share, so both say the same. */
import { formatDate, formatPercent, formatSource } from '../domain/format';
import type { Melding, MeldingDocument, MeldingTiltak, ShareCheck } from '../domain/melding';
import type { Finding, Severity } from '../domain/model';

export function statusText(m: Melding): string {
  if (m.status === 'utkast') return `UTKAST – ikke komplett (${m.errors} feil)`;
  if (m.warnings === 0) return 'Komplett – ingen feil';
  return `Komplett – ingen feil (${m.warnings} ${m.warnings === 1 ? 'advarsel' : 'advarsler'})`;
}

export function yesNo(value: boolean | null): string {
  return value === null ? 'Ikke oppgitt' : value ? 'Ja' : 'Nei';
}

export function titleRows(m: Melding, doc: MeldingDocument): [string, string][] {
  return [
    ['Profil', `${doc.profile.name}, versjon ${doc.profile.version}`],
    ['Ordning', m.ordningNavn],
    ['Generert', formatDate(doc.generated)],
  ];
}

export function partnershipRows(m: Melding): [string, string][] {
  const p = m.partnerskap;
  const avtale = p.avtale;
  return [
    ['Partnerskap', p.navn],
    ['Eiere', p.eiere.join(', ')],
    ['UH', p.uh.join(', ')],
    ['Organisasjonsnummer', p.organisasjonsnummer.join(', ')],
    ['Kontaktperson', p.kontaktperson],
    ['E-post', p.epost],
    ['Telefon', p.telefon],
    ['Skriftlig avtale', yesNo(avtale.skriftlig)],
    ['Avtaledato', avtale.dato ? formatDate(avtale.dato) : ''],
    ['Avtale – hvem', avtale.hvem],
    ['Avtale – hva', avtale.hva],
    ['Avtale – når', avtale.nar],
    ['Ansatte og tillitsvalgte involvert', yesNo(p.ansatteInvolvert)],
  ];
}

export const TILTAK_COLUMNS = [
  { header: 'Nr', width: 6 },
  { header: 'Tiltak', width: 24 },
  { header: 'Fase', width: 18 },
  { header: 'Hva som gjøres', width: 32 },
  { header: 'Hvem gjør hva', width: 26 },
  { header: 'Tilskudd eier', width: 13 },
  { header: 'Tilskudd UH', width: 13 },
  { header: 'Sum', width: 13 },
  { header: 'Koordinator', width: 13 },
  { header: 'Egenandel', width: 13 },
  { header: 'Start', width: 11 },
  { header: 'Slutt', width: 11 },
  { header: 'Flerårig', width: 9 },
] as const;

export const UNREADABLE = 'Kan ikke leses';
export const NOT_FILLED = 'Ikke fylt ut';

export interface ShareRow {
  id: 'koordinator' | 'flerarig' | 'egenandel';
  label: string;
  kind: 'max' | 'min';
  /** What is measured and what it is measured against, in NOK. */
  part: number;
  whole: number;
  check: ShareCheck;
}

/** The caps the profile sets, with what the tiltak add up to (unreadable amounts count as 0). */
export function shareRows(m: Melding): ShareRow[] {
  const sum = (pick: (t: MeldingTiltak) => number | null, rows = m.tiltak) => rows.reduce((s, t) => s + (pick(t) ?? 0), 0);
  const owner = sum((t) => t.tilskuddEier);
  const total = owner + sum((t) => t.tilskuddUh);
  const multiYear = m.tiltak.filter((t) => t.flerarig);
  const rows: ShareRow[] = [
    {
      id: 'koordinator',
      label: 'Koordinator av eiers midler',
      kind: 'max',
      part: sum((t) => t.koordinator),
      whole: owner,
      check: m.shares.koordinator,
    },
    {
      id: 'flerarig',
      label: 'Flerårige tiltak av samlet tilskudd',
      kind: 'max',
      part: sum((t) => t.tilskuddEier, multiYear) + sum((t) => t.tilskuddUh, multiYear),
      whole: total,
      check: m.shares.flerarig,
    },
  ];
  if (m.shares.egenandel.limit !== null) {
    rows.push({
      id: 'egenandel',
      label: 'Egenandel av eiers midler',
      kind: 'min',
      part: sum((t) => t.egenandel),
      whole: owner,
      check: m.shares.egenandel,
    });
  }
  return rows;
}

/** The same tolerance as the domain's share checks: half an øre. */
export const HALF_ORE = 0.005;

export function shareVerdict(row: ShareRow): string {
  if (row.check.limit === null) return 'OK';
  if (row.whole <= 0) return '–';
  const ok = row.kind === 'max' ? row.part <= row.check.limit * row.whole + HALF_ORE : row.part + HALF_ORE >= row.check.limit * row.whole;
  return ok ? 'OK' : row.kind === 'max' ? 'Over grensen' : 'Under grensen';
}

export function limitText(row: ShareRow): string {
  if (row.check.limit === null) return 'Ingen grense';
  return `${row.kind === 'max' ? 'maks' : 'min.'} ${formatPercent(row.check.limit)}`;
}

/** Label and text of what a tiltak shows under its criteria; null text = required but empty. */
export function criteriaRows(t: MeldingTiltak): [string, string | null][] {
  const required = (text: string) => (text.trim() ? text : null);
  const rows: [string, string | null][] = [
    ['Forankring', required(t.kriterier.forankring)],
    ['Kollektive prosesser', required(t.kriterier.kollektiv)],
    ['Styrking av lærerutdanningen', required(t.kriterier.laererutdanning)],
  ];
  if ((t.koordinator ?? 0) > 0 || t.koordinatorBegrunnelse.trim())
    rows.push(['Begrunnelse for koordinator', required(t.koordinatorBegrunnelse)]);
  if (t.malgruppe.length) rows.push(['Målgruppe', t.malgruppe.join(', ')]);
  if (t.enheter.length) rows.push(['Enheter', t.enheter.join(', ')]);
  if (t.supplerende !== null) rows.push(['Supplerende tilskudd', yesNo(t.supplerende)]);
  return rows;
}

export function tiltakHeading(t: MeldingTiltak, index: number): string {
  return `${t.nr || String(index + 1)}. ${t.tittel || `Tiltak uten tittel (rad ${t.row})`}`;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Feil', warning: 'Advarsel', info: 'Råd' };

const MAX_LISTED_CELLS = 8;

/** "Tiltak!M5, M7" – long lists shortened, since a melding-level finding names every contributing cell. */
export function findingCells(f: Finding): string {
  if (f.cells.length === 0) return f.sheet;
  const shown = f.cells.slice(0, MAX_LISTED_CELLS).join(', ');
  const more = f.cells.length - MAX_LISTED_CELLS;
  return `${f.sheet}!${shown}${more > 0 ? ` … (+${more})` : ''}`;
}

export function findingSource(f: Finding): string {
  return f.source ? formatSource(f.source) : '';
}
