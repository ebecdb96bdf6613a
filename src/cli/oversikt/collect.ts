import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Extensions taken from a folder: the workbooks CONTRACT.md names, whether or not the reader supports them yet. */
const WORKBOOK = /\.(xlsx|xlsm|ods|xls|csv)$/i;
/** Excel's lock files (~$name.xlsx) sit beside every open workbook; they are not workbooks. */
const LOCK_FILE = /^~\$/;

export interface CollectedFile {
  /** Path to open. */
  path: string;
  /** The path as the user would write it: the argument, or the folder argument joined with the path inside it. */
  shown: string;
}

/**
 * The files to check, in the order given; a folder gives every workbook under it, recursively,
 * sorted by name. A path that does not exist is kept, so it becomes a row with its sentence.
 */
export async function collectFiles(args: readonly string[]): Promise<CollectedFile[]> {
  const files: CollectedFile[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await workbooksUnder(arg)));
    else files.push({ path: arg, shown: arg });
  }
  return files;
}

async function workbooksUnder(dir: string): Promise<CollectedFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && WORKBOOK.test(e.name) && !LOCK_FILE.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort((a, b) => a.localeCompare(b, 'nb'))
    .map((path) => ({ path, shown: path }));
}
