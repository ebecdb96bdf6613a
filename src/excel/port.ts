import type { Finding } from '../domain/model';
import type { WorkbookGrid } from '../table/grid';
import type { ColumnOverrides, WorkbookPort } from '../port/workbook-port';
import { parseRangeAddress, stripSheet } from './address';
import { queueExistingOverlays, queueOverlays, queueRemoval } from './highlight';
import { createPartnershipSheet } from './partnership-sheet';
import { finishRead, loadStructure, queueRead, type WorkbookStructure } from './read';
import * as settings from './settings';
import { writeMeldingSheets } from './melding';
import { download } from '../taskpane/download';

/** A handler is removed through the request context that added it. */
function removeHandler(handler: OfficeExtension.EventHandlerResult<unknown>): void {
  handler.remove();
  void handler.context.sync();
}

/** Excel.run, or a stand-in in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/**
 * The WorkbookPort over Office.js. The workbook's sheet and table names are loaded once
 * (`prepare`) and reused, so that a check is one sync to read and one to highlight.
 */
export function createExcelPort(run: ExcelRun = defaultRun): WorkbookPort {
  let structure: WorkbookStructure | undefined;

  async function withStructure<T>(batch: (context: Excel.RequestContext, s: WorkbookStructure) => Promise<T>): Promise<T> {
    return run(async (context) => {
      structure ??= await loadStructure(context);
      try {
        return await batch(context, structure);
      } catch (e) {
        // A sheet was added, renamed or deleted since: learn the names again once.
        structure = undefined;
        throw e;
      }
    });
  }

  const port: WorkbookPort = {
    kind: 'excel',

    prepare: () => run(async (context) => void (structure = await loadStructure(context))),

    read: () =>
      withStructure(async (context, s) => {
        const pending = queueRead(context, s);
        await context.sync();
        return finishRead(context, pending);
      }),

    check: (check) =>
      withStructure(async (context, s) => {
        const pending = queueRead(context, s);
        const existing = queueExistingOverlays(context, s.sheets);
        await context.sync();
        const grid: WorkbookGrid = await finishRead(context, pending);
        const findings = check(grid);
        queueRemoval(existing);
        queueOverlays(context, findings);
        await context.sync();
        return findings;
      }),

    highlight: (findings: readonly Finding[]) =>
      withStructure(async (context, s) => {
        const existing = queueExistingOverlays(context, s.sheets);
        await context.sync();
        queueRemoval(existing);
        queueOverlays(context, findings);
        await context.sync();
      }),

    clearHighlights: () =>
      withStructure(async (context, s) => {
        const existing = queueExistingOverlays(context, s.sheets);
        await context.sync();
        queueRemoval(existing);
        await context.sync();
      }),

    select: (sheet, cells) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        if (cells.length > 0) ws.getRanges(cells.join(',')).select();
        await context.sync();
      }),

    onChanged: (callback) =>
      run(async (context) => {
        const handler = context.workbook.worksheets.onChanged.add(async () => callback());
        await context.sync();
        return () => removeHandler(handler);
      }),

    onSelectionChanged: (callback) =>
      run(async (context) => {
        const handler = context.workbook.worksheets.onSelectionChanged.add(async (event) => {
          const sheet = structure?.idToName[event.worksheetId];
          if (sheet && parseRangeAddress(event.address)) callback(sheet, stripSheet(event.address).split(':')[0]!);
        });
        await context.sync();
        return () => removeHandler(handler);
      }),

    loadOverrides: async () => settings.loadOverrides(),
    saveOverrides: (overrides: ColumnOverrides) => settings.saveOverrides(overrides),
    loadStoredProfile: async () => settings.loadStoredProfile(),
    saveStoredProfile: (profile) => settings.saveStoredProfile(profile),

    writeMelding: async (doc) => {
      const names = await writeMeldingSheets(run, doc);
      structure = undefined;
      return names;
    },

    // Office's getFileAsync exports the whole document: the melding workbook is opened from
    // its own bytes instead; PDF and JSON go through the browser's download where the host allows.
    deliver: async (file) => {
      if (file.name.endsWith('.xlsx') && typeof Excel !== 'undefined' && Excel.createWorkbook) {
        await Excel.createWorkbook(toBase64(file.bytes));
      } else {
        download(file);
      }
    },

    createPartnershipSheet: async (values) => {
      await run((context) => createPartnershipSheet(context, values));
      structure = undefined;
    },
  };
  return port;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
