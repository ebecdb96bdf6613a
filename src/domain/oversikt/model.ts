import type { MeldingShares, MeldingStatus } from '../melding';
import type { Fase, FindingSource, Ordning, Severity } from '../model';

/**
 * The kompetansenettverk's overview of many owners' workbooks, as one model that the JSON
 * document and the overview workbook both draw from. Pure data.
 */

/** One melding of one file, with the figures the melding model computed. */
export interface OversiktMelding {
  file: string;
  partnerskap: string;
  ordning: Ordning | null;
  ordningNavn: string;
  tiltak: number;
  tilskuddEier: number;
  tilskuddUh: number;
  /** Shares with the profile's limits; `share` null when there is nothing to divide by. */
  shares: MeldingShares;
  status: MeldingStatus;
  errors: number;
  warnings: number;
}

export interface OversiktFinding {
  file: string;
  sheet: string;
  cells: string[];
  row?: number;
  rule: string;
  severity: Severity;
  message: string;
  source?: FindingSource;
}

/** One tiltak, with what the joint-tiltak search compares and where it came from. */
export interface OversiktTiltak {
  file: string;
  row: number;
  tittel: string;
  beskrivelse: string;
  ordning: Ordning | null;
  fase: Fase | null;
  partnerskap: string;
  /** The owners named for the tiltak or its partnership. */
  eiere: string[];
}

/** One workbook that could be checked: its meldinger, findings and tiltak. */
export interface CheckedFile {
  file: string;
  meldinger: OversiktMelding[];
  findings: OversiktFinding[];
  tiltak: OversiktTiltak[];
}

/** A joint-tiltak group as the similarity pass finds it, before the profile names its ordning and fase. */
export type JointGroup = Omit<FellesTiltak, 'ordningNavn' | 'faseNavn'>;

/** What checking one file gave: the file's overview, or the one sentence why it cannot be used. */
export type FileResult = { ok: true; checked: CheckedFile } | { ok: false; file: string; message: string };

/** Tiltak of different owners, in the same ordning and fase, whose texts say the same thing. */
export interface FellesTiltak {
  ordning: Ordning;
  fase: Fase;
  /** The ordning's and the fase's names in the profile's vocabulary. */
  ordningNavn: string;
  faseNavn: string;
  tiltak: OversiktTiltak[];
  /** For each tiltak (same order), its highest similarity to another tiltak of the group (0–1). */
  likhet: number[];
  /** Words (as written) the paired texts share, weightiest first. */
  terms: string[];
  /** Cosine similarity of the closest and the loosest pair that joined the group (0–1). */
  maxScore: number;
  minScore: number;
  /** Why they were paired, in one Norwegian sentence. */
  grunn: string;
}

export interface OrdningTotals {
  ordning: Ordning | null;
  ordningNavn: string;
  meldinger: number;
  komplett: number;
  tiltak: number;
  tilskuddEier: number;
  tilskuddUh: number;
}

export interface Oversikt {
  profile: { id: string; name: string };
  /** ISO date of the check. */
  generated: string;
  /** Every file given, in order, and whether it could be used. */
  files: Array<{ file: string; ok: boolean; message?: string }>;
  meldinger: OversiktMelding[];
  findings: OversiktFinding[];
  felles: FellesTiltak[];
  perOrdning: OrdningTotals[];
}

/** The overview workbook's sheets, in order; also how an earlier overview is told from an owner's workbook. */
export const OVERSIKT_SHEETS = { oversikt: 'Oversikt', funn: 'Funn', felles: 'Felles tiltak', filer: 'Filer' } as const;
