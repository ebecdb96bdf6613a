import { nb, type Texts } from '../i18n';
import type { WorkbookGrid } from '../table/grid';
import { readCsvGrid } from './csv';
import { Budget, ReadRefusal, type ReadProblem } from './limits';
import { readOdsGrid } from './ods';
import { readWorkbookGridSync } from './read';
import { fflateInflate, ZipArchive, type Inflate } from './zip';

export type OpenResult = { ok: true; grid: WorkbookGrid } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE/CFB container: old .xls files and password-protected (encrypted) .xlsx files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OpenDocument package names its type in a `mimetype` entry (ODF 1.2 part 3, §3.3), first if well made. */
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * A workbook file's bytes → its grid, or the one Norwegian sentence saying why it cannot be used:
 * .xlsx and .xlsm with our cell reader, .ods with ours for OpenDocument, .csv with papaparse.
 * No Node APIs: the command line and the pane's overview read files through it alike. `name`
 * is the file's name as the user knows it; `inflate` a faster raw-deflate than fflate's, if any.
 */
export function openWorkbookBytes(bytes: Uint8Array, name: string, texts: Texts = nb, inflate?: Inflate): OpenResult {
  const t = texts.reader;
  const ext = /\.[^./\\]*$/.exec(name)?.[0].toLowerCase() ?? '';
  if (startsWith(bytes, OLE)) {
    // An .xls renamed .xlsx holds a BIFF workbook stream; an encrypted .xlsx holds its package encrypted.
    if (/^\.xls[xm]$/.test(ext) && !holdsXlsWorkbook(bytes)) return { ok: false, message: t.encrypted({ name }) };
    return { ok: false, message: t.oldXls({ name }) };
  }
  try {
    if (ext === '.csv') return { ok: true, grid: readCsvGrid(bytes, name.slice(0, name.length - ext.length)) };
    if (!startsWith(bytes, ZIP)) return { ok: false, message: t.notExcel({ name }) };
    const grid = isOds(bytes, inflate) ? readOdsGrid(bytes, inflate) : readWorkbookGridSync(bytes, inflate);
    if (grid.sheets.length === 0) return { ok: false, message: t.noWorksheets({ name }) };
    return { ok: true, grid };
  } catch (e) {
    if (e instanceof ReadRefusal) return { ok: false, message: problemMessage(texts, name, e.problem) };
    // Anything else the reader meets in a file (a RangeError from a hostile size, say) is damage, not a crash.
    return { ok: false, message: t.damaged({ name }) };
  }
}

/** The sentence for a refusal. */
export function problemMessage(texts: Texts, name: string, problem: ReadProblem): string {
  const t = texts.reader;
  switch (problem.kind) {
    case 'notAWorkbook':
      return t.noSheets({ name });
    case 'encrypted':
      return t.encrypted({ name });
    case 'damaged':
      return t.damaged({ name, ...problem });
    case 'doctype':
      return t.doctype({ name, ...problem });
    case 'tooManyEntries':
      return t.tooManyEntries({ name, ...problem });
    case 'tooLarge':
      return t.tooLarge({ name, ...problem });
    case 'tooManyCells':
      return t.tooManyCells({ name, ...problem });
    case 'outOfRange':
      return t.outOfRange({ name, ...problem });
    case 'textTooLong':
      return t.textTooLong({ name, ...problem });
    case 'unsupported':
      return t.unsupported({ name, ...problem });
    case 'mixedEncoding':
      return t.mixedEncoding({ name, ...problem });
  }
}

/** An ODS names its media type in its `mimetype` entry: first and stored when well made, anywhere in the zip when not. */
function isOds(bytes: Uint8Array, inflate: Inflate | undefined): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 30 + 8 + ODS_MIMETYPE.length));
  if (head === `mimetype${ODS_MIMETYPE}`) return true;
  const zip = new ZipArchive(bytes, inflate ?? fflateInflate, new Budget());
  if (zip.has('[Content_Types].xml')) return false;
  // Some writers leave the mimetype entry out; content.xml without OPC's content types is OpenDocument.
  const mimetype = zip.has('mimetype') ? zip.read('mimetype') : undefined;
  return mimetype === undefined ? zip.has('content.xml') : new TextDecoder('latin1').decode(mimetype).trim() === ODS_MIMETYPE;
}

/** The names of an old .xls workbook's stream (BIFF8 "Workbook", BIFF5 "Book"), stored as UTF-16LE in the OLE directory. */
function holdsXlsWorkbook(bytes: Uint8Array): boolean {
  return includesBytes(bytes, utf16('Workbook\0')) || includesBytes(bytes, utf16('Book\0'));
}

const utf16 = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0), 0]));

/** Whether `bytes` holds the bytes `p` anywhere. */
function includesBytes(bytes: Uint8Array, p: Uint8Array): boolean {
  for (let at = bytes.indexOf(p[0]!); at >= 0 && at + p.length <= bytes.length; at = bytes.indexOf(p[0]!, at + 1)) {
    let k = 1;
    while (k < p.length && bytes[at + k] === p[k]) k++;
    if (k === p.length) return true;
  }
  return false;
}
