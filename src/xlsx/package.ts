import { Budget, damaged } from './limits';
import { scanWhole, START } from './xml';
import { fflateInflate, partKey, ZipArchive, type Inflate } from './zip';

export interface PackageOptions {
  /** Raw deflate; fflate unless the caller has a faster one (Node's zlib on the command line). */
  inflate?: Inflate;
  budget?: Budget;
}

export interface Relationship {
  /** The last segment of the relationship type (`worksheet`, `officeDocument`), the same in Strict OOXML. */
  type: string;
  target: string;
}

/**
 * The zip package of an .xlsx/.xlsm (Open Packaging Conventions): its parts by name and the
 * relationships between them. A part is inflated only when the reader asks for it, and at most
 * once: pictures, drawings, printer settings and unused parts are never inflated, and a file
 * that names one sheet part for many sheets is refused instead of read again and again.
 */
export class Package {
  private readonly zip: ZipArchive;
  private readonly taken = new Set<string>();

  constructor(data: Uint8Array, options: PackageOptions = {}) {
    this.zip = new ZipArchive(data, options.inflate ?? fflateInflate, options.budget ?? new Budget());
  }

  has(part: string): boolean {
    return this.zip.has(part);
  }

  /** A part's XML text, or undefined when the package lacks it. */
  text(part: string): string | undefined {
    const bytes = this.take(part);
    return bytes === undefined ? undefined : decoderFor(bytes, part).decode(bytes);
  }

  /**
   * A part's text in pieces of about a megabyte, in order; false when the package lacks it. A
   * 100 000-row sheet is ~70 MB of XML: its text is never one string.
   */
  readPieces(part: string, sink: (text: string) => void): boolean {
    const bytes = this.take(part);
    if (bytes === undefined) return false;
    const decoder = decoderFor(bytes, part);
    if (bytes.length <= PIECE) {
      sink(decoder.decode(bytes));
      return true;
    }
    for (let at = 0; at < bytes.length; at += PIECE) {
      sink(decoder.decode(bytes.subarray(at, at + PIECE), { stream: at + PIECE < bytes.length }));
    }
    return true;
  }

  /**
   * Relationships of a part (`''` for the package itself, whose relationships are `_rels/.rels`):
   * id → type and target part.
   */
  relationships(part: string): Map<string, Relationship> {
    const slash = part.lastIndexOf('/');
    const folder = part.slice(0, slash + 1);
    const relsPart = `${folder}_rels/${part.slice(slash + 1)}.rels`;
    const out = new Map<string, Relationship>();
    const xml = this.text(relsPart);
    if (xml === undefined) return out;
    scanWhole(xml, { part: relsPart }, (s, kind) => {
      if (kind !== START || s.local !== 'Relationship') return;
      const id = s.attr('Id');
      const target = s.attr('Target');
      if (!id || !target || s.attr('TargetMode') === 'External') return;
      out.set(id, { type: (s.attr('Type') ?? '').split('/').pop() ?? '', target: resolveTarget(folder, target) });
    });
    return out;
  }

  private take(part: string): Uint8Array | undefined {
    const key = partKey(part);
    if (!this.zip.has(key)) return undefined;
    if (this.taken.has(key)) throw damaged({ part });
    this.taken.add(key);
    return this.zip.read(key);
  }
}

/** Pieces a large part is decoded in. */
const PIECE = 1 << 20;

/**
 * XML parts are UTF-8 or UTF-16 (XML 1.0 Appendix F): Excel Mobile writes UTF-16 with a
 * byte-order mark. Bytes that are not valid in the encoding make the part damaged.
 */
function decoderFor(bytes: Uint8Array, part: string): { decode: (b: Uint8Array, o?: { stream: boolean }) => string } {
  const [a, b] = bytes;
  const label =
    (a === 0xff && b === 0xfe) || (a === 0x3c && b === 0)
      ? 'utf-16le'
      : (a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c)
        ? 'utf-16be'
        : 'utf-8';
  const decoder = new TextDecoder(label, { fatal: true });
  return {
    decode: (piece, options) => {
      try {
        return decoder.decode(piece, options);
      } catch {
        throw damaged({ part });
      }
    },
  };
}

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
