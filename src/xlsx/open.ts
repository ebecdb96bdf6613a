import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { nb, type Texts } from '../i18n';
import { openWorkbookBytes, type OpenResult } from './open-bytes';
import type { Inflate } from './zip';

export type { OpenResult } from './open-bytes';

/**
 * Node's zlib inflates three to four times as fast as fflate; `maxOutputLength` stops it at the
 * entry's declared size, and one output chunk of that size saves joining and copying chunks.
 */
export const zlibInflate: Inflate = (compressed, size) =>
  inflateRawSync(compressed, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) });

/**
 * Read a workbook file from disk (the command line): every way it can fail becomes one
 * Norwegian sentence, in the language of `texts`.
 */
export async function openWorkbookFile(path: string, texts: Texts = nb): Promise<OpenResult> {
  const t = texts.reader;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: t.notFound({ path }) };
    if (code === 'EISDIR') return { ok: false, message: t.isFolder({ path }) };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: t.noAccess({ path }) };
    return { ok: false, message: t.unreadable({ path, ...(code ? { code } : {}) }) };
  }
  return openWorkbookBytes(bytes, basename(path), texts, zlibInflate);
}
