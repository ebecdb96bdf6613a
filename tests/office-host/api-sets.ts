/**
 * Which requirement set each Excel API member belongs to, read from the `[Api set: …]` annotations
 * of `@types/office-js` at test time (so the table can never drift from the installed types).
 * The host refuses a member above its profile's version with `ApiNotFound`, as Excel does.
 */
import { readFileSync } from 'node:fs';

export interface ApiSet {
  set: string;
  /** Minor version of the set: "1.14" → 14. Compared as a number, never as text. */
  minor: number;
}

/** `Class.member` → the set that introduced it. Members without an annotation are not listed. */
export type ApiSetTable = ReadonlyMap<string, ApiSet>;

let cached: ApiSetTable | undefined;

export function apiSetTable(): ApiSetTable {
  cached ??= parseApiSets(readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8'));
  return cached;
}

const CLASS = /^ {4}class (\w+)\b/;
const MEMBER = /^ {8}(?:readonly )?(\w+)\??[(:<]/;
/** The first set named: "ExcelApi 1.1 for get, 1.8 for set" counts as 1.1 (reading is what most code does). */
const ANNOTATION = /\[Api set: (ExcelApi\w*) 1\.(\d+)/;

/** Scan the `declare namespace Excel` block: classes at 4 spaces, their members at 8. */
export function parseApiSets(dts: string): ApiSetTable {
  const table = new Map<string, ApiSet>();
  const lines = dts.split('\n');
  const start = lines.indexOf('declare namespace Excel {');
  let cls: string | undefined;
  let pending: ApiSet | undefined;
  for (let i = start + 1; i < lines.length && lines[i] !== '}'; i++) {
    const line = lines[i]!;
    if (/^ {4}\S/.test(line)) {
      cls = CLASS.exec(line)?.[1];
      pending = undefined;
      continue;
    }
    const annotation = ANNOTATION.exec(line);
    if (annotation) pending = { set: annotation[1]!, minor: Number(annotation[2]) };
    const member = cls ? MEMBER.exec(line) : null;
    if (!member) continue;
    const key = `${cls}.${member[1]}`;
    const known = table.get(key);
    // Overloads: the member exists from its earliest annotated version.
    if (pending && (!known || pending.minor < known.minor)) table.set(key, pending);
    pending = undefined;
  }
  return table;
}
