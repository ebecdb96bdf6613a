import type { Finding } from '../domain/model';
import type { ColumnOverrides, WorkbookPort } from '../port/workbook-port';
import { parseRangeAddress, stripSheet } from './address';
import { deliverFile, type BrowserDelivery } from './delivery';
import { isItemNotFound, toUserError } from './errors';
import { writeMeldingSheets } from './melding';
import { queueRemembered, removeOverlays, replaceOverlays, type OverlayMemory } from './overlays';
import { createPartnershipSheet } from './partnership-sheet';
import { splitRow } from './split-row';
import { writeCellValue } from './write-cell';
import { finishRead, loadStructure, queueRead, StaleStructure, type WorkbookStructure } from './read';
import { isSupported } from './requirements';
import { defaultRun, RUN_OPTIONS, type ExcelRun } from './run';
import * as settings from './settings';

/** A handler is removed through the request context that added it. */
function removeHandler(handler: OfficeExtension.EventHandlerResult<unknown>): void {
  handler.remove();
  void handler.context.sync();
}

/**
 * The WorkbookPort over Office.js. The workbook's structure (sheets, used ranges, tables) is
 * learned once and checked by every read in the same sync; when it changed, or an action meets a
 * sheet that is gone, the structure is learned again and the action repeated once.
 * Errors reach the pane as Norwegian sentences (errors.ts).
 */
export function createExcelPort(run: ExcelRun = defaultRun, browser?: BrowserDelivery): WorkbookPort {
  let structure: WorkbookStructure | undefined;
  const memory: OverlayMemory = {};

  async function guarded<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (e) {
      throw toUserError(e);
    }
  }

  function withStructure<T>(batch: (context: Excel.RequestContext, s: WorkbookStructure) => Promise<T>): Promise<T> {
    const attempt = () =>
      run(async (context) => {
        structure ??= await loadStructure(context);
        return batch(context, structure);
      }, RUN_OPTIONS);
    return guarded(async () => {
      try {
        return await attempt();
      } catch (e) {
        if (!(e instanceof StaleStructure) && !isItemNotFound(e)) throw e;
        structure = undefined;
        return attempt();
      }
    });
  }

  const port: WorkbookPort = {
    kind: 'excel',

    prepare: () => guarded(() => run(async (context) => void (structure = await loadStructure(context)), RUN_OPTIONS)),

    read: () =>
      withStructure(async (context, s) => {
        const pending = queueRead(context, s);
        await context.sync();
        return finishRead(context, pending);
      }),

    check: (check, options) =>
      withStructure(async (context, s) => {
        const pending = queueRead(context, s);
        const remembered = queueRemembered(context, s);
        await context.sync();
        const findings = check(await finishRead(context, pending));
        await replaceOverlays(context, s, findings, remembered, memory, options?.onlyIfChanged);
        return findings;
      }),

    highlight: (findings: readonly Finding[]) =>
      withStructure(async (context, s) => {
        const remembered = queueRemembered(context, s);
        await context.sync();
        await replaceOverlays(context, s, findings, remembered, memory);
      }),

    clearHighlights: () => withStructure((context, s) => removeOverlays(context, s, memory)),

    // RangeAreas.select is ExcelApi 1.18 (not in Office 2021 or 2024): there, the first cell.
    select: (sheet, cells) =>
      guarded(() =>
        run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          if (cells.length > 1 && isSupported('selectAreas')) ws.getRanges(cells.join(',')).select();
          else if (cells[0]) ws.getRange(cells[0]).select();
          await context.sync();
        }, RUN_OPTIONS),
      ),

    // Excel raises onChanged for the add-in's own writes and for co-authors too: only the
    // user's own edits here re-check (triggerSource is ExcelApi 1.14).
    onChanged: (callback) =>
      guarded(() =>
        run(async (context) => {
          const handler = context.workbook.worksheets.onChanged.add(async (event) => {
            if (event.source === 'Remote' || event.triggerSource === 'ThisLocalAddin') return;
            callback();
          });
          await context.sync();
          return () => removeHandler(handler);
        }),
      ),

    onSelectionChanged: (callback) =>
      guarded(() =>
        run(async (context) => {
          const handler = context.workbook.worksheets.onSelectionChanged.add(async (event) => {
            const sheet = structure?.sheets.find((s) => s.id === event.worksheetId)?.name;
            if (sheet && parseRangeAddress(event.address)) callback(sheet, stripSheet(event.address).split(':')[0]!);
          });
          await context.sync();
          return () => removeHandler(handler);
        }),
      ),

    loadOverrides: async () => settings.loadOverrides(),
    saveOverrides: (overrides: ColumnOverrides) => settings.saveOverrides(overrides),
    loadStoredProfile: async () => settings.loadStoredProfile(),
    saveStoredProfile: (profile) => settings.saveStoredProfile(profile),

    writeMelding: (doc, texts) =>
      guarded(async () => {
        try {
          return await writeMeldingSheets(run, doc, texts);
        } finally {
          structure = undefined;
        }
      }),

    deliver: (file) => guarded(() => deliverFile(file, browser)),

    writeCellValue: (sheet, address, value) => guarded(() => run((context) => writeCellValue(context, sheet, address, value), RUN_OPTIONS)),

    splitRow: (sheet, row, column, values) =>
      guarded(async () => {
        await run((context) => splitRow(context, sheet, row, column, values), RUN_OPTIONS);
        structure = undefined;
      }),

    createPartnershipSheet: (values) =>
      guarded(async () => {
        await run((context) => createPartnershipSheet(context, values), RUN_OPTIONS);
        structure = undefined;
      }),
  };
  return port;
}
