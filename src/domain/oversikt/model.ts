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
  /** Set when another file carries the same partnership and ordning (see PartnershipRepeat). */
  repeat?: { of: PartnershipRepeat; counted: boolean };
}

/**
 * The same partnership and ordning in more than one file. When the meldinger are the same (the
 * same tiltak with the same amounts: a file sent twice, or saved in two formats) only the first
 * file counts in the totals; when they differ (a partnership's melding split over files, or an
 * updated version beside the old) each is counted and marked, for the coordinator to decide.
 */
export interface PartnershipRepeat {
  partnerskap: string;
  ordning: Ordning | null;
  ordningNavn: string;
  files: string[];
  identical: boolean;
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

/**
 * Which profile a file was checked with, and which it fits (domain/profile-choice): the
 * overview chooses one profile across all files from these.
 */
export interface FileFit {
  /** Id of the profile the file was checked with. */
  checkedWith: string;
  /** Ids of the profiles the file fits equally well; empty when nothing in it points at a round. */
  fitting: string[];
  /** Why it fits them: a profile stored in the workbook, or the ordninger its table names. */
  basis: 'stored' | 'vocabulary' | 'newest';
}

/** Why a file gives no melding: no tiltak under its headers, it cannot be read or checked, or it is no workbook at all. */
export type UnusedStatus = 'empty' | 'unusable' | 'skipped';

/** What checking one file gave: the file's overview, or the one sentence why it gives none. */
export type FileResult =
  { ok: true; checked: CheckedFile; fit?: FileFit } | { ok: false; file: string; message: string; status: UnusedStatus; fit?: FileFit };

/** Every file given or met in a folder, in order: used, or why not. */
export type OversiktFile =
  | { file: string; ok: true; status: 'used'; meldinger: number; tiltak: number }
  | { file: string; ok: false; status: UnusedStatus; message: string };

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
  /** The profile every file was checked with, and why it was chosen (one sentence). */
  profile: { id: string; name: string; reason: string };
  /** ISO date of the check. */
  generated: string;
  files: OversiktFile[];
  meldinger: OversiktMelding[];
  findings: OversiktFinding[];
  felles: FellesTiltak[];
  /** Totals per ordning; a repeated identical melding counts once. */
  perOrdning: OrdningTotals[];
  repeats: PartnershipRepeat[];
}

/** The overview workbook's sheets, in order; also how an earlier overview is told from an owner's workbook. */
export const OVERSIKT_SHEETS = { oversikt: 'Oversikt', funn: 'Funn', felles: 'Felles tiltak', filer: 'Filer' } as const;
