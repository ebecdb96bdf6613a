import { strToU8, zipSync } from 'fflate';
import { constants, deflateRawSync } from 'node:zlib';

/**
 * Files made to hurt, built in the tests: a zip writer that writes whatever sizes and names it is
 * told (no library writes a lying or duplicated entry), and deflate streams that inflate to far
 * more than they take.
 */
export interface CraftedEntry {
  name: string;
  /** The bytes stored: deflated unless `stored`. */
  data: Uint8Array;
  stored?: boolean;
  /** The inflated size the directory declares (a bomb may lie). */
  size: number;
}

const enc = new TextEncoder();

/** An entry from text, deflated, with its true size. */
export const entry = (name: string, text: string): CraftedEntry => {
  const bytes = enc.encode(text);
  return { name, data: new Uint8Array(deflateRawSync(bytes)), size: bytes.length };
};

/**
 * A deflate stream of `chunk` repeated `times` times: the chunk compressed once and flushed to a
 * byte boundary, repeated, then an empty final block. Megabytes of XML in kilobytes.
 */
export function bomb(chunk: string, times: number): { data: Uint8Array; size: number } {
  const bytes = enc.encode(chunk);
  const one = deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const data = new Uint8Array(one.length * times + 2);
  for (let i = 0; i < times; i++) data.set(one, i * one.length);
  data.set([0x03, 0x00], one.length * times);
  return { data, size: bytes.length * times };
}

/** A part of `name` whose text is `head`, the bomb's text, then `tail`: deflate blocks joined, each flushed to a byte boundary. */
export function wrap(name: string, [head, tail]: [string, string], body: { data: Uint8Array; size: number }): CraftedEntry {
  const first = bomb(head, 1);
  const last = entry(name, tail);
  const pieces = [first.data.subarray(0, first.data.length - 2), body.data.subarray(0, body.data.length - 2), last.data];
  const data = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  pieces.reduce((at, p) => (data.set(p, at), at + p.length), 0);
  return { name, data, size: first.size + body.size + last.size };
}

/** A zip archive of the entries as given: local headers, data, central directory, end record. */
export function craftZip(entries: CraftedEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, e.stored ? 0 : 8, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, Math.min(e.size, 0xffffffff), true);
    local.setUint16(26, name.length, true);
    const head = new Uint8Array(local.buffer);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, e.stored ? 0 : 8, true);
    dir.setUint32(20, e.data.length, true);
    dir.setUint32(24, Math.min(e.size, 0xffffffff), true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    central.push(new Uint8Array(dir.buffer), name);
    parts.push(head, name, e.data);
    offset += 30 + name.length + e.data.length;
  }
  const directorySize = central.reduce((n, p) => n + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Math.min(entries.length, 0xffff), true);
  end.setUint16(10, Math.min(entries.length, 0xffff), true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (items: Array<[id: string, type: string, target: string]>) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;

/** The parts of a one-sheet workbook around the given sheet entry (and any more entries). */
export function workbookEntries(sheet: CraftedEntry | string, more: CraftedEntry[] = [], sheetsXml?: string): CraftedEntry[] {
  return [
    entry('_rels/.rels', rels([['rId1', 'officeDocument', 'xl/workbook.xml']])),
    entry(
      'xl/workbook.xml',
      `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheetsXml ?? '<sheet name="Tiltak" sheetId="1" r:id="rId1"/>'}</sheets></workbook>`,
    ),
    entry('xl/_rels/workbook.xml.rels', rels([['rId1', 'worksheet', 'worksheets/sheet1.xml']])),
    typeof sheet === 'string' ? entry('xl/worksheets/sheet1.xml', sheet) : sheet,
    ...more,
  ];
}

export const worksheet = (rows: string, after = '') => `<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

/** An .ods whose one sheet (Ark1) holds `table`: the rows and cells of a table:table, as written. */
export const ods = (table: string): Uint8Array =>
  zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(
      '<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>' +
        `<table:table table:name="Ark1">${table}</table:table></office:spreadsheet></office:body></office:document-content>`,
    ),
  });
