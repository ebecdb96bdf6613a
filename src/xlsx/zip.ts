import { inflateSync } from 'fflate';
import { damaged, LIMITS, ReadRefusal, type Budget } from './limits';

/**
 * A zip archive's table of contents (its central directory, APPNOTE 6.3 §4.3.12–16), read before
 * anything is inflated, so the bounds hold before any work is done: the number of entries, each
 * name once, every entry's data inside the file, and a part's declared size within the budget.
 * fflate inflates but lists entries only by inflating them, or walks local headers that may
 * disagree with the directory; this reads the directory itself (about sixty lines) and hands
 * each wanted entry's bytes to an inflater.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

/** Raw deflate → bytes, at most `size` of them (the entry's declared size); throws past it. */
export type Inflate = (compressed: Uint8Array, size: number) => Uint8Array;

/** fflate, into a buffer of the declared size: output past it is never written. */
export const fflateInflate: Inflate = (compressed, size) => inflateSync(compressed, { out: new Uint8Array(size) });

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipArchive {
  /** Entries by part name, lower-cased and without a leading slash (OPC part names ignore case). */
  readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;

  constructor(
    private readonly data: Uint8Array,
    private readonly inflate: Inflate,
    private readonly budget: Budget,
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let { count, offset } = this.directory();
    if (count > LIMITS.entries) throw new ReadRefusal({ kind: 'tooManyEntries', count, max: LIMITS.entries });
    const names = new TextDecoder('utf-8');
    for (; count > 0; count--) {
      if (offset + 46 > data.length || this.u32(offset) !== CENTRAL) throw damaged();
      const nameLength = this.u16(offset + 28);
      const extraLength = this.u16(offset + 30);
      const entry: ZipEntry = {
        name: names.decode(data.subarray(offset + 46, offset + 46 + nameLength)),
        flags: this.u16(offset + 8),
        method: this.u16(offset + 10),
        compressedSize: this.u32(offset + 20),
        size: this.u32(offset + 24),
        headerOffset: this.u32(offset + 42),
      };
      this.zip64Sizes(entry, offset + 46 + nameLength, extraLength);
      const key = partKey(entry.name);
      // Two entries of one name: which one a program reads differs, so the file is not trusted.
      if (this.entries.has(key)) throw damaged({ part: entry.name });
      this.entries.set(key, entry);
      offset += 46 + nameLength + extraLength + this.u16(offset + 32);
    }
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /** An entry's inflated bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(partKey(name));
    if (entry === undefined) return undefined;
    // Encrypted entries (bit 0) cannot be read; an OOXML file is encrypted as a whole, not per entry.
    if (entry.flags & 1) throw new ReadRefusal({ kind: 'unsupported', where: { part: entry.name } });
    this.budget.inflated(entry.size);
    const at = entry.headerOffset;
    if (at + 30 > this.data.length || this.u32(at) !== LOCAL) throw damaged({ part: entry.name });
    const start = at + 30 + this.u16(at + 26) + this.u16(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.data.length) throw damaged({ part: entry.name });
    const raw = this.data.subarray(start, end);
    if (entry.method === 0) return entry.compressedSize === entry.size ? raw : failDamaged(entry.name);
    if (entry.method !== 8) throw new ReadRefusal({ kind: 'unsupported', where: { part: entry.name } });
    let out: Uint8Array;
    try {
      out = this.inflate(raw, entry.size);
    } catch {
      throw damaged({ part: entry.name });
    }
    // Less than declared: cut short. (More cannot come out: the inflater stops at the declared size.)
    if (out.length !== entry.size) throw damaged({ part: entry.name });
    return out;
  }

  /** The end of central directory record (and its zip64 twin): where the directory is and how many entries it lists. */
  private directory(): { count: number; offset: number } {
    const last = this.data.length - 22;
    let at = last;
    while (at >= 0 && last - at <= 0xffff && this.u32(at) !== EOCD) at--;
    if (at < 0 || last - at > 0xffff) throw damaged();
    let count = this.u16(at + 10);
    let offset = this.u32(at + 16);
    if ((count === 0xffff || offset === 0xffffffff) && at >= 20 && this.u32(at - 20) === EOCD64_LOCATOR) {
      const record = this.u64(at - 12);
      if (record + 56 > this.data.length || this.u32(record) !== EOCD64) throw damaged();
      count = this.u64(record + 32);
      offset = this.u64(record + 48);
    }
    if (offset > this.data.length) throw damaged();
    return { count, offset };
  }

  /** Sizes and offset that do not fit 32 bits are in the zip64 extra field (id 1), in this order. */
  private zip64Sizes(entry: ZipEntry, extra: number, length: number): void {
    if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.headerOffset !== 0xffffffff) return;
    for (let at = extra; at + 4 <= extra + length;) {
      const id = this.u16(at);
      const size = this.u16(at + 2);
      if (id === 1) {
        let field = at + 4;
        const next = () => {
          const value = field + 8 <= at + 4 + size ? this.u64(field) : 0xffffffff;
          field += 8;
          return value;
        };
        if (entry.size === 0xffffffff) entry.size = next();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
        if (entry.headerOffset === 0xffffffff) entry.headerOffset = next();
        return;
      }
      at += 4 + size;
    }
  }

  private u16(at: number): number {
    return at + 2 <= this.data.length ? this.view.getUint16(at, true) : 0;
  }

  private u32(at: number): number {
    return at + 4 <= this.data.length ? this.view.getUint32(at, true) : 0;
  }

  private u64(at: number): number {
    return at + 8 <= this.data.length ? this.view.getUint32(at, true) + this.view.getUint32(at + 4, true) * 2 ** 32 : Infinity;
  }
}

function failDamaged(part: string): never {
  throw damaged({ part });
}

/**
 * Part names are case-insensitive (OPC §9.1.1.2); writers differ in case, some add a leading
 * slash, and some Windows programs store `xl\workbook.xml` with backslashes.
 */
export const partKey = (name: string) => {
  const key = name.replace(/\\/g, '/').toLowerCase();
  return key.startsWith('/') ? key.slice(1) : key;
};
