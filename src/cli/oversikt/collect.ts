import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import { skipReason } from '../../domain/oversikt/files';
import type { Texts } from '../../i18n/texts';

/** A file to check, or one that is accounted for without being opened. */
export type CollectedFile =
  | {
      /** Path to open. */
      path: string;
      /** The path as the coordinator knows it: relative to the folder given, or as given. */
      shown: string;
    }
  | { path: string; shown: string; skipped: string };

/**
 * Every file given, in the order given; a folder gives every file under it, recursively, sorted by
 * name: workbooks to check, and everything else with the sentence that says why it is not checked
 * (not a workbook, Excel's lock file, a binary .xlsb, a link to nothing or to a folder). A link to a
 * workbook is checked like the workbook. A path that does not exist is kept, so it becomes a row
 * with its sentence. Paths are shown relative to the folder when one folder is given, else with the
 * folder as given in front (its name alone when it was given as an absolute path).
 */
export async function collectFiles(args: readonly string[], texts: Texts): Promise<CollectedFile[]> {
  const files: CollectedFile[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(classify(arg, arg, basename(arg), texts));
      continue;
    }
    const prefix = args.length === 1 ? '' : isAbsolute(arg) ? basename(arg) : arg;
    const entries = await readdir(arg, { recursive: true, withFileTypes: true });
    const found: CollectedFile[] = [];
    for (const entry of entries) {
      if (entry.isDirectory()) continue;
      const path = join(entry.parentPath ?? entry.path, entry.name);
      const shown = prefix ? join(prefix, relative(arg, path)) : relative(arg, path);
      found.push(entry.isSymbolicLink() ? await followLink(entry, path, shown, texts) : classify(path, shown, entry.name, texts));
    }
    files.push(...found.sort((a, b) => a.shown.localeCompare(b.shown, 'nb')));
  }
  return files;
}

function classify(path: string, shown: string, name: string, texts: Texts): CollectedFile {
  const skipped = skipReason(name, texts);
  return skipped ? { path, shown, skipped } : { path, shown };
}

/** A link is what it points at; a link to a folder is named, not followed (it may lead back into this folder). */
async function followLink(entry: Dirent, path: string, shown: string, texts: Texts): Promise<CollectedFile> {
  const target = await stat(path).catch(() => undefined);
  if (!target) return { path, shown, skipped: texts.oversikt.file.brokenLink };
  if (target.isDirectory()) return { path, shown, skipped: texts.oversikt.file.folderLink };
  return classify(path, shown, entry.name, texts);
}
