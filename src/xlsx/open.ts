import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { WorkbookGrid } from '../table/grid';
import { readCsvGrid } from './csv';
import { readOdsGrid } from './ods';
import { NotAWorkbook, readWorkbookGridSync } from './read';

export type OpenResult = { ok: true; grid: WorkbookGrid } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE/CFB container: old .xls files and password-protected (encrypted) .xlsx files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OpenDocument package starts with an uncompressed `mimetype` entry (ODF 1.2 part 3, §3.3). */
const ODS_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
const isOds = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(30, 30 + ODS_MIMETYPE.length)) === ODS_MIMETYPE;

/**
 * Why .xls is not read: its binary format (BIFF8) has no well-kept reader in Node and the
 * browser (the npm `xlsx` package is frozen at 0.18.5 with known security fixes missing), so
 * the user is told in one sentence how to save the file as .xlsx.
 */
const saveAsXlsx = (name: string) =>
  `«${name}» er i det gamle .xls-formatet: åpne den i Excel eller LibreOffice, velg Fil → Lagre som → «Excel-arbeidsbok (.xlsx)» og prøv igjen med den nye filen.`;

/**
 * Read a workbook file from disk: .xlsx and .xlsm with our cell reader, .ods with ours for
 * OpenDocument, .csv with papaparse.
 * Every way it can fail becomes one Norwegian sentence.
 */
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
  const ext = extname(name).toLowerCase();
  if (startsWith(bytes, OLE)) {
    return /^\.xls[xm]$/.test(ext)
      ? { ok: false, message: `«${name}» er passordbeskyttet: fjern passordet i Excel (Fil → Info → Beskytt arbeidsbok) og prøv igjen.` }
      : { ok: false, message: saveAsXlsx(name) };
  }
  if (ext === '.csv') return { ok: true, grid: readCsvGrid(bytes, basename(name, extname(name))) };
  if (!startsWith(bytes, ZIP)) {
    return { ok: false, message: `«${name}» er ikke en Excel-fil: bruk en arbeidsbok lagret som .xlsx (eller .xlsm, .ods, .csv).` };
  }
  let grid: WorkbookGrid;
  try {
    grid = isOds(bytes) ? readOdsGrid(bytes) : readWorkbookGridSync(bytes);
  } catch (e) {
    if (e instanceof NotAWorkbook) {
      return { ok: false, message: `«${name}» er ikke en Excel-arbeidsbok: fant ingen ark i filen.` };
    }
    return { ok: false, message: `«${name}» ser ut til å være skadet og kan ikke åpnes som en Excel-fil.` };
  }
  if (grid.sheets.length === 0) return { ok: false, message: `«${name}» er ikke en Excel-arbeidsbok: fant ingen regneark i filen.` };
  return { ok: true, grid };
}
