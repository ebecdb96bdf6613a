import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WorkbookGrid } from '../table/grid';
import { readWorkbookGrid } from './read';

export type OpenResult = { ok: true; grid: WorkbookGrid; bytes: Uint8Array } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE/CFB container: old .xls files and password-protected (encrypted) .xlsx files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Read an .xlsx file from disk; every way it can fail becomes one Norwegian sentence. */
export async function openWorkbookFile(path: string): Promise<OpenResult> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `Fant ikke filen «${path}».` };
    if (code === 'EISDIR') return { ok: false, message: `«${path}» er en mappe, ikke en Excel-fil.` };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `Har ikke tilgang til å lese «${path}».` };
    return { ok: false, message: `Kunne ikke lese «${path}» (${code ?? 'ukjent feil'}).` };
  }
  if (startsWith(bytes, OLE)) {
    return /\.xlsx$/i.test(name)
      ? { ok: false, message: `«${name}» er passordbeskyttet: fjern passordet i Excel (Fil → Info → Beskytt arbeidsbok) og prøv igjen.` }
      : { ok: false, message: `«${name}» er i det gamle .xls-formatet: lagre den som .xlsx i Excel og prøv igjen.` };
  }
  if (!startsWith(bytes, ZIP)) return { ok: false, message: `«${name}» er ikke en Excel-fil (.xlsx).` };
  let grid: WorkbookGrid;
  try {
    grid = await readWorkbookGrid(bytes);
  } catch {
    return { ok: false, message: `«${name}» ser ut til å være skadet og kan ikke åpnes som en Excel-fil.` };
  }
  // Any zip file passes the signature check (.docx, .zip); only a workbook has sheets.
  if (grid.sheets.length === 0) return { ok: false, message: `«${name}» er ikke en Excel-arbeidsbok: fant ingen ark i filen.` };
  return { ok: true, grid, bytes };
}
