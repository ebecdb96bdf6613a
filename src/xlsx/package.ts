import { unzipSync } from 'fflate';
import { attributes, startTags } from './xml';

/**
 * The zip package of an .xlsx/.xlsm (Open Packaging Conventions): its XML parts by name and the
 * relationships between them. Only what the cell reader needs is inflated: pictures, drawings,
 * charts, printer settings, pivot caches and VBA are skipped unread.
 */
export class Package {
  private readonly parts = new Map<string, Uint8Array>();
  private readonly decoder = new TextDecoder('utf-8');

  constructor(data: Uint8Array) {
    const files = unzipSync(data, { filter: (f) => wanted(f.name) });
    // Part names are case-insensitive (OPC §9.1.1.2); writers differ in case and some add a leading slash.
    for (const [name, bytes] of Object.entries(files)) this.parts.set(partKey(name), bytes);
  }

  has(part: string): boolean {
    return this.parts.has(partKey(part));
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
