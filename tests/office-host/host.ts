/**
 * A simulated Excel for tests and the bench: the real Office.js Excel client
 * (`@microsoft/office-js/dist/excel-web-16.00.debug.js`) runs in a Node `vm` context, and every
 * request it would send to Excel is answered by executor.ts over an in-memory workbook. So the
 * add-in's code is exercised through the same client code, request batching, null objects,
 * object-path invalidation and error objects as in Excel; only the far side is simulated.
 *
 * Usage: `const host = createExcelHost(EXCEL_2021); host.install();` then the code under test
 * uses the globals `Excel` and `Office` (or `host.run`) as in the task pane.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { apiSetTable } from './api-sets';
import { execute, type RequestBody, type ResponseBody } from './executor';
import type { HostState } from './objects';
import type { HostProfile } from './profiles';
import { formatAddress, HostWorkbook, parseA1, type Scalar } from './workbook';

export interface HostStats {
  /** Requests the add-in's code sent (context.sync calls that carried actions). */
  syncs: number;
  /** Requests Excel.run sent at its end to release the ranges it kept (`_RemoveReference`). */
  cleanups: number;
  /** Bytes of each request and response body, as serialised (UTF-8 JSON). */
  requests: Array<{ request: number; response: number }>;
  largestRequest(): number;
  largestResponse(): number;
  reset(): void;
}

export type HostRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

export interface ExcelHost {
  readonly profile: HostProfile;
  readonly book: HostWorkbook;
  readonly state: HostState;
  readonly Excel: typeof Excel;
  readonly Office: typeof Office;
  readonly run: HostRun;
  readonly stats: HostStats;
  /** Make this host the global `Excel` and `Office` (as office.js does in the pane). */
  install(): void;
  /** A user types a value; a co-author's edit arrives with `remote`. */
  userEdit(sheet: string, address: string, value: Scalar | null, options?: { remote?: boolean }): void;
  userSelect(sheet: string, address: string): void;
  /** The user is typing in a cell: requests fail or wait (delayForCellEdit) until endCellEdit. */
  beginCellEdit(): void;
  endCellEdit(): void;
  /** Resolves once the events raised so far have reached their handlers. */
  settled(): Promise<void>;
}

const CLIENT = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
let script: vm.Script | undefined;

/** Event ids of the client's GenericEventHandlers (WorksheetCollection.onChanged, onSelectionChanged). */
const EVENT_CHANGED = 10;
const EVENT_SELECTION = 14;
const EVENT_CATEGORY = 65536;

/** A fresh client and Office.context for `book` (new by default), answering as `profile`. */
export function createExcelHost(profile: HostProfile, book = new HostWorkbook()): ExcelHost {
  script ??= new vm.Script(readFileSync(CLIENT, 'utf8'), { filename: 'excel-web-16.00.debug.js' });
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    // The add-in and the client share one realm in the pane: errors and promises must too.
    Promise,
    Error,
    TypeError,
    RangeError,
    navigator: { userAgent: 'node' },
    location: { href: 'https://localhost/taskpane.html', search: '', hash: '' },
    document: {
      getElementsByTagName: () => [],
      createElement: () => ({ setAttribute() {}, style: {} }),
      addEventListener() {},
      readyState: 'complete',
      cookie: '',
    },
  };
  sandbox.window = sandbox.self = sandbox;
  vm.createContext(sandbox);
  script.runInContext(sandbox);
  const ExcelNs = sandbox.Excel as typeof Excel;
  const OfficeNs = sandbox.Office as typeof Office;
  const Extension = sandbox.OfficeExtension as typeof OfficeExtension & {
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(message: unknown): void;
  };

  const state: HostState = { book, changes: [], opened: [], references: new Map(), lastReference: 0 };
  const apiSets = apiSetTable();
  const requests: HostStats['requests'] = [];
  const stats: HostStats = {
    syncs: 0,
    cleanups: 0,
    requests,
    largestRequest: () => Math.max(0, ...requests.map((r) => r.request)),
    largestResponse: () => Math.max(0, ...requests.map((r) => r.response)),
    reset() {
      stats.syncs = stats.cleanups = 0;
      requests.length = 0;
    },
  };

  // Document settings: `set` changes this session's copy, `saveAsync` writes it to the document.
  const live: Record<string, unknown> = structuredClone(book.settings);
  const settings = {
    get: (key: string) => (key in live ? structuredClone(live[key]) : null),
    set: (key: string, value: unknown) => void (live[key] = structuredClone(value)),
    remove: (key: string) => void delete live[key],
    saveAsync: (callback?: (result: { status: string }) => void) => {
      // The whole copy over the document's: a removed key is gone from the document too.
      for (const key of Object.keys(book.settings)) delete book.settings[key];
      Object.assign(book.settings, structuredClone(live));
      setTimeout(() => callback?.({ status: 'succeeded' }), 0);
    },
  };
  // Office.context is a getter over OSF._OfficeAppFactory.getContext(): give it this host's context.
  const osf = sandbox.OSF as { _OfficeAppFactory?: { getContext(): unknown } };
  const context = {
    host: 'Excel',
    platform: profile.platform,
    requirements: { isSetSupported: (set: string, version?: string | number) => profile.supports(set, minorOf(version)) },
    document: { settings },
  };
  osf._OfficeAppFactory = Object.assign(osf._OfficeAppFactory ?? {}, { getContext: () => context });

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

  const executor = {
    async executeAsync(customData: unknown, flags: number, message: { Body: RequestBody }) {
      if (editing) {
        // RunOptions.delayForCellEdit sets flag 64: the request waits for the user instead of failing.
        if (!(flags & 64)) return failure('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
        await editing.done;
      }
      const cleanup = message.Body.Actions.every((a) => a.ActionType === 1 || a.Name.startsWith('_RemoveReference'));
      if (cleanup) stats.cleanups++;
      else stats.syncs++;
      const request = Buffer.byteLength(JSON.stringify(message.Body));
      if (profile.payloadLimit && request > profile.payloadLimit) {
        requests.push({ request, response: 0 });
        return failure('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
      }
      state.changes = [];
      const body: ResponseBody = execute(state, profile, apiSets, message.Body, typeof customData === 'string' ? customData : undefined);
      const response = Buffer.byteLength(JSON.stringify(body));
      requests.push({ request, response });
      for (const { sheet, area } of state.changes) {
        raise(EVENT_CHANGED, {
          address: formatAddress(sheet.name, area).split('!')[1],
          worksheetId: sheet.id,
          changeType: 'RangeEdited',
          source: 'Local',
          triggerSource: 'ThisLocalAddin',
        });
      }
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
  addNewerMembers(ExcelNs, Extension);

  return {
    profile,
    book,
    state,
    Excel: ExcelNs,
    Office: OfficeNs,
    stats,
    run: (batch, options) => (options ? ExcelNs.run(options, batch) : ExcelNs.run(batch)),
    install() {
      Object.assign(globalThis, { Excel: ExcelNs, Office: OfficeNs, OfficeExtension: Extension });
    },
    userEdit(sheetName, address, value, options) {
      const sheet = book.sheet(sheetName);
      sheet.set(address, value);
      const remote = options?.remote === true;
      raise(EVENT_CHANGED, { address, worksheetId: sheet.id, changeType: 'RangeEdited', source: 'Local', triggerSource: 'Others' }, remote);
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
    async settled() {
      while (deliveries.length) await deliveries.shift();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
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
