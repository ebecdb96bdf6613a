/** Texts of the melding that the sheet and the PDF share, so both say the same, in the language of `texts`. */
import { formatSource } from '../domain/format';
import type { Melding, MeldingDocument, MeldingTiltak, ShareCheck } from '../domain/melding';
import type { Finding, Severity } from '../domain/model';
import type { Texts } from '../i18n';

/** Column widths of the tiltak table, in its order; the headers are the catalogue's `sheet.columns`. */
export const TILTAK_WIDTHS = {
  nr: 6,
  tittel: 24,
  fase: 18,
  hva: 32,
  hvem: 26,
  eier: 13,
  uh: 13,
  sum: 13,
  koordinator: 13,
  egenandel: 13,
  start: 11,
  slutt: 11,
  flerarig: 9,
} as const;

export type TiltakColumn = keyof typeof TILTAK_WIDTHS;
export const TILTAK_COLUMNS = Object.keys(TILTAK_WIDTHS) as TiltakColumn[];

export interface ShareRow {
  id: 'koordinator' | 'flerarig' | 'egenandel';
  label: string;
  kind: 'max' | 'min';
  /** What is measured and what it is measured against, in NOK. */
  part: number;
  whole: number;
  check: ShareCheck;
}

/** The same tolerance as the domain's share checks: half an øre. */
export const HALF_ORE = 0.005;

const MAX_LISTED_CELLS = 8;

/** The melding's words in one language: what the sheet and the PDF put in their cells. */
export type MeldingTexts = ReturnType<typeof meldingTexts>;

export function meldingTexts(texts: Texts) {
  const t = texts.sheet;
  const yesNo = (value: boolean | null): string => (value === null ? t.notGiven : value ? t.yes : t.no);
  const list = (items: readonly string[]) => items.join(', ');
  return {
    texts,
    t,
    yesNo,
    statusText: (m: Melding): string =>
      m.status === 'utkast' ? t.status.draft({ errors: m.errors }) : t.status.complete({ warnings: m.warnings }),

    titleRows: (m: Melding, doc: MeldingDocument): [string, string][] => [
      [t.head.profile, t.head.profileValue({ name: doc.profile.name, version: doc.profile.version })],
      [t.head.ordning, m.ordningNavn],
      [t.head.generated, texts.format.date(doc.generated)],
    ],

    /** Label and value of each partnership fact, labelled as the Partnerskap sheet is. */
    partnershipRows: (m: Melding): [string, string][] => {
      const p = m.partnerskap;
      const avtale = p.avtale;
      const label = texts.domain.partnershipFields;
      return [
        [label.partnerskap, p.navn],
        [label.eiere, list(p.eiere)],
        [label.uh, list(p.uh)],
        [label.organisasjonsnummer, list(p.organisasjonsnummer)],
        [label.kontaktperson, p.kontaktperson],
        [label.epost, p.epost],
        [label.telefon, p.telefon],
        [label.skriftligAvtale, yesNo(avtale.skriftlig)],
        [label.avtaledato, avtale.dato ? texts.format.date(avtale.dato) : ''],
        [label.avtaleHvem, avtale.hvem],
        [label.avtaleHva, avtale.hva],
        [label.avtaleNar, avtale.nar],
        [label.ansatteInvolvert, yesNo(p.ansatteInvolvert)],
      ];
    },

    /** The caps the profile sets, with what the tiltak add up to (unreadable amounts count as 0). */
    shareRows: (m: Melding): ShareRow[] => {
      const sum = (pick: (x: MeldingTiltak) => number | null, rows = m.tiltak) => rows.reduce((s, x) => s + (pick(x) ?? 0), 0);
      const owner = sum((x) => x.tilskuddEier);
      const total = owner + sum((x) => x.tilskuddUh);
      const multiYear = m.tiltak.filter((x) => x.flerarig);
      const rows: ShareRow[] = [
        {
          id: 'koordinator',
          label: t.shares.koordinator,
          kind: 'max',
          part: sum((x) => x.koordinator),
          whole: owner,
          check: m.shares.koordinator,
        },
        {
          id: 'flerarig',
          label: t.shares.flerarig,
          kind: 'max',
          part: sum((x) => x.tilskuddEier, multiYear) + sum((x) => x.tilskuddUh, multiYear),
          whole: total,
          check: m.shares.flerarig,
        },
      ];
      if (m.shares.egenandel.limit !== null) {
        rows.push({
          id: 'egenandel',
          label: t.shares.egenandel,
          kind: 'min',
          part: sum((x) => x.egenandel),
          whole: owner,
          check: m.shares.egenandel,
        });
      }
      return rows;
    },

    shareVerdict: (row: ShareRow): string => {
      if (row.check.limit === null) return t.shares.ok;
      if (row.whole <= 0) return '–';
      const limit = row.check.limit * row.whole;
      const ok = row.kind === 'max' ? row.part <= limit + HALF_ORE : row.part + HALF_ORE >= limit;
      return ok ? t.shares.ok : row.kind === 'max' ? t.shares.over : t.shares.under;
    },

    limitText: (row: ShareRow): string => {
      if (row.check.limit === null) return t.shares.noLimit;
      return (row.kind === 'max' ? t.shares.max : t.shares.min)({ share: row.check.limit });
    },

    /** Label and text of what a tiltak shows under its criteria; null text = required but empty. */
    criteriaRows: (x: MeldingTiltak): [string, string | null][] => {
      const required = (text: string) => (text.trim() ? text : null);
      const c = t.criteria;
      const rows: [string, string | null][] = [
        [c.forankring, required(x.kriterier.forankring)],
        [c.kollektiv, required(x.kriterier.kollektiv)],
        [c.laererutdanning, required(x.kriterier.laererutdanning)],
      ];
      if ((x.koordinator ?? 0) > 0 || x.koordinatorBegrunnelse.trim())
        rows.push([c.koordinatorBegrunnelse, required(x.koordinatorBegrunnelse)]);
      if (x.malgruppe.length) rows.push([c.malgruppe, list(x.malgruppe)]);
      if (x.enheter.length) rows.push([c.enheter, list(x.enheter)]);
      if (x.supplerende !== null) rows.push([c.supplerende, yesNo(x.supplerende)]);
      return rows;
    },

    tiltakHeading: (x: MeldingTiltak, index: number): string =>
      t.tiltakHeading({ nr: x.nr || String(index + 1), title: x.tittel, row: x.row }),

    severity: (severity: Severity): string => t.severity[severity],

    /** "Tiltak!M5, M7" – long lists shortened, since a melding-level finding names every contributing cell. */
    findingCells: (f: Finding): string => {
      if (f.cells.length === 0) return f.sheet;
      const shown = f.cells.slice(0, MAX_LISTED_CELLS).join(', ');
      const more = f.cells.length - MAX_LISTED_CELLS;
      return `${f.sheet}!${shown}${more > 0 ? ` … (+${more})` : ''}`;
    },

    findingSource: (f: Finding): string => (f.source ? formatSource(f.source) : ''),
  };
}
