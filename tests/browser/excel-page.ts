/**
 * The simulated Excel in a browser page (built by excel-harness.ts, never by the add-in's own
 * build): the page has loaded the real Office.js Excel client from `@microsoft/office-js` as
 * `excel-web-16.00.js`, and the workbook to open as `window.excelSeed`. This script attaches the
 * host to the client's globals before the production pane's bundle runs, so the pane meets
 * `Office.onReady` as in Excel, and the tests reach the host (the user's side) as `window.excelHost`.
 * The profile is the page's `?profil=` (oldest, excel-2021, excel-2024, web); `?arbeidsbok=tom` opens
 * a new, empty workbook instead of the seed.
 */
import type { WorkbookGrid } from '../../src/table/grid';
import { apiSetTable } from '../office-host/api-set-source';
import { attachHost, type ClientGlobals, type ExcelHost } from '../office-host/attach';
import { findHostProfile } from '../office-host/profiles';
import { workbookFromGrid } from '../office-host/seed';

declare global {
  interface Window {
    excelSeed: WorkbookGrid;
    excelHost: ExcelHost;
  }
}

const params = new URLSearchParams(location.search);
const id = params.get('profil') ?? 'web';
const profile = findHostProfile(id);
if (!profile) throw new Error(`no host profile ${id}`);
// The npm client as it is: what a development build loads (no RangeAreas.select).
// `?arbeidsbok=tom`: a new workbook (one empty sheet) instead of the seed.
const book =
  params.get('arbeidsbok') === 'tom'
    ? workbookFromGrid({ sheets: [{ name: 'Ark1', cells: [], origin: { row: 0, col: 0 }, merges: [], tables: [] }] })
    : workbookFromGrid(window.excelSeed);
window.excelHost = attachHost(window as unknown as ClientGlobals, profile, book, apiSetTable(), {
  client: 'npm',
});
