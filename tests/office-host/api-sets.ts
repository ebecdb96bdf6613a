/**
 * Which requirement set each Excel API member belongs to, from the `[Api set: …]` annotations of
 * `@types/office-js` (so the table can never drift from the installed types). In Node the table is
 * parsed when first asked for (api-set-source.ts); the browser page gets it computed at build time
 * (api-set-source.browser.ts). The host refuses a member above its profile's version with
 * `ApiNotFound`, as Excel does, and a property set whose setter came in a later set than its getter.
 */

export interface ApiSet {
  set: string;
  /** Minor version of the set: "1.14" → 14. Compared as a number, never as text. */
  minor: number;
  /** "1.1 for get, 1.8 for set": setting the property needs this minor version (8). */
  setMinor?: number;
}

/** `Class.member` → the set that introduced it. Members without an annotation are not listed. */
export type ApiSetTable = ReadonlyMap<string, ApiSet>;

const CLASS = /^ {4}class (\w+)\b/;
const MEMBER = /^ {8}(?:readonly )?(\w+)\??[(:<]/;
const ANNOTATION = /\[Api set: (ExcelApi\w*) 1\.(\d+)/;
/** "1.1 for get, 1.8 for set", "1.1 for getting the name; 1.4 for setting it". */
const SETTER = /\b1\.(\d+) for sett?(?:ing)?\b/;

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
    if (annotation) {
      const setter = SETTER.exec(line);
      pending = { set: annotation[1]!, minor: Number(annotation[2]), ...(setter ? { setMinor: Number(setter[1]) } : {}) };
    }
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
