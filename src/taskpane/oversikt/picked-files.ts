import type { PickedFile } from '../../app/oversikt';

/** A file as the browser hands it, with the path it had under what was picked or dropped ("" when picked alone). */
interface Found {
  path: string;
  name: string;
  read(): Promise<Uint8Array>;
}

/**
 * The picked or dropped files as the overview takes them, sorted by path as the command line sorts
 * a folder, each shown by its path inside the folder picked (the folder's own name left off when
 * every file lies in it), or by its name when picked alone.
 */
function picked(found: readonly Found[]): PickedFile[] {
  const paths = found.map((f) => f.path.replace(/^\/+/, '') || f.name);
  const top = paths[0]?.split('/')[0];
  const oneFolder = top !== undefined && paths.every((p) => p.startsWith(`${top}/`));
  return found
    .map((f, i) => ({ shown: oneFolder ? paths[i]!.slice(top.length + 1) : paths[i]!, read: f.read }))
    .sort((a, b) => a.shown.localeCompare(b.shown, 'nb'));
}

const bytesOf = (file: File) => async () => new Uint8Array(await file.arrayBuffer());

/** From a file input: files picked one by one, or every file of a folder (webkitRelativePath). */
export function pickedFromInput(files: Iterable<File>): PickedFile[] {
  return picked([...files].map((file) => ({ path: file.webkitRelativePath, name: file.name, read: bytesOf(file) })));
}

/**
 * From a drop: files, and folders walked to their last file. A file the browser will not hand over
 * is still listed; reading it fails, so the overview gives it its sentence on "Filer".
 */
export async function pickedFromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  // Entries must be taken before the first await: the drop's items are gone after it.
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry());
  const found: Found[] = [];
  for (const entry of entries) if (entry) await walk(entry, found);
  if (found.length === 0) return pickedFromInput(transfer.files);
  return picked(found);
}

async function walk(entry: FileSystemEntry, found: Found[]): Promise<void> {
  if (entry.isFile) {
    const file = new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    // A rejection is met when the file is read, not now.
    file.catch(() => undefined);
    found.push({ path: entry.fullPath, name: entry.name, read: async () => bytesOf(await file)() });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries hands a folder over in batches until one comes back empty.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[] | null>((resolve) => reader.readEntries(resolve, () => resolve(null)));
    if (batch === null) {
      // A folder the browser will not list is named on "Filer", as a file it cannot read.
      found.push({ path: entry.fullPath, name: entry.name, read: () => Promise.reject(new Error(entry.fullPath)) });
      return;
    }
    if (batch.length === 0) return;
    for (const child of batch) await walk(child, found);
  }
}
