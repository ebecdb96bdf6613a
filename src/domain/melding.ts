import type { Texts } from '../i18n';
import { amountOrZero, okValue, schemeName } from './context';
import { shownText } from './format';
import { groupMeldinger, type MeldingGroup } from './grouping';
import type { Fase, Finding, Ordning, PartnershipFacts, TiltakRow, TiltakTable } from './model';
import type { Profile } from './profile';
import { sumField } from './rules/amounts';
import { isMultiYear, tiltakSpan } from './rules/periods';
import { meldingSheetNames } from './sheet-names';

/**
 * The melding document: what the source texts ask a melding to show, as one model that the
 * Excel, xlsx, PDF and JSON renderers all draw from. A pure function of its input.
 */
export interface MeldingDocument {
  profile: { id: string; name: string; version: string; status: Profile['status']; source: string };
  /** ISO date the document was made. */
  generated: string;
  meldinger: Melding[];
}

export type MeldingStatus = 'komplett' | 'utkast';

export interface Melding {
  key: string;
  /** Heading, e.g. "Behovsmelding – Vest-Viken – desentralisert ordning". */
  title: string;
  /** A worksheet name (≤ 31 characters, unique in the document, no []:*?/\): see sheet-names.ts. */
  sheetName: string;
  /** `utkast` while any error finding concerns this melding: never silently final. */
  status: MeldingStatus;
  errors: number;
  warnings: number;
  /** The findings that concern this melding (its rows, the partnership, the whole sheet). */
  findings: Finding[];
  ordning: Ordning | null;
  ordningNavn: string;
  partnerskap: MeldingPartnership;
  tiltak: MeldingTiltak[];
  totals: MeldingTotals;
  shares: MeldingShares;
}

export interface MeldingPartnership {
  navn: string;
  eiere: string[];
  uh: string[];
  organisasjonsnummer: string[];
  kontaktperson: string;
  epost: string;
  telefon: string;
  avtale: { skriftlig: boolean | null; dato: string; hvem: string; hva: string; nar: string };
  ansatteInvolvert: boolean | null;
}

export interface MeldingTiltak {
  /** Worksheet row in the user's table, for tracing back. */
  row: number;
  nr: string;
  tittel: string;
  fase: Fase | null;
  faseNavn: string;
  beskrivelse: string;
  ansvar: string;
  eiere: string[];
  uh: string[];
  malgruppe: string[];
  enheter: string[];
  /** Amounts in NOK; null when the cell cannot be read (the melding is then a draft). */
  tilskuddEier: number | null;
  tilskuddUh: number | null;
  koordinator: number | null;
  koordinatorBegrunnelse: string;
  egenandel: number | null;
  start: string;
  slutt: string;
  /** ISO dates of the whole span, when readable. */
  fra: string | null;
  til: string | null;
  flerarig: boolean;
  supplerende: boolean | null;
  kriterier: { forankring: string; kollektiv: string; laererutdanning: string };
}

export interface MeldingTotals {
  tilskuddEier: number;
  tilskuddUh: number;
  total: number;
  koordinator: number;
  egenandel: number;
  /** Funds (eier + UH) of tiltak running past the single-year window. */
  flerarig: number;
}

export interface ShareCheck {
  share: number | null;
  /** The profile's cap (max) or floor (min); null when the profile has none. */
  limit: number | null;
  ok: boolean;
}

export interface MeldingShares {
  /** Coordinator funds of the owner funds, against the max. */
  koordinator: ShareCheck;
  /** Multi-year funds of the total, against the max. */
  flerarig: ShareCheck;
  /** Egenandel of the owner funds, against the min; limit null where the scheme has none. */
  egenandel: ShareCheck;
}

export interface MeldingInput {
  table: TiltakTable;
  partnership: PartnershipFacts | null;
  profile: Profile;
  findings: readonly Finding[];
  today: string;
  /** The language the document's own words (title, sheet names) are written in. */
  texts: Texts;
}

export function buildMeldingDocument(input: MeldingInput): MeldingDocument {
  const { profile } = input;
  const partnership = partnershipOf(input.partnership, input.table.rows);
  const groups = groupMeldinger(input.table.rows, profile);
  const meldinger = groups.map((group) => buildMelding(group, input, partnership));
  const names = meldingSheetNames(
    meldinger.map((m) => ({ ...m, partnerskap: m.partnerskap.navn, tittel: m.tiltak[0]?.tittel ?? '' })),
    input.texts.domain.document,
  );
  return {
    profile: {
      id: profile.id,
      name: profile.name,
      version: profile.version,
      status: profile.status,
      source: profile.sources.map((s) => (s.publisher ? `${s.title} (${s.publisher})` : s.title)).join('; '),
    },
    generated: input.today,
    meldinger: meldinger.map((m, i) => ({ ...m, sheetName: names[i]! })),
  };
}

function buildMelding(group: MeldingGroup, input: MeldingInput, partnership: MeldingPartnership): Omit<Melding, 'sheetName'> {
  const { profile, texts } = input;
  const format = texts.format;
  const findings = findingsFor(group, input);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const tiltak = group.rows.map((row) => tiltakOf(row, profile));
  const ownerFunds = sumField(group.rows, 'tilskuddEier');
  const uhFunds = sumField(group.rows, 'tilskuddUh');
  const { parameters } = profile;
  const multiYearRows = group.rows.filter((r) => isMultiYear(r, parameters.singleYearLastDay));
  const totals: MeldingTotals = {
    tilskuddEier: ownerFunds,
    tilskuddUh: uhFunds,
    total: ownerFunds + uhFunds,
    koordinator: sumField(group.rows, 'koordinator'),
    egenandel: sumField(group.rows, 'egenandel'),
    flerarig: sumField(multiYearRows, 'tilskuddEier') + sumField(multiYearRows, 'tilskuddUh'),
  };
  const ordningNavn = format.capitalize(group.ordning ? schemeName(profile, group.ordning) : texts.domain.unknownScheme);
  const name = group.partnerskap || partnership.navn;
  const words = texts.domain.document;
  const title =
    profile.groupBy === 'tiltak'
      ? words.title({ parts: [tiltak[0]?.tittel || words.untitled({ row: group.rows[0]!.row })] })
      : words.title({ parts: [name, ordningNavn.toLowerCase()].filter(Boolean) });
  return {
    key: group.key,
    title,
    status: errors > 0 ? 'utkast' : 'komplett',
    errors,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    findings,
    ordning: group.ordning ?? null,
    ordningNavn,
    partnerskap: { ...partnership, navn: name },
    tiltak,
    totals,
    shares: {
      koordinator: maxShare(totals.koordinator, ownerFunds, parameters.coordinatorMaxShareOfOwnerFunds),
      flerarig: maxShare(totals.flerarig, totals.total, parameters.multiYearMaxShare),
      egenandel:
        parameters.ownShare && group.ordning === parameters.ownShare.ordning
          ? minShare(totals.egenandel, ownerFunds, parameters.ownShare.minShareOfOwnerGrant)
          : { share: ownerFunds > 0 ? totals.egenandel / ownerFunds : null, limit: null, ok: true },
    },
  };
}

const HALF_ORE = 0.005;

function maxShare(part: number, whole: number, limit: number | null): ShareCheck {
  return { share: whole > 0 ? part / whole : null, limit, ok: limit === null || part <= limit * whole + HALF_ORE };
}

function minShare(part: number, whole: number, limit: number): ShareCheck {
  return { share: whole > 0 ? part / whole : null, limit, ok: part + HALF_ORE >= limit * whole };
}

/** Findings on this melding's rows, and those about no row (the partnership, the sheet, a melding cap on its cells). */
function findingsFor(group: MeldingGroup, input: MeldingInput): Finding[] {
  const rows = new Set(group.rows.map((r) => r.row));
  const cells = new Set(group.rows.flatMap((r) => Object.values(r.cells)));
  return input.findings.filter((f) => {
    if (f.row !== undefined) return rows.has(f.row);
    const aboutAMelding = f.sheet === input.table.sheet && f.rule !== 'header-missing' && f.cells.length > 0;
    return !aboutAMelding || f.cells.some((c) => cells.has(c));
  });
}

function text(
  row: TiltakRow,
  key: 'nr' | 'tittel' | 'beskrivelse' | 'ansvar' | 'koordinatorBegrunnelse' | 'forankring' | 'kollektiv' | 'laererutdanning',
): string {
  return okValue(row.values[key]) ?? '';
}

function rawOf(row: TiltakRow, key: 'start' | 'slutt'): string {
  const v = row.values[key];
  return v.kind === 'ok' || v.kind === 'invalid' ? shownText(v.raw) : '';
}

function tiltakOf(row: TiltakRow, profile: Profile): MeldingTiltak {
  const v = row.values;
  const fase = okValue(v.fase) ?? null;
  const faseNavn = profile.vocabulary.faser.find((f) => f.key === fase)?.name ?? '';
  const span = tiltakSpan(row);
  const amount = (key: 'tilskuddEier' | 'tilskuddUh' | 'koordinator' | 'egenandel') => amountOrZero(v[key]) ?? null;
  return {
    row: row.row,
    nr: text(row, 'nr'),
    tittel: text(row, 'tittel'),
    fase,
    faseNavn,
    beskrivelse: text(row, 'beskrivelse'),
    ansvar: text(row, 'ansvar'),
    eiere: okValue(v.eiere) ?? [],
    uh: okValue(v.uh) ?? [],
    malgruppe: okValue(v.malgruppe) ?? [],
    enheter: okValue(v.enheter) ?? [],
    tilskuddEier: amount('tilskuddEier'),
    tilskuddUh: amount('tilskuddUh'),
    koordinator: amount('koordinator'),
    koordinatorBegrunnelse: text(row, 'koordinatorBegrunnelse'),
    egenandel: amount('egenandel'),
    start: rawOf(row, 'start'),
    slutt: rawOf(row, 'slutt'),
    fra: span?.from ?? null,
    til: span?.to ?? null,
    flerarig: isMultiYear(row, profile.parameters.singleYearLastDay),
    supplerende: okValue(v.supplerende) ?? null,
    kriterier: { forankring: text(row, 'forankring'), kollektiv: text(row, 'kollektiv'), laererutdanning: text(row, 'laererutdanning') },
  };
}

/** Facts from the Partnerskap sheet; owners and UH fall back to those named in the rows. */
function partnershipOf(facts: PartnershipFacts | null, rows: readonly TiltakRow[]): MeldingPartnership {
  const get = <K extends keyof PartnershipFacts['values']>(key: K) => (facts ? okValue(facts.values[key]) : undefined);
  const fromRows = (key: 'eiere' | 'uh') => [...new Set(rows.flatMap((r) => okValue(r.values[key]) ?? []))];
  const dato = get('avtaledato');
  return {
    navn: get('partnerskap') ?? '',
    eiere: get('eiere') ?? fromRows('eiere'),
    uh: get('uh') ?? fromRows('uh'),
    organisasjonsnummer: get('organisasjonsnummer') ?? [],
    kontaktperson: get('kontaktperson') ?? '',
    epost: get('epost') ?? '',
    telefon: get('telefon') ?? '',
    avtale: {
      skriftlig: get('skriftligAvtale') ?? null,
      dato: dato ? dato.from : '',
      hvem: get('avtaleHvem') ?? '',
      hva: get('avtaleHva') ?? '',
      nar: get('avtaleNar') ?? '',
    },
    ansatteInvolvert: get('ansatteInvolvert') ?? null,
  };
}
