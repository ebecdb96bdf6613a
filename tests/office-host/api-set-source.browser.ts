/**
 * In the browser page (tests/browser/excel-page.ts): the table Node parses (api-set-source.ts),
 * computed by the test build and put into the bundle (webpack DefinePlugin), as a page has no `fs`.
 */
import type { ApiSet, ApiSetTable } from './api-sets';

declare const __EXCEL_API_SETS__: Array<[string, ApiSet]>;

const table: ApiSetTable = new Map(__EXCEL_API_SETS__);

export function apiSetTable(): ApiSetTable {
  return table;
}
