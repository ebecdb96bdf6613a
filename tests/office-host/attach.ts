/**
 * The simulated Excel behind a real Office.js Excel client, wherever the client runs: in a Node `vm`
 * context (host.ts) or in a browser page (tests/browser/excel-page.ts). Given the globals the client
 * defined, it answers the client's requests from an in-memory workbook (executor.ts), gives it an
 * `Office.context` (requirements, platform, document settings, dialogs), resolves `Office.onReady`
 * as Excel, and delivers events as Excel raises them.
 *
 * Each attached host is one add-in runtime: the task pane and the ribbon's function file are two
 * (no shared runtime is declared), each with its own copy of the document settings.
 */
import type { ApiSetTable } from './api-sets';
import type { HostState } from './base';
import { execute, isWrite, type RequestBody, type ResponseBody } from './executor';
import { TRIGGER_SOURCE_FROM, UNDO_FROM, type HostProfile } from './profiles';
import { formatAddress, HostWorkbook, parseA1, type Scalar } from './workbook';

export interface HostStats {
  /** Requests the add-in's code sent (context.sync calls that carried actions). */
  syncs: number;
  /** Requests Excel.run sent at its end to release the ranges it kept (`_RemoveReference`). */
  cleanups: number;
  /** Bytes of each request and response body, as serialised (UTF-8 JSON). */
  requests: Array<{ request: number; response: number }>;
  /** Calls of `Office.context.document.settings.saveAsync` in this runtime. */
  settingsSaves: number;
  largestRequest(): number;
  largestResponse(): number;
  reset(): void;
}

export type HostRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

/** A dialog the add-in opened with `Office.context.ui.displayDialogAsync`. */
export interface HostDialog {
  url: string;
  options: unknown;
  closed: boolean;
  /** The user closes the dialog with its X (Excel raises DialogEventReceived 12006). */
  closeByUser(): void;
}

export interface ExcelHost {
  readonly profile: HostProfile;
  readonly book: HostWorkbook;
  readonly state: HostState;
  readonly Excel: typeof Excel;
  readonly Office: typeof Office;
  readonly run: HostRun;
  readonly stats: HostStats;
  readonly dialogs: HostDialog[];
  /** Make this host the global `Excel` and `Office` (as office.js does in the pane). */
  install(): void;
  /** A user types a value; a co-author's edit arrives with `remote`. */
  userEdit(sheet: string, address: string, value: Scalar | null, options?: { remote?: boolean }): void;
  /** A user picks a value from a data-validation list: Excel on the web raises no change event (office-js #3888). */
  userPick(sheet: string, address: string, value: Scalar): void;
  userSelect(sheet: string, address: string): void;
  /** The user is typing in a cell: requests fail, or wait (delayForCellEdit where supported), until endCellEdit. */
  beginCellEdit(): void;
  endCellEdit(): void;
  /** From now on `settings.saveAsync` fails (a read-only or locked document). */
  failSettingsSave(fail?: boolean): void;
  /** From now on `Excel.createWorkbook` fails as under the extension-hardening policy (office-js #3568). */
  blockCreateWorkbook(block?: boolean): void;
  /** What Ctrl+Z could still undo: the user's edits since the list was last cleared. */
  undoList(): readonly string[];
  /** Resolves once the events raised so far have reached their handlers. */
  settled(): Promise<void>;
}

/** What the Office.js Excel client defines on its global object. */
export interface ClientGlobals {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  OSF: unknown;
}

export interface AttachOptions {
  /**
   * `cdn` (default): the client Excel loads from Microsoft's CDN, which has `RangeAreas.select`
   * (ExcelApi 1.18). `npm`: the client in `@microsoft/office-js` as it is (1.1.110, without it),
   * which the development build and the browser page load.
   */
  client?: 'cdn' | 'npm';
  /** Office.context.displayLanguage; Norwegian bokmål unless a test says otherwise. */
  displayLanguage?: string;
}

/** Event ids of the client's GenericEventHandlers (WorksheetCollection.onChanged, onSelectionChanged). */
const EVENT_CHANGED = 10;
const EVENT_SELECTION = 14;
const EVENT_CATEGORY = 65536;
/** RunOptions.delayForCellEdit, as the client sends it when it sees the set DelayForCellEdit. */
const FLAG_DELAY_FOR_CELL_EDIT = 64;
/** Office.EventType.DialogEventReceived's code when the user closes a dialog. */
const DIALOG_CLOSED_BY_USER = 12006;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

export function attachHost(
  ns: ClientGlobals,
  profile: HostProfile,
  book: HostWorkbook,
  apiSets: ApiSetTable,
  options: AttachOptions = {},
): ExcelHost {
  const Extension = ns.OfficeExtension as typeof OfficeExtension & {
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(message: unknown): void;
  };
  const state: HostState = { book, changes: [], opened: [], references: new Map(), lastReference: 0 };
  const requests: HostStats['requests'] = [];
  const stats: HostStats = {
    syncs: 0,
    cleanups: 0,
    requests,
    settingsSaves: 0,
    largestRequest: () => Math.max(0, ...requests.map((r) => r.request)),
    largestResponse: () => Math.max(0, ...requests.map((r) => r.response)),
    reset() {
      stats.syncs = stats.cleanups = stats.settingsSaves = 0;
      requests.length = 0;
    },
  };
  let undo: string[] = [];
  const clearUndo = () => void (undo = []);

  const settings = runtimeSettings(book, {
    saved: () => {
      stats.settingsSaves++;
      // office-js #3141: saving the settings disables Excel's undo.
      clearUndo();
    },
  });
  const dialogs: HostDialog[] = [];
  /** Office shows the dialog, then calls back: it is listed (and can be closed) from then on. */
  const openDialog = (url: string, dialogOptions: unknown, callback?: (result: unknown) => void) => {
    const handlers: Array<(arg: unknown) => void> = [];
    const dialog: HostDialog = {
      url,
      options: dialogOptions,
      closed: false,
      closeByUser() {
        dialog.closed = true;
        handlers.forEach((h) => h({ error: DIALOG_CLOSED_BY_USER }));
      },
    };
    const api = {
      close: () => void (dialog.closed = true),
      addEventHandler: (_type: unknown, handler: (arg: unknown) => void) => handlers.push(handler),
    };
    setTimeout(() => {
      dialogs.push(dialog);
      callback?.({ status: 'succeeded', value: api });
    }, 0);
  };
  const context = {
    host: 'Excel',
    platform: profile.platform,
    displayLanguage: options.displayLanguage ?? 'nb-NO',
    requirements: { isSetSupported: (set: string, version?: string | number) => profile.supports(set, minorOf(version)) },
    document: { settings: settings.api },
    ui: { displayDialogAsync: openDialog },
  };
  // Office.context is a getter over OSF._OfficeAppFactory.getContext(): give it this host's context.
  const osf = ns.OSF as { _OfficeAppFactory?: { getContext(): unknown } };
  osf._OfficeAppFactory = Object.assign(osf._OfficeAppFactory ?? {}, { getContext: () => context });
  // What office.js (the loader) adds once Excel has started the add-in.
  const office = ns.Office as unknown as Record<string, unknown>;
  office.HostType ??= { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote' };
  office.onReady = (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: 'Excel', platform: profile.platform };
    return Promise.resolve(info).then((i) => {
      callback?.(i);
      return i;
    });
  };

  let editing: { done: Promise<void>; end: () => void } | undefined;
  const deliveries: Array<Promise<void>> = [];
  const raise = (type: number, args: Record<string, unknown>, remote = false) => {
    const message = {
      entries: [
        {
          messageCategory: EVENT_CATEGORY,
          messageType: type,
          targetId: 'Workbook',
          message: JSON.stringify(args),
          isRemoteOverride: remote,
        },
      ],
    };
    deliveries.push(new Promise((resolve) => setTimeout(() => resolve(Extension._testTriggerRichApiMessageEvent(message)), 0)));
  };
  /** WorksheetChangedEventArgs as this Excel sends them: `triggerSource` only from ExcelApi 1.14. */
  const changed = (fields: { address: string; worksheetId: string; triggerSource: string }) => {
    const { triggerSource, ...rest } = fields;
    return {
      ...rest,
      changeType: 'RangeEdited',
      source: 'Local',
      ...(profile.excelApi >= TRIGGER_SOURCE_FROM ? { triggerSource } : {}),
    };
  };

  const executor = {
    async executeAsync(customData: unknown, flags: number, message: { Body: RequestBody }) {
      if (editing) {
        if (!(flags & FLAG_DELAY_FOR_CELL_EDIT)) return failure('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
        await editing.done;
      }
      const cleanup = message.Body.Actions.every((a) => a.ActionType === 1 || a.Name.startsWith('_RemoveReference'));
      if (cleanup) stats.cleanups++;
      else stats.syncs++;
      const request = utf8Length(JSON.stringify(message.Body));
      if (profile.payloadLimit && request > profile.payloadLimit) {
        requests.push({ request, response: 0 });
        return failure('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
      }
      state.changes = [];
      const body: ResponseBody = execute(state, profile, apiSets, message.Body, typeof customData === 'string' ? customData : undefined);
      if (isWrite(message.Body)) {
        if (profile.excelApi >= UNDO_FROM) undo.push('tillegget');
        else clearUndo();
      }
      const response = utf8Length(JSON.stringify(body));
      requests.push({ request, response });
      for (const { sheet, area } of state.changes)
        raise(
          EVENT_CHANGED,
          changed({ address: formatAddress(sheet.name, area).split('!')[1]!, worksheetId: sheet.id, triggerSource: 'ThisLocalAddin' }),
        );
      if (profile.payloadLimit && response > profile.payloadLimit)
        return failure('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      return { ErrorCode: null, ErrorMessage: null, Headers: {}, Body: body };
    },
  };
  // Every context the client makes (Excel.run, new RequestContext) talks to this host.
  Object.defineProperty(Extension.ClientRequestContext.prototype, '_requestExecutor', {
    configurable: true,
    get: () => executor,
    set() {
      // The client assigns its own executor when it has none: this host's stays.
    },
  });
  Extension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  if (options.client !== 'npm') addNewerMembers(ns.Excel, Extension);

  const edit = (sheetName: string, address: string, value: Scalar | null, event: boolean, remote = false) => {
    const sheet = book.sheet(sheetName);
    sheet.set(address, value);
    if (!remote) undo.push(`${sheetName}!${address}`);
    if (event) raise(EVENT_CHANGED, changed({ address, worksheetId: sheet.id, triggerSource: 'Others' }), remote);
  };

  return {
    profile,
    book,
    state,
    Excel: ns.Excel,
    Office: ns.Office,
    stats,
    dialogs,
    run: (batch, runOptions) => (runOptions ? ns.Excel.run(runOptions, batch) : ns.Excel.run(batch)),
    install() {
      Object.assign(globalThis, { Excel: ns.Excel, Office: ns.Office, OfficeExtension: Extension });
    },
    userEdit(sheetName, address, value, editOptions) {
      edit(sheetName, address, value, true, editOptions?.remote === true);
    },
    userPick(sheetName, address, value) {
      edit(sheetName, address, value, profile.platform !== 'OfficeOnline');
    },
    userSelect(sheetName, address) {
      if (!parseA1(address)) throw new Error(`bad address ${address}`);
      state.activeSheet = sheetName;
      state.selection = { sheet: sheetName, address };
      raise(EVENT_SELECTION, { address, worksheetId: book.sheet(sheetName).id });
    },
    beginCellEdit() {
      let end = () => undefined as void;
      const done = new Promise<void>((resolve) => (end = resolve));
      editing = { done, end };
    },
    endCellEdit() {
      editing?.end();
      editing = undefined;
    },
    failSettingsSave(fail = true) {
      settings.failing = fail;
    },
    blockCreateWorkbook(block = true) {
      state.createWorkbookBlocked = block;
    },
    undoList: () => [...undo],
    async settled() {
      while (deliveries.length) await deliveries.shift();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

/**
 * `Office.context.document.settings` of one runtime: a copy of the document's settings made when
 * the runtime starts; `set` changes the copy, `saveAsync` writes the whole copy over the document's
 * (another runtime's saved keys are lost), `refreshAsync` reads the document's again.
 */
function runtimeSettings(book: HostWorkbook, hooks: { saved(): void }) {
  let live: Record<string, unknown> = structuredClone(book.settings);
  const later = (callback: ((result: unknown) => void) | undefined, result: unknown) => setTimeout(() => callback?.(result), 0);
  const holder = {
    failing: false,
    api: {
      get: (key: string) => (key in live ? structuredClone(live[key]) : null),
      set: (key: string, value: unknown) => void (live[key] = structuredClone(value)),
      remove: (key: string) => void delete live[key],
      saveAsync: (callback?: (result: unknown) => void) => {
        if (holder.failing) {
          later(callback, { status: 'failed', error: { code: 5001, name: 'Internal Error', message: 'The settings could not be saved.' } });
          return;
        }
        for (const key of Object.keys(book.settings)) delete book.settings[key];
        Object.assign(book.settings, structuredClone(live));
        hooks.saved();
        later(callback, { status: 'succeeded' });
      },
      refreshAsync: (callback?: (result: unknown) => void) => {
        live = structuredClone(book.settings);
        later(callback, { status: 'succeeded', value: holder.api });
      },
    },
  };
  return holder;
}

/**
 * The npm client (1.1.110) predates ExcelApi 1.18; the CDN's office.js that Excel loads has
 * `RangeAreas.select`. Defined exactly as the client defines `Range.select`, so the newest
 * profile can run the code path Microsoft 365 takes.
 */
function addNewerMembers(ns: typeof Excel, extension: typeof OfficeExtension): void {
  const proto = ns.RangeAreas.prototype as unknown as Record<string, unknown>;
  const helper = (
    extension as unknown as {
      BatchApiHelper: { invokeMethod(obj: unknown, name: string, op: number, args: unknown[], flags: number, result: number): void };
    }
  ).BatchApiHelper;
  proto.select ??= function select(this: unknown) {
    helper.invokeMethod(this, 'Select', 1, [], 0, 0);
  };
}

function failure(code: string, message: string) {
  return { ErrorCode: code, ErrorMessage: message, HttpStatusCode: 400, Headers: {}, Body: null };
}

/** "1.14" → 14; a missing version means the first. */
function minorOf(version: string | number | undefined): number {
  if (version === undefined) return 1;
  const [, minor = '0'] = String(version).split('.');
  return Number(minor);
}
