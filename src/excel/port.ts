import type { Finding } from '../domain/model';
import { nb, type Texts } from '../i18n';
import type { ColumnOverrides, WorkbookPort } from '../port/workbook-port';
import { LAST_COLUMN, parseRangeAddress, stripSheet } from './address';
import { deliverFile, type BrowserDelivery } from './delivery';
import { OwnWrites } from './echoes';
import { isItemNotFound, toUserError } from './errors';
import { newOverlayMemory, queueCatalogue, removeOverlays, replaceOverlays } from './overlays';
import { carriedLanguage } from './carrier';
import { createPartnershipSheet } from './partnership-sheet';
import { selectCells } from './select';
import { splitRow } from './split-row';
import { writeCellValue } from './write-cell';
import { finishRead, loadStructure, queueRead, READ_LIMITS, StaleStructure, type ReadLimits, type WorkbookStructure } from './read';
import { isSupported } from './requirements';
import { defaultRun, patientRun, type ExcelRun } from './run';
import * as settings from './settings';
import { watchPickedValues } from './picked-values';

/** A handler is removed through the request context that added it. */
function removeHandler(handler: OfficeExtension.EventHandlerResult<unknown>): void {
  handler.remove();
  void handler.context.sync();
}

/**
 * The WorkbookPort over Office.js. The workbook's structure (sheets, used ranges, tables) is
 * learned once and checked by every read in the same sync; when it changed, or an action meets a
 * sheet that is gone, the structure is learned again and the action repeated once. While the user
 * edits a cell, actions wait (run.ts). Errors reach the pane as Norwegian sentences (errors.ts).
 * Nothing is saved into the document except the user's own choices (profile, columns). `browser`
 * is where the pane can put a file; `initialTexts` the language of every sentence it throws or returns
 * (until `setTexts`);
 * `limits` how much one request reads (tests prove the chunking with small ones).
 */
export function createExcelPort(
  baseRun: ExcelRun = defaultRun,
  browser?: BrowserDelivery,
  initialTexts: Texts = nb,
  limits: ReadLimits = READ_LIMITS,
): WorkbookPort {
  let texts = initialTexts;
  const run = patientRun(baseRun, { restartable: true });
  const runOnce = patientRun(baseRun);
  let structure: WorkbookStructure | undefined;
  let meldingSheets: string[] = [];
  const memory = newOverlayMemory();
  const own = new OwnWrites();

  async function guarded<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (e) {
      throw toUserError(e, texts);
    }
  }

  function withStructure<T>(batch: (context: Excel.RequestContext, s: WorkbookStructure) => Promise<T>): Promise<T> {
    const attempt = () =>
      run(async (context) => {
        structure ??= await loadStructure(context);
        return batch(context, structure);
      });
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

  async function isEcho(event: Excel.WorksheetChangedEventArgs): Promise<boolean> {
    await own.settled();
    return own.isEcho(event.worksheetId, event.address);
  }

  /** A write that changes the workbook's sheets: the structure is learned again next time. */
  async function reshaping<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } finally {
      structure = undefined;
    }
  }

  const port: WorkbookPort = {
    kind: 'excel',

    prepare: () => guarded(() => run(async (context) => void (structure = await loadStructure(context)))),

    read: () =>
      withStructure(async (context, s) => {
        const pending = queueRead(context, s, limits);
        await context.sync();
        return finishRead(context, pending);
      }),

    check: (check, checkOptions) =>
      withStructure(async (context, s) => {
        const pending = queueRead(context, s, limits);
        const catalogue = queueCatalogue(context, s);
        await context.sync();
        const findings = check(await finishRead(context, pending));
        await replaceOverlays(context, catalogue, findings, memory, checkOptions?.onlyIfChanged);
        return findings;
      }),

    highlight: (findings: readonly Finding[]) =>
      withStructure(async (context, s) => {
        const catalogue = queueCatalogue(context, s);
        await context.sync();
        await replaceOverlays(context, catalogue, findings, memory);
      }),

    clearHighlights: () =>
      withStructure(async (context, s) => {
        const catalogue = queueCatalogue(context, s);
        await context.sync();
        await removeOverlays(context, catalogue, memory);
      }),

    select: (sheet, cells) => guarded(() => run((context) => selectCells(context, sheet, cells))),

    // Excel raises onChanged for the add-in's own writes and for co-authors too: only the user's
    // own edits here re-check. From ExcelApi 1.14 the event says who wrote; before, own writes are
    // recognised by place (echoes.ts). A pick from a drop-down list raises nothing on the web.
    onChanged: (callback) =>
      guarded(() =>
        run(async (context) => {
          const byTrigger = isSupported('triggerSource');
          const handler = context.workbook.worksheets.onChanged.add(async (event) => {
            if (event.source === 'Remote') return;
            if (byTrigger ? event.triggerSource === 'ThisLocalAddin' : await isEcho(event)) return;
            callback();
          });
          const picks = watchPickedValues(context, baseRun, callback);
          await context.sync();
          return () => {
            removeHandler(handler);
            removeHandler(picks);
          };
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
    saveOverrides: (overrides: ColumnOverrides) => settings.saveOverrides(overrides, undefined, texts),
    loadStoredProfile: async () => settings.loadStoredProfile(),
    saveStoredProfile: (profile) => settings.saveStoredProfile(profile, undefined, texts),
    // The user's choice first; else the language a template carries (a failed read is no choice).
    loadLanguage: async () => settings.loadLanguage() ?? (await run(carriedLanguage).catch(() => null)),
    saveLanguage: (language) => settings.saveLanguage(language, undefined, texts),
    displayLanguage: () => Office.context.displayLanguage,
    // The pane may switch language after the port is made: its sentences follow.
    setTexts: (next) => void (texts = next),

    writeMelding: (doc, meldingTexts) =>
      guarded(() =>
        reshaping(async () => {
          // The melding sheet's layout and writer load with the first melding, not with the pane (issue 21).
          const { writeMeldingSheets } = await import(/* webpackChunkName: "melding" */ './melding');
          meldingSheets = await own.track(writeMeldingSheets(runOnce, doc, meldingTexts, (id) => own.note(id, 'sheet')));
          return meldingSheets;
        }),
      ),

    deliver: (file, subject) => guarded(() => deliverFile(file, browser, texts, meldingSheets, subject)),

    writeCellValue: (sheet, address, value) =>
      guarded(() =>
        own.track(
          (async () => {
            const id = await run((context) => writeCellValue(context, sheet, address, value));
            const area = parseRangeAddress(address);
            if (area) own.note(id, area);
          })(),
        ),
      ),

    splitRow: (sheet, row, rows) =>
      guarded(() =>
        reshaping(() =>
          own.track(
            (async () => {
              const id = await run((context) => splitRow(context, sheet, row, rows));
              own.note(id, { top: row - 1, bottom: row + rows.length - 2, left: 0, right: LAST_COLUMN });
            })(),
          ),
        ),
      ),

    // The overview's writer (exceljs) and its Office.js part load only when a coordinator makes one.
    writeOverview: (oversikt, overviewTexts) =>
      guarded(() =>
        reshaping(async () => {
          const [{ overviewFile }, { writeOverview }] = await Promise.all([
            import(/* webpackChunkName: "oversikt-file" */ '../app/oversikt-output'),
            import(/* webpackChunkName: "oversikt-file" */ './oversikt'),
          ]);
          return writeOverview(runOnce, await overviewFile(oversikt, overviewTexts));
        }),
      ),

    createPartnershipSheet: (values) =>
      guarded(() =>
        reshaping(() =>
          own.track(
            (async () => {
              own.note(await run((context) => createPartnershipSheet(context, values, texts)), 'sheet');
            })(),
          ),
        ),
      ),

    writeTemplate: (profile, stored, templateTexts) =>
      guarded(() =>
        reshaping(() =>
          own.track(
            (async () => {
              // The template's description and writer load with the first Lag mal, not with the pane.
              const [{ templateSpec }, { writeTemplate }] = await Promise.all([
                import(/* webpackChunkName: "template" */ '../sheet/template/template'),
                import(/* webpackChunkName: "template" */ './template'),
              ]);
              const spec = templateSpec(profile, stored, templateTexts);
              const ids = await runOnce((context) => writeTemplate(context, spec));
              for (const id of ids) own.note(id, 'sheet');
              return spec.sheets.filter((s) => !s.veryHidden).map((s) => s.name);
            })(),
          ),
        ),
      ),

    // Validation changes no value (no onChanged); what was added is recorded in the document, and
    // where that record cannot be saved it is taken out again, so that nothing stays that the pane
    // could not remove.
    addSelectionLists: (table, profile, listTexts) =>
      guarded(async () => {
        const { addSelectionLists, removeSelectionLists } = await import(/* webpackChunkName: "template" */ './selection-lists');
        const lists = await runOnce((context) => addSelectionLists(context, table, profile, listTexts));
        try {
          await settings.saveSelectionLists(lists, undefined, texts);
        } catch (e) {
          await runOnce((context) => removeSelectionLists(context, lists));
          throw e;
        }
        return lists;
      }),

    loadSelectionLists: async () => settings.loadSelectionLists(),

    removeSelectionLists: () =>
      guarded(async () => {
        const lists = settings.loadSelectionLists();
        if (!lists) return { removed: [], left: [] };
        const { removeSelectionLists } = await import(/* webpackChunkName: "template" */ './selection-lists');
        const done = await runOnce((context) => removeSelectionLists(context, lists));
        await settings.saveSelectionLists(null, undefined, texts);
        return done;
      }),

    // Loaded with the first check, not with the pane. Its temporary sheet changes the workbook's
    // structure, and the pane's change handler waits for it to end (own.track) before it looks.
    selfCheck: (reportTexts, { version, openWorkbook }) =>
      guarded(() =>
        reshaping(() =>
          own.track(
            (async () => {
              const [{ runSelfCheck }, { selfCheckText, selfCheckSummary }] = await Promise.all([
                import(/* webpackChunkName: "self-check" */ './self-check'),
                import(/* webpackChunkName: "self-check" */ './self-check-report'),
              ]);
              const report = await runSelfCheck({ run: baseRun, openWorkbook });
              const { failed, sentence } = selfCheckSummary(report, reportTexts);
              return { text: selfCheckText(report, reportTexts, version), summary: sentence, failed };
            })(),
          ),
        ),
      ),
  };
  return port;
}
