import { MELDING_STYLES, type SheetSpec } from '../sheet/spec';
import { OVERLAY_STYLE, queueOverlays } from './highlight';
import { newOverlayMemory, removeOverlays } from './overlays';
import { isSupported } from './requirements';
import { defaultRun, RUN_OPTIONS, type ExcelRun } from './run';
import { writeSheet } from './sheet-writer';
import { splitRow } from './split-row';
import { writeCellValue } from './write-cell';

/**
 * "Sjekk oppsettet": every Excel operation the add-in uses, tried on a sheet of its own that is
 * deleted afterwards, with the add-in's own code where it has one. Each step is a request of its
 * own, so one that Excel refuses does not hide the others; Excel's error code is kept. The user's
 * sheets are never written, selected or activated, and document settings end as they began.
 */

export type SelfCheckStepId =
  | 'addSheet'
  | 'write'
  | 'read'
  | 'highlight'
  | 'clear'
  | 'insertRows'
  | 'melding'
  | 'pageLayout'
  | 'events'
  | 'settings'
  | 'createWorkbook'
  | 'removeSheet';

export interface SelfCheckStep {
  id: SelfCheckStepId;
  status: 'ok' | 'failed' | 'skipped';
  /** Excel's error code (`ApiNotFound`, `InvalidArgument` …) when Excel refused. */
  code?: string;
  /** Excel's own message. */
  detail?: string;
  /** Excel took the request but gave back something else than was written (both as JSON). */
  mismatch?: { expected: string; got: string };
  /** Why a step was not tried: the requirement set it needs, or because it was not asked for. */
  skipped?: { needs?: string; notAsked?: boolean };
}

export interface SelfCheckReport {
  platform: string;
  /** Office's build, as `Office.context.diagnostics` reports it; undefined where Office does not. */
  version?: string;
  /** The highest ExcelApi version found, e.g. "1.17". */
  excelApi: string;
  /** Further requirement sets the add-in looks for, each found or not. */
  sets: Array<{ name: string; supported: boolean }>;
  sheet: string;
  steps: SelfCheckStep[];
}

/** The temporary sheet's name; a user sheet of that name gets a number after it, never touched. */
export const SELF_CHECK_SHEET = 'Behovsmelding-sjekk';
const SETTINGS_KEY = 'behovsmelding.sjekk';
/** The add-in's own write should raise a change event within this time. */
const EVENT_WAIT_MS = 5000;
const FURTHER_SETS: Array<[string, string]> = [
  ['ExcelApiOnline', '1.1'],
  ['DelayForCellEdit', '1.1'],
];
/** Probed up to here; ExcelApi versions come one minor number at a time. */
const NEWEST_MINOR = 30;

const TABLE = [
  ['Tiltak', 'Fase', 'Tilskudd eier'],
  ['Sjekk 1', 'Vurdering', 150000],
  ['Sjekk 2', 'Planlegging og gjennomføring', 90000],
];

export interface SelfCheckOptions {
  run?: ExcelRun;
  /** Also open a new, empty workbook as Eksporter → Excel does (the user sees it open). */
  openWorkbook?: boolean;
}

export async function runSelfCheck(options: SelfCheckOptions = {}): Promise<SelfCheckReport> {
  const run = options.run ?? defaultRun;
  const steps: SelfCheckStep[] = [];
  const attempt = async (id: SelfCheckStepId, work: () => Promise<Mismatch | void>): Promise<boolean> => {
    try {
      const mismatch = await work();
      steps.push(mismatch ? { id, status: 'failed', mismatch } : { id, status: 'ok' });
      return !mismatch;
    } catch (error) {
      const e = error as { code?: unknown; message?: unknown };
      // RichApi codes are names (ApiNotFound); the common API's are numbers (5001).
      const code = typeof e?.code === 'string' || typeof e?.code === 'number' ? String(e.code) : undefined;
      steps.push({ id, status: 'failed', code, detail: String(e?.message ?? error) });
      return false;
    }
  };
  const skip = (id: SelfCheckStepId, skipped: SelfCheckStep['skipped']) => steps.push({ id, status: 'skipped', skipped });
  const onSheet = <T>(batch: (context: Excel.RequestContext, ws: Excel.Worksheet) => Promise<T>) =>
    run((context) => batch(context, context.workbook.worksheets.getItem(sheet)), RUN_OPTIONS);

  let sheet = SELF_CHECK_SHEET;
  let sheetId = '';
  const added = await attempt('addSheet', () =>
    run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      sheet = freeName(sheets.items.map((s) => s.name));
      const ws = context.workbook.worksheets.add(sheet).load('id');
      await context.sync();
      sheetId = ws.id;
    }, RUN_OPTIONS),
  );

  if (added) {
    await attempt('write', () =>
      onSheet(async (context, ws) => {
        ws.getRange('A1:C3').values = TABLE;
        await context.sync();
        await writeCellValue(context, sheet, 'C3', 95000);
      }),
    );
    await attempt('read', () =>
      onSheet(async (context, ws) => {
        const used = ws.getUsedRangeOrNullObject(true).load('address,values,valueTypes');
        const merges = isSupported('merges') ? ws.getRange('A1:C3').getMergedAreasOrNullObject().load('address') : undefined;
        await context.sync();
        const expected = [...TABLE.slice(0, 2), ['Sjekk 2', 'Planlegging og gjennomføring', 95000]];
        return (
          compare(expected, used.isNullObject ? null : used.values) ??
          (merges && !merges.isNullObject ? compare(null, merges.address) : undefined)
        );
      }),
    );
    const highlighted = await attempt('highlight', () =>
      onSheet(async (context) => {
        const created = queueOverlays(context, [
          { sheet, severity: 'error', cells: ['B2'] },
          { sheet, severity: 'warning', cells: ['C3', 'A3'] },
        ]);
        await context.sync();
        return compare(Object.keys(OVERLAY_STYLE).length, created.filter((c) => c.format.id).length);
      }),
    );
    if (highlighted)
      await attempt('clear', () =>
        onSheet(async (context, ws) => {
          // Fjern markering's own way: catalogue the formats, recognise the add-in's by their rule, delete them.
          const formats = ws.getRange().conditionalFormats.load('items/type,items/id');
          await context.sync();
          await removeOverlays(context, [{ sheet, formats }], newOverlayMemory());
          const left = ws.getRange().conditionalFormats.load('items/id');
          await context.sync();
          return compare(0, left.items.length);
        }),
      );
    else skip('clear', { needs: 'highlight' });
    await attempt('insertRows', () =>
      onSheet(async (context, ws) => {
        await splitRow(context, sheet, 2, [{ B: 'Vurdering' }, { B: 'Planlegging' }]);
        const column = ws.getRange('B2:B4').load('values');
        await context.sync();
        return compare(
          ['Vurdering', 'Planlegging', 'Planlegging og gjennomføring'],
          column.values.map((r) => r[0]),
        );
      }),
    );
    const written = await attempt('melding', () =>
      onSheet(async (context, ws) => {
        await writeSheet(context, ws, MELDING_SAMPLE);
        // Generated sheets are marked by a workbook name: added and taken away again.
        const name = context.workbook.names.add(`Behovsmelding_sjekk_${sheetId.replace(/\W/g, '')}`.slice(0, 250), ws.getRange('A1'));
        await context.sync();
        name.delete();
        await context.sync();
      }),
    );
    if (written)
      await attempt('pageLayout', () =>
        onSheet(async (context, ws) => {
          const page = ws.pageLayout.load('orientation,paperSize');
          const area = ws.pageLayout.getPrintAreaOrNullObject().load('address');
          const footer = ws.pageLayout.headersFooters.defaultForAllPages.load('centerFooter');
          await context.sync();
          // Excel may name the sheet and use $ in the address: the cells are what must match.
          const got = {
            orientation: page.orientation,
            paperSize: page.paperSize,
            footer: footer.centerFooter,
            area: area.isNullObject ? null : area.address.replace(/^.*!/, '').replace(/\$/g, ''),
          };
          const wanted = {
            orientation: 'Landscape',
            paperSize: 'A4',
            footer: MELDING_SAMPLE.page.footer.center,
            area: MELDING_SAMPLE.page.printArea,
          };
          return compare(wanted, got);
        }),
      );
    else skip('pageLayout', { needs: 'melding' });
    await attempt('events', () => changeEventArrives(run, sheet));
  } else
    for (const id of ['write', 'read', 'highlight', 'clear', 'insertRows', 'melding', 'pageLayout', 'events'] as const)
      skip(id, { needs: 'addSheet' });

  await attempt('settings', () => settingsRoundTrip());
  if (!isSupported('createWorkbook')) skip('createWorkbook', { needs: 'ExcelApi 1.8' });
  else if (!options.openWorkbook) skip('createWorkbook', { notAsked: true });
  else await attempt('createWorkbook', () => Excel.createWorkbook());

  if (added)
    await attempt('removeSheet', () =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheet).delete();
        const gone = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        return compare(null, gone.isNullObject ? null : sheet);
      }, RUN_OPTIONS),
    );
  else skip('removeSheet', { needs: 'addSheet' });

  return { ...environment(), sheet, steps };
}

/** The first of SELF_CHECK_SHEET, "… 2", "… 3" … that no sheet has (Excel compares names without case). */
function freeName(names: readonly string[]): string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  let name = SELF_CHECK_SHEET;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${SELF_CHECK_SHEET} ${n}`;
  return name;
}

type Mismatch = NonNullable<SelfCheckStep['mismatch']>;

/** Undefined when Excel gave back what was written; else both, for the report. */
function compare(expected: unknown, got: unknown): Mismatch | undefined {
  const [e, g] = [JSON.stringify(expected), JSON.stringify(got)];
  return e === g ? undefined : { expected: e, got: g };
}

/** A change handler as the pane registers it, then a write of the add-in's own: its event must arrive. */
async function changeEventArrives(run: ExcelRun, sheet: string): Promise<Mismatch | void> {
  let arrived: () => void = () => undefined;
  const event = new Promise<void>((resolve) => (arrived = resolve));
  const handler = await run(async (context) => {
    const added = context.workbook.worksheets.onChanged.add(async (e) => {
      if (e.address && e.worksheetId) arrived();
    });
    await context.sync();
    return added;
  });
  try {
    await run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange('E1').values = [['endret']];
      await context.sync();
    }, RUN_OPTIONS);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), EVENT_WAIT_MS)));
    const outcome = await Promise.race([event, late]);
    clearTimeout(timer);
    if (outcome === 'late') return compare('onChanged', null);
  } finally {
    handler.remove();
    await handler.context.sync();
  }
}

/** A setting written, saved, read back and taken away again: the document ends as it began. */
async function settingsRoundTrip(): Promise<Mismatch | void> {
  const s = Office.context.document.settings;
  const save = () =>
    new Promise<void>((resolve, reject) =>
      s.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error ?? new Error('saveAsync')))),
    );
  const value = { sjekket: true };
  s.set(SETTINGS_KEY, value);
  try {
    await save();
    return compare(value, s.get(SETTINGS_KEY));
  } finally {
    s.remove(SETTINGS_KEY);
    await save();
  }
}

/** Platform, Office build and requirement sets, read without a request to Excel. */
function environment(): Pick<SelfCheckReport, 'platform' | 'version' | 'excelApi' | 'sets'> {
  const context = Office.context as Office.Context & { diagnostics?: { version?: string } };
  const requirements = context.requirements;
  let minor = 0;
  while (minor < NEWEST_MINOR && requirements.isSetSupported('ExcelApi', `1.${minor + 1}`)) minor++;
  let version: string | undefined;
  try {
    version = context.diagnostics?.version;
  } catch {
    // Some hosts throw when diagnostics is read: the report says the version is unknown.
  }
  return {
    platform: String(context.platform ?? ''),
    version,
    excelApi: minor === 0 ? '–' : `1.${minor}`,
    sets: FURTHER_SETS.map(([name, v]) => ({ name: `${name} ${v}`, supported: requirements.isSetSupported(name, v) })),
  };
}

/** A small sheet of the melding's kinds: title over merged columns, a styled table, a sum, a rule, page layout. */
const MELDING_SAMPLE: SheetSpec = {
  name: 'sjekk',
  cells: [
    { address: 'A1', value: 'Behovsmelding – sjekk', style: 'title' },
    { address: 'A2', value: 'Tiltak', style: 'tableHeader' },
    { address: 'B2', value: 'Status', style: 'tableHeader' },
    { address: 'C2', value: 'Tilskudd eier', style: 'tableHeaderNumber' },
    { address: 'A3', value: 'Sjekk', style: 'cell' },
    { address: 'B3', value: 'UTKAST', style: 'cell' },
    { address: 'C3', value: 150000, style: 'nok' },
    { address: 'A4', value: 'Sum', style: 'totalLabel' },
    { address: 'C4', value: { formula: 'SUM(C3:C3)', result: 150000 }, style: 'totalNok' },
  ],
  styles: MELDING_STYLES,
  merges: ['A1:C1'],
  columnWidths: [30, 14, 16],
  rowHeights: { 1: 24 },
  conditionalFormats: [{ range: 'B3:B3', containsText: 'UTKAST', style: 'statusDraft' }],
  page: {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: 'A1:C4',
    printTitleRows: '2:2',
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    header: { center: 'Behovsmelding' },
    footer: { center: 'Side &P av &N' },
  },
  showGridLines: false,
};
