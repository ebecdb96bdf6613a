import type { MeldingDocument } from '../domain/melding';
import type { Oversikt } from '../domain/oversikt/model';
import type { Texts } from '../i18n';
import type { FieldKey, Finding, TiltakTable } from '../domain/model';
import type { Profile } from '../domain/profile';
import type { WorkbookGrid } from '../table/grid';

/** A value the add-in writes into a cell when the user asks it to (a fix, a split). */
export type CellWrite = string | number;

/** Column overrides the user chose: field key → column letter (e.g. `{ tittel: "C" }`). */
export type ColumnOverrides = Record<string, string>;

/**
 * The profile a workbook carries: a built-in one by id, or a whole profile the user loaded from a
 * file (its JSON text, so that a template workbook hands its rules on).
 */
export type StoredProfile = { kind: 'builtin'; id: string } | { kind: 'file'; json: string };

/**
 * What the pane needs from a workbook. `src/excel/` implements it over Office.js; demo mode
 * implements it over an .xlsx file in the browser. The pane never calls Office.js itself.
 */
export interface WorkbookPort {
  readonly kind: 'excel' | 'demo';
  /** Learn the workbook's sheet and table names ahead of the first check. */
  prepare(): Promise<void>;
  /** Every sheet's used values, merges and Excel Tables, in a fixed number of syncs. */
  read(): Promise<WorkbookGrid>;
  /**
   * Read, let `check` find the problems, and replace the highlights with them: one round
   * trip to read and one to highlight. Returns the findings highlighted. With `onlyIfChanged`
   * (live re-check) highlights equal to the last ones are left as they are.
   */
  check(check: (grid: WorkbookGrid) => readonly Finding[], options?: CheckOptions): Promise<readonly Finding[]>;
  /** Replace the add-in's previous highlights with one overlay per finding cell. */
  highlight(findings: readonly Finding[]): Promise<void>;
  /** Remove exactly the overlays the add-in added; user formats stay as they were. */
  clearHighlights(): Promise<void>;
  /** Select the cells of a finding in the workbook. */
  select(sheet: string, cells: readonly string[]): Promise<void>;
  /** Call back (debounced by the caller) when a value changes; returns an unsubscribe. */
  onChanged(callback: () => void): Promise<() => void>;
  /** Call back with the selected sheet and top-left A1 address; returns an unsubscribe. */
  onSelectionChanged(callback: (sheet: string, address: string) => void): Promise<() => void>;
  /** Column overrides remembered in the workbook (document settings), or null. */
  loadOverrides(): Promise<ColumnOverrides | null>;
  saveOverrides(overrides: ColumnOverrides): Promise<void>;
  /** The profile chosen for this workbook (document settings), or null; the ribbon uses it too. */
  loadStoredProfile(): Promise<StoredProfile | null>;
  saveStoredProfile(profile: StoredProfile): Promise<void>;
  /** The language stored in the workbook (document settings; else the one a template carries on its profile sheet), or null. */
  loadLanguage(): Promise<string | null>;
  saveLanguage(language: string): Promise<void>;
  /** The host's display language (`nn-NO` in a nynorsk Office), when it tells. */
  displayLanguage(): string | undefined;
  /** Sentences the port makes itself (where a file went, why an action failed) from now on in these texts. */
  setTexts?(texts: Texts): void;
  /** Write one sheet per melding in the language of `texts`, replacing only sheets generated before; returns their names. */
  writeMelding(doc: MeldingDocument, texts: Texts): Promise<string[]>;
  /**
   * Hand over an exported file by the route the host allows; the result says where it went. An
   * xlsx opens as a new workbook where Excel allows it; `subject` says what the sentence names.
   */
  deliver(file: ExportFile, subject?: 'melding' | 'template'): Promise<DeliveryResult>;
  /**
   * Write one value into one cell and nothing else: no format, no neighbour (a one-click fix).
   * The user's next edit or Valider sees it like a typed value.
   */
  writeCellValue(sheet: string, address: string, value: CellWrite): Promise<void>;
  /**
   * Split one row into `rows.length` rows (asked first): copies of `row` (1-based) inserted
   * directly below it, then `rows[i]` (column letter → value) written into the i-th of the rows,
   * the row itself first. Nothing else changes except the rows below moving down.
   */
  splitRow(sheet: string, row: number, rows: ReadonlyArray<Readonly<Record<string, CellWrite>>>): Promise<void>;
  /** Create the `Partnerskap` sheet with labels in A and the given values in B. */
  createPartnershipSheet(values: ReadonlyArray<readonly [label: string, value: string]>): Promise<void>;
  /**
   * The coordinator's overview (its four sheets and charts, in the language of `texts`) where the
   * host can put it: a new workbook, new sheets of this one (never touching the user's), or a file.
   */
  writeOverview(oversikt: Oversikt, texts: Texts): Promise<OverviewWritten>;
  /**
   * Lag mal: the round's template sheets (sheet/template) added to this workbook, which the caller
   * found empty; the profile is carried in the workbook as `stored`. Returns the visible sheets' names.
   */
  writeTemplate(profile: Profile, stored: StoredProfile, texts: Texts): Promise<string[]>;
  /**
   * Legg til utvalgslister: the template's validation and input message on each recognised column
   * of `table` that has no validation of its own; no value or format changes. What was added is
   * kept in the workbook (document settings) for removeSelectionLists.
   */
  addSelectionLists(table: TiltakTable, profile: Profile, texts: Texts): Promise<SelectionLists>;
  /** What addSelectionLists added and has not been removed, or null. */
  loadSelectionLists(): Promise<SelectionLists | null>;
  /**
   * Removes exactly what addSelectionLists added: a range whose validation the user has since
   * replaced is left (`left`). Forgets the record.
   */
  removeSelectionLists(): Promise<{ removed: string[]; left: string[] }>;
  /**
   * «Sjekk oppsettet»: every Excel operation the add-in uses, tried on a temporary sheet, reported in
   * the language of `texts`. Only inside Excel (the demo has no Excel to check).
   */
  selfCheck?(texts: Texts, options: SelfCheckRequest): Promise<SelfCheckOutcome>;
}

export interface SelfCheckRequest {
  /** The add-in's version, for the report. */
  version: string;
  /** Also open a new workbook, as Eksporter → Excel does (the user sees it open). */
  openWorkbook: boolean;
}

export interface SelfCheckOutcome {
  /** The report to copy into a support ticket. */
  text: string;
  /** Its last sentence: how many operations worked. */
  summary: string;
  failed: number;
}

/** What Legg til utvalgslister did on one tiltak table. */
export interface SelectionLists {
  sheet: string;
  /** Ranges given a validation, with the column's header and the input message's title it got (how removal knows its own). */
  added: Array<{ field: FieldKey; header: string; range: string; title: string }>;
  /** Columns that already had a validation of their own: untouched. */
  kept: Array<{ field: FieldKey; header: string }>;
}

/** Where the overview went, for the pane to say. */
export type OverviewWritten =
  | { where: 'workbook' }
  | { where: 'sheets'; sheets: string[] }
  /** Demo mode: handed over as a file. */
  | { where: 'downloaded'; file: string }
  /** Not written: Excel cannot insert sheets from a file here (below ExcelApi 1.13), or the file passes the web's request limit. */
  | { where: 'none'; reason: 'unsupported' | 'tooLarge' };

export interface CheckOptions {
  onlyIfChanged?: boolean;
}

/** A Norwegian sentence telling the user where the file went or what to do. */
export interface DeliveryResult {
  message: string;
}

export interface ExportFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}
