/** In Node: the requirement-set table parsed from the installed `@types/office-js`, once. */
import { readFileSync } from 'node:fs';
import { parseApiSets, type ApiSetTable } from './api-sets';

let cached: ApiSetTable | undefined;

export function apiSetTable(): ApiSetTable {
  cached ??= parseApiSets(readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8'));
  return cached;
}
