import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { attributes, startTags } from './xml';

/**
 * The zip package of an .xlsx/.xlsm (Open Packaging Conventions): its XML parts by name and the
 * relationships between them. Only what the cell reader needs is inflated: pictures, drawings,
 * charts, printer settings, pivot caches and VBA are skipped unread.
 */
export class Package {
  private readonly parts = new Map<string, Uint8Array>();
  /** Large worksheet parts, left compressed and inflated piece by piece when read. */
  private readonly large = new Set<string>();
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly data: Uint8Array) {
    const files = unzipSync(data, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        if (f.originalSize <= STREAM_ABOVE || !/worksheets\//i.test(f.name)) return true;
        this.large.add(partKey(f.name));
        return false;
      },
    });
    // Part names are case-insensitive (OPC §9.1.1.2); writers differ in case and some add a leading slash.
    for (const [name, bytes] of Object.entries(files)) this.parts.set(partKey(name), bytes);
  }

  has(part: string): boolean {
    return this.parts.has(partKey(part)) || this.large.has(partKey(part));
  }

  /**
   * A part's text in pieces, in order; false when the package lacks it. A large worksheet is
   * inflated 64 KB of zip at a time, so neither its bytes nor its text is ever held whole
   * (a 100 000-row sheet is ~70 MB of XML).
   */
  readPieces(part: string, sink: (text: string) => void): boolean {
    const key = partKey(part);
    if (!this.large.has(key)) {
      const text = this.text(part);
      if (text !== undefined) sink(text);
      return text !== undefined;
    }
    const decoder = new TextDecoder('utf-8');
    let failure: Error | undefined;
    let done = false;
    const unzip = new Unzip((file) => {
      if (partKey(file.name) !== key) return;
      file.ondata = (error, chunk, final) => {
        if (error) failure = error;
        else sink(decoder.decode(chunk, { stream: !final }));
        if (final || error) done = true;
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    for (let at = 0; at < this.data.length && !done; at += PIECE) {
      unzip.push(this.data.subarray(at, at + PIECE), at + PIECE >= this.data.length);
    }
    if (failure) throw failure;
    if (!done) throw new Error(`${part} is incomplete`);
    return true;
  }

  /** A part's XML text, or undefined when the package lacks it. */
  text(part: string): string | undefined {
    const bytes = this.parts.get(partKey(part));
    return bytes === undefined ? undefined : this.decoder.decode(bytes);
  }

  /** Relationships of a part: id → {type (last path segment, e.g. `worksheet`), target part}. */
  relationships(part: string): Map<string, { type: string; target: string }> {
    const slash = part.lastIndexOf('/');
    const folder = part.slice(0, slash + 1);
    const xml = this.text(`${folder}_rels/${part.slice(slash + 1)}.rels`) ?? '';
    const out = new Map<string, { type: string; target: string }>();
    for (const tag of startTags(xml, 'Relationship')) {
      const a = attributes(tag);
      if (!a.Id || !a.Target || a.TargetMode === 'External') continue;
      out.set(a.Id, { type: (a.Type ?? '').split('/').pop() ?? '', target: resolveTarget(folder, a.Target) });
    }
    return out;
  }
}

/** Worksheet parts larger than this (inflated) are read piece by piece. */
const STREAM_ABOVE = 4 << 20;
const PIECE = 1 << 16;

const SKIPPED = /(?:^|\/)(?:media|drawings|charts|embeddings|printerSettings|pivotCache|pivotTables|customXml|threadedComments|persons)\//i;

function wanted(name: string): boolean {
  return (/\.(?:xml|rels)$/i.test(name) || name === '[Content_Types].xml') && !SKIPPED.test(name) && !/comments\d*\.xml$/i.test(name);
}

const partKey = (name: string) => name.replace(/^\//, '').toLowerCase();

/**
 * A relationship target → part name. Targets are relative to the source part's folder, or
 * absolute from the package root when they start with `/` (as some writers store them).
 */
export function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}
