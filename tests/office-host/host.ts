/**
 * A simulated Excel for tests and the bench: the real Office.js Excel client
 * (`@microsoft/office-js/dist/excel-web-16.00.debug.js`) runs in a Node `vm` context, and every
 * request it would send to Excel is answered by executor.ts over an in-memory workbook (attach.ts).
 * So the add-in's code is exercised through the same client code, request batching, null objects,
 * object-path invalidation and error objects as in Excel; only the far side is simulated.
 *
 * Usage: `const host = createExcelHost(EXCEL_2021); host.install();` then the code under test
 * uses the globals `Excel` and `Office` (or `host.run`) as in the task pane. A second host over the
 * same workbook is a second runtime (the ribbon beside the pane).
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { apiSetTable } from './api-set-source';
import { attachHost, type AttachOptions, type ClientGlobals, type ExcelHost } from './attach';
import type { HostProfile } from './profiles';
import { HostWorkbook } from './workbook';

export type { ExcelHost, HostRun, HostStats, HostDialog } from './attach';

const CLIENT = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
let script: vm.Script | undefined;

/** A fresh client and Office.context for `book` (new by default), answering as `profile`. */
export function createExcelHost(profile: HostProfile, book = new HostWorkbook(), options?: AttachOptions): ExcelHost {
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
    TextEncoder,
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
  return attachHost(sandbox as unknown as ClientGlobals, profile, book, apiSetTable(), options);
}
