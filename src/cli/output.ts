/**
 * The files a command writes (melding --out and --pdf, oversikt --out, mal --out): checked against
 * every input before any work, and written so that a good file is never replaced by a broken one.
 *
 * Identity, not path strings: two paths name the same file when they reach the same device and
 * inode once links are followed (a symbolic link, a hard link, an input given through a link,
 * `K.XLSX` on a case-insensitive disk). Where a file system gives no inode numbers (0), the real
 * paths are compared instead.
 *
 * Writing: the bytes go to a temporary file beside the target (same folder, so the same disk),
 * are flushed to the disk (fsync), and only then take the target's name in one step: `link` when
 * nothing was there (fails if a file appeared meanwhile: no overwrite), `rename` over an older
 * file. A kill, a full disk or a second run at the same time leaves the old file or the new one,
 * never a part; a target that changed since the command started is not replaced, and the user is
 * told. The one window left open is the instant between that last check and the rename.
 */
import { randomBytes } from 'node:crypto';
import { constants, type BigIntStats } from 'node:fs';
import { access, link, lstat, open, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Texts } from '../i18n';

/** The state of a file that tells whether it changed: which file it is, and its size and times. */
interface FileState {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  mode: number;
  real: string;
  folder: boolean;
}

/** One file a command will write. */
export interface Output {
  /** The option that named it (`--out`, `--pdf`), for messages. */
  option: string;
  /** The path as the user gave it, or the default name (in the folder given): what messages show. */
  shown: string;
  /** The file that gets the bytes: links followed, so a link keeps pointing at the new content. */
  path: string;
  /** What was there when the command started; null when nothing was. */
  before: FileState | null;
  /** Whether an existing file may be replaced (`mal` replaces only with --force). */
  replace: boolean;
}

export interface OutputRequest {
  option: string;
  /** The option's value; undefined for the default. */
  given: string | undefined;
  /** The file name used when no value or a folder is given. */
  defaultName: string;
  /** Whether an existing file may be replaced; default true. */
  replace?: boolean;
}

export type Checked<T> = ({ ok: true } & T) | { ok: false; message: string };

/**
 * Where each requested output goes, or the one sentence saying why it may not be written: it is
 * one of `inputs` (every file the command reads: workbooks, a profile file), another output, a
 * folder, or (with `replace: false`) an existing file. A value naming a folder (or ending in a
 * path separator) means the default name in that folder. Relative paths are taken from `cwd`.
 */
export async function planOutputs(
  requests: readonly OutputRequest[],
  inputs: readonly string[],
  texts: Texts,
  cwd = process.cwd(),
): Promise<Checked<{ outputs: Output[] }>> {
  const outputs: Output[] = [];
  const inputStates = await Promise.all(inputs.map(async (input) => ({ input, state: await stateOf(resolve(cwd, input)) })));
  for (const request of requests) {
    const shown = await outputName(request, cwd);
    const path = await followLinks(resolve(cwd, shown));
    const before = await stateOf(path);
    if (before?.folder) return { ok: false, message: texts.cli.outputIsFolder({ path: shown }) };
    const input = inputStates.find((i) => i.state && before && sameFile(i.state, before));
    if (input) return { ok: false, message: texts.cli.outputIsInput({ option: request.option, output: shown, input: input.input }) };
    const replace = request.replace ?? true;
    if (before && !replace) return { ok: false, message: texts.cli.outputExists({ path: shown }) };
    // Said before the work rather than after it: a missing or read-only folder, a read-only file
    // (which says "do not change me", though a rename would replace it all the same).
    const cannot = await cannotWrite(path, before !== null);
    if (cannot) return { ok: false, message: writeFailure(cannot, { shown }, texts) };
    const twin = outputs.find((o) => o.path === path || (o.before && before && sameFile(o.before, before)));
    if (twin) return { ok: false, message: texts.cli.outputsSame({ first: twin.option, second: request.option, path: shown }) };
    outputs.push({ option: request.option, shown, path, before, replace });
  }
  return { ok: true, outputs };
}

/** Whether `path` is the file an output will replace (the overview skips its own earlier file in a folder it reads). */
export async function isOutputFile(output: Output, path: string): Promise<boolean> {
  const state = await stateOf(path);
  return state !== null && output.before !== null && sameFile(state, output.before);
}

/** Why `path` could not be written, as an error to report; null when it can as far as can be told beforehand. */
async function cannotWrite(path: string, exists: boolean): Promise<NodeJS.ErrnoException | null> {
  const folder = await stateOf(dirname(path));
  if (!folder?.folder) return Object.assign(new Error('no folder'), { code: 'ENOENT' });
  const denied = (p: string) =>
    access(p, constants.W_OK).then(
      () => null,
      (e: NodeJS.ErrnoException) => e,
    );
  return (await denied(dirname(path))) ?? (exists ? await denied(path) : null);
}

async function outputName(request: OutputRequest, cwd: string): Promise<string> {
  const given = request.given;
  if (given === undefined) return request.defaultName;
  const folder = /[\\/]$/.test(given) || (await stateOf(resolve(cwd, given)))?.folder === true;
  return folder ? join(given, request.defaultName) : given;
}

/** The file at the end of `path`'s links, also when the last link points at nothing yet (it is created there). */
async function followLinks(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    const real = await realpath(current).catch(() => null);
    if (real) return real;
    const folder = await realpath(dirname(current)).catch(() => dirname(current));
    current = join(folder, basename(current));
    const info = await lstat(current).catch(() => null);
    if (!info?.isSymbolicLink()) return current;
    current = resolve(folder, await readlink(current));
  }
  return current; // a loop of links: the write fails with ELOOP and says so
}

async function stateOf(path: string): Promise<FileState | null> {
  let info: BigIntStats;
  try {
    info = await stat(path, { bigint: true });
  } catch {
    return null;
  }
  return {
    dev: info.dev,
    ino: info.ino,
    size: info.size,
    mtimeNs: info.mtimeNs,
    ctimeNs: info.ctimeNs,
    mode: Number(info.mode & 0o7777n),
    real: await realpath(path).catch(() => path),
    folder: info.isDirectory(),
  };
}

function sameFile(a: FileState, b: FileState): boolean {
  if (a.ino === 0n || b.ino === 0n) return a.real === b.real;
  return a.dev === b.dev && a.ino === b.ino;
}

const unchanged = (before: FileState | null, now: FileState | null): boolean =>
  before === null
    ? now === null
    : now !== null && sameFile(before, now) && before.size === now.size && before.mtimeNs === now.mtimeNs && before.ctimeNs === now.ctimeNs;

/** Errors of `link` that mean "this file system has no hard links", not "the target exists". */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Writes `content` to `output` as the header of this module says. `content` may arrive in pieces
 * (an async iterable); whatever fails on the way, the target stays as it was and the temporary
 * file is removed.
 */
export async function writeOutput(output: Output, content: Uint8Array | AsyncIterable<Uint8Array>, texts: Texts): Promise<Checked<object>> {
  // Hidden, and ending in .tmp so that no folder scan takes it for a workbook; the name is cut so
  // that a target near the length limit still gets one.
  const name = basename(output.path).slice(0, 100);
  const temp = join(dirname(output.path), `.${name}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    const file = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, output.before?.mode ?? 0o666);
    created = true;
    try {
      if (content instanceof Uint8Array) await file.writeFile(content);
      else for await (const chunk of content) await file.write(chunk);
      await file.sync();
    } finally {
      await file.close();
    }
    if (!unchanged(output.before, await stateOf(output.path))) {
      return { ok: false, message: texts.cli.outputChanged({ path: output.shown }) };
    }
    if (output.before === null || !output.replace) {
      if (!(await linkInPlace(temp, output.path))) return { ok: false, message: texts.cli.outputChanged({ path: output.shown }) };
    } else {
      await rename(temp, output.path);
      created = false;
    }
    await syncFolder(dirname(output.path));
    return { ok: true };
  } catch (e) {
    return { ok: false, message: writeFailure(e, output, texts) };
  } finally {
    if (created) await unlink(temp).catch(() => undefined);
  }
}

/** Gives `temp` the name `target` unless a file took that name meanwhile; false when one did. */
async function linkInPlace(temp: string, target: string): Promise<boolean> {
  try {
    await link(temp, target);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw e;
  }
  // No hard links here (some network and FAT disks): the check just made has to do.
  if ((await stateOf(target)) !== null) return false;
  await rename(temp, target);
  return true;
}

/** Makes the new name itself durable; folders cannot be opened for that everywhere (Windows), which is no error. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/** The sentence for a failed write: what happened and what to do. */
export function writeFailure(e: unknown, output: Pick<Output, 'shown'>, texts: Texts): string {
  const path = output.shown;
  const folder = dirname(path);
  const code = (e as NodeJS.ErrnoException)?.code ?? String(e);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return texts.cli.writeDenied({ path });
    case 'EBUSY':
    case 'ETXTBSY':
      return texts.cli.writeBusy({ path });
    case 'EROFS':
      return texts.cli.writeReadOnly({ folder });
    case 'ENOSPC':
    case 'EDQUOT':
      return texts.cli.writeNoSpace({ path });
    case 'EFBIG':
      return texts.cli.writeTooLarge({ path });
    case 'ENOENT':
    case 'ENOTDIR':
      return texts.cli.writeNoFolder({ folder });
    case 'EISDIR':
      return texts.cli.outputIsFolder({ path });
    case 'ENAMETOOLONG':
      return texts.cli.writeNameTooLong({ path });
    default:
      return texts.cli.writeFailed({ path, code });
  }
}
