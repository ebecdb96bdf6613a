import { PARTNERSHIP_SHEET } from '../../domain/fields';
import type { Finding, Severity } from '../../domain/model';
import { profileCarriedBy } from '../../table/check';
import { parseAddress, type CellValue, type WorkbookGrid } from '../../table/grid';
import type { MeldingDocument } from '../../domain/melding';
import { freeSheetNames } from '../../sheet/generated';
import { meldingSheetSpec } from '../../sheet/melding-sheet';
import { download } from '../download';
import { planOverlays } from '../../app/overlay-plan';
import { editSheet } from '../../app/edits';
import { selectionListRows } from '../../app/selection-lists';
import { nb, type Texts } from '../../i18n';
import type { Oversikt } from '../../domain/oversikt/model';
import type { TiltakTable } from '../../domain/model';
import type { Profile } from '../../domain/profile';
import { fieldValidation } from '../../sheet/template/field-validation';
import { templateSpec } from '../../sheet/template/template';
import type {
  CellWrite,
  ColumnOverrides,
  DeliveryResult,
  ExportFile,
  OverviewWritten,
  SelectionLists,
  StoredProfile,
  WorkbookPort,
} from '../../port/workbook-port';

type Listener = () => void;

/**
 * The WorkbookPort over a workbook held in memory, for demo mode in a plain browser: the same
 * pane and flow as in Excel, with the sheet drawn beside it (SheetView).
 */
export class DemoPort implements WorkbookPort {
  readonly kind = 'demo';
  /** Highlighted cells: "sheet!A1" → severity (errors win). */
  readonly highlights = new Map<string, Severity>();
  /** Why a cell is highlighted: "sheet!A1" → the findings' messages, for the cell's tooltip and accessible name. */
  readonly reasons = new Map<string, string[]>();
  activeSheet: string;
  selection: { sheet: string; cells: readonly string[] } | null = null;
  /** Bumped on every change the view must show. */
  revision = 0;
  private overrides: ColumnOverrides | null = null;
  private storedProfile: StoredProfile | null = null;
  private language: string | null = null;
  private texts: Texts = nb;
  /** Legg til utvalgslister's record; the demo sheet draws no drop-downs, so only what was added is kept. */
  private selectionLists: SelectionLists | null = null;
  /** Sheets this port generated: regenerating replaces only these. */
  private readonly generated = new Set<string>();
  private readonly changeListeners = new Set<Listener>();
  private readonly selectionListeners = new Set<(sheet: string, address: string) => void>();
  private readonly viewListeners = new Set<Listener>();

  readonly grid: WorkbookGrid;

  constructor(grid: WorkbookGrid) {
    // The demo edits rows in place: rows the reader leaves out (no values on the sheet) become empty rows.
    this.grid = { sheets: grid.sheets.map((s) => ({ ...s, cells: Array.from(s.cells, (row) => row ?? []) })) };
    this.activeSheet = grid.sheets[0]?.name ?? '';
  }

  /** The view re-renders on every change. */
  subscribe(listener: Listener): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  private notifyView(): void {
    this.revision++;
    this.viewListeners.forEach((l) => l());
  }

  async prepare(): Promise<void> {}

  async read(): Promise<WorkbookGrid> {
    return { sheets: this.grid.sheets.map((s) => ({ ...s, cells: s.cells.map((r) => [...r]), generated: this.generated.has(s.name) })) };
  }

  async check(check: (grid: WorkbookGrid) => readonly Finding[]): Promise<readonly Finding[]> {
    const findings = check(await this.read());
    await this.highlight(findings);
    return findings;
  }

  /** The same overlays the Excel port writes (planOverlays: a cell with an error shows the error only). */
  async highlight(findings: readonly Finding[]): Promise<void> {
    this.highlights.clear();
    this.reasons.clear();
    for (const group of planOverlays(findings))
      for (const cell of group.cells) this.highlights.set(`${group.sheet}!${cell}`, group.severity);
    for (const f of findings)
      for (const cell of f.cells) {
        const key = `${f.sheet}!${cell}`;
        if (this.highlights.has(key)) this.reasons.set(key, [...(this.reasons.get(key) ?? []), f.message]);
      }
    this.notifyView();
  }

  async clearHighlights(): Promise<void> {
    this.highlights.clear();
    this.reasons.clear();
    this.notifyView();
  }

  async select(sheet: string, cells: readonly string[]): Promise<void> {
    this.activeSheet = sheet;
    this.selection = { sheet, cells };
    this.notifyView();
    if (cells[0]) this.selectionListeners.forEach((l) => l(sheet, cells[0]!));
  }

  async onChanged(callback: Listener): Promise<() => void> {
    this.changeListeners.add(callback);
    return () => this.changeListeners.delete(callback);
  }

  async onSelectionChanged(callback: (sheet: string, address: string) => void): Promise<() => void> {
    this.selectionListeners.add(callback);
    return () => this.selectionListeners.delete(callback);
  }

  async loadOverrides(): Promise<ColumnOverrides | null> {
    return this.overrides;
  }

  async saveOverrides(overrides: ColumnOverrides): Promise<void> {
    this.overrides = overrides;
  }

  async loadStoredProfile(): Promise<StoredProfile | null> {
    return this.storedProfile;
  }

  async saveStoredProfile(profile: StoredProfile): Promise<void> {
    this.storedProfile = profile;
  }

  async loadLanguage(): Promise<string | null> {
    return this.language ?? profileCarriedBy(this.grid)?.language ?? null;
  }

  async saveLanguage(language: string): Promise<void> {
    this.language = language;
  }

  /** The browser's language: the demo's stand-in for Office's display language. */
  displayLanguage(): string | undefined {
    return typeof navigator === 'undefined' ? undefined : navigator.language;
  }

  setTexts(texts: Texts): void {
    this.texts = texts;
  }

  async createPartnershipSheet(values: ReadonlyArray<readonly [string, string]>): Promise<void> {
    if (this.grid.sheets.some((s) => s.name === PARTNERSHIP_SHEET))
      throw new Error(this.texts.pane.demo.sheetExists({ sheet: PARTNERSHIP_SHEET }));
    this.grid.sheets.push({
      name: PARTNERSHIP_SHEET,
      cells: values.map(([l, v]) => [l, v || null]),
      origin: { row: 0, col: 0 },
      merges: [],
      tables: [],
    });
    this.notifyView();
  }

  /** The template's sheets as values (the demo workbook is never empty, so the pane offers this only in tests). */
  async writeTemplate(profile: Profile, stored: StoredProfile, texts: Texts): Promise<string[]> {
    const spec = templateSpec(profile, stored, texts);
    const taken = spec.sheets.find((sheet) => this.grid.sheets.some((s) => s.name === sheet.name));
    if (taken) throw new Error(this.texts.pane.demo.sheetExists({ sheet: taken.name }));
    for (const sheet of spec.sheets) {
      const cells: CellValue[][] = [];
      for (const cell of sheet.cells) {
        const at = parseAddress(cell.address)!;
        (cells[at.row] ??= [])[at.col] = cell.value;
      }
      const rows = Array.from({ length: cells.length }, (_, r) => Array.from(cells[r] ?? [], (v) => v ?? null));
      this.grid.sheets.push({
        name: sheet.name,
        cells: rows,
        origin: { row: 0, col: 0 },
        merges: [],
        tables: [],
        hidden: sheet.veryHidden,
      });
    }
    this.activeSheet = spec.activeSheet;
    this.notifyView();
    return spec.sheets.filter((s) => !s.veryHidden).map((s) => s.name);
  }

  async addSelectionLists(table: TiltakTable, profile: Profile, texts: Texts): Promise<SelectionLists> {
    const { first, last } = selectionListRows(table);
    this.selectionLists = {
      sheet: table.sheet,
      added: Object.entries(table.mapping).map(([field, ref]) => {
        const range = `${ref.column}${first}:${ref.column}${last}`;
        const key = field as keyof typeof table.mapping;
        return {
          field: key,
          header: ref.header,
          range,
          title: fieldValidation(key, ref.header, range, `${ref.column}${first}`, profile, texts).prompt.title,
        };
      }),
      kept: [],
    };
    return this.selectionLists;
  }

  async loadSelectionLists(): Promise<SelectionLists | null> {
    return this.selectionLists;
  }

  async removeSelectionLists(): Promise<{ removed: string[]; left: string[] }> {
    const removed = this.selectionLists?.added.map((a) => a.range) ?? [];
    this.selectionLists = null;
    return { removed, left: [] };
  }

  /** The melding sheets as values (formulas show their result), beside the user's sheets. */
  async writeMelding(doc: MeldingDocument, texts: Texts): Promise<string[]> {
    this.grid.sheets = this.grid.sheets.filter((s) => !this.generated.has(s.name));
    this.generated.clear();
    const names = freeSheetNames(
      doc,
      this.grid.sheets.map((s) => s.name),
    );
    doc.meldinger.forEach((melding, i) => {
      const cells: CellValue[][] = [];
      for (const cell of meldingSheetSpec(melding, doc, texts).cells) {
        const at = parseAddress(cell.address)!;
        const v = cell.value;
        (cells[at.row] ??= [])[at.col] = v !== null && typeof v === 'object' ? (v.result ?? null) : v;
      }
      const rows = Array.from({ length: cells.length }, (_, r) => Array.from(cells[r] ?? [], (v) => v ?? null));
      this.grid.sheets.push({ name: names[i]!, cells: rows, origin: { row: 0, col: 0 }, merges: [], tables: [] });
      this.generated.add(names[i]!);
    });
    this.activeSheet = names[0] ?? this.activeSheet;
    this.notifyView();
    return names;
  }

  /** The overview as the command line writes it, handed over as a file (a browser opens no workbook). */
  async writeOverview(oversikt: Oversikt, texts: Texts): Promise<OverviewWritten> {
    const { overviewDownload } = await import(/* webpackChunkName: "oversikt-file" */ '../../app/oversikt-output');
    const file = await overviewDownload(oversikt, texts);
    download(file);
    return { where: 'downloaded', file: file.name };
  }

  async deliver(file: ExportFile): Promise<DeliveryResult> {
    download(file);
    return { message: this.texts.pane.demo.downloaded({ file: file.name }) };
  }

  value(sheet: string, address: string): CellValue {
    const s = this.grid.sheets.find((x) => x.name === sheet);
    const at = parseAddress(address);
    if (!s || !at) return null;
    return s.cells[at.row - s.origin.row]?.[at.col - s.origin.col] ?? null;
  }

  /** A user edit in the demo sheet: typed numbers become numbers, as in Excel. */
  setCell(sheet: string, address: string, text: string): void {
    const trimmed = text.trim();
    this.put(sheet, address, trimmed === '' ? null : /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text);
  }

  async writeCellValue(sheet: string, address: string, value: CellWrite): Promise<void> {
    this.sheet(sheet);
    this.put(sheet, address, value);
  }

  private sheet(name: string) {
    const found = this.grid.sheets.find((s) => s.name === name);
    if (!found) throw new Error(this.texts.pane.demo.sheetMissing({ sheet: name }));
    return found;
  }

  /** Copies of the row below it, each row its own values; merges and tables below move down with it (app/edits). */
  async splitRow(sheet: string, row: number, rows: ReadonlyArray<Readonly<Record<string, CellWrite>>>): Promise<void> {
    editSheet(this.sheet(sheet), { kind: 'split', sheet, row, rows });
    this.notifyView();
    this.changeListeners.forEach((l) => l());
  }

  /** Both edits and add-in writes change one cell and tell the listeners, as Excel's onChanged does. */
  private put(sheet: string, address: string, value: CellValue): void {
    const s = this.grid.sheets.find((x) => x.name === sheet);
    const at = parseAddress(address);
    if (!s || !at) return;
    const row = at.row - s.origin.row;
    while (s.cells.length <= row) s.cells.push([]);
    const cells = s.cells[row]!;
    while (cells.length <= at.col - s.origin.col) cells.push(null);
    cells[at.col - s.origin.col] = value;
    this.notifyView();
    this.changeListeners.forEach((l) => l());
  }

  /** A click in the demo sheet, reported like Excel's selection event. */
  selectCell(sheet: string, address: string): void {
    this.activeSheet = sheet;
    this.selection = { sheet, cells: [address] };
    this.notifyView();
    this.selectionListeners.forEach((l) => l(sheet, address));
  }

  showSheet(sheet: string): void {
    this.activeSheet = sheet;
    this.notifyView();
  }
}
