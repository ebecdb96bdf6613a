import { readFile } from 'node:fs/promises';
import type { Profile } from '../domain/profile';
import { parseProfile } from '../domain/profile-schema';
import { findProfile, PROFILES } from '../domain/profiles';
import type { Texts } from '../i18n';

/**
 * A built-in profile id, or a path to a JSON profile for another round. The file may be UTF-8
 * with or without a byte order mark, or UTF-16 (what Windows PowerShell 5.1's `>` writes for
 * `profiles --json ID > runde.json`).
 */
export async function loadProfile(ref: string, texts: Texts): Promise<{ ok: true; profile: Profile } | { ok: false; message: string }> {
  const builtIn = findProfile(ref);
  if (builtIn) return { ok: true, profile: builtIn };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(ref);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    if (code === 'EISDIR') return { ok: false, message: texts.cli.profileIsFolder({ path: ref }) };
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return { ok: false, message: texts.cli.profileUnreadable({ path: ref, code }) };
    // A name that is neither a built-in id nor a file: a mistyped id, unless it names a JSON file.
    if (/\.json$/i.test(ref)) return { ok: false, message: texts.cli.profileNotFound({ path: ref }) };
    return { ok: false, message: texts.cli.profileUnknown({ ref, ids: PROFILES.map((p) => p.id).join(', ') }) };
  }
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes));
  } catch {
    return { ok: false, message: texts.cli.profileNotJson({ path: ref }) };
  }
  const parsed = parseProfile(data, texts);
  return parsed.ok ? parsed : { ok: false, message: texts.cli.profileInvalid({ path: ref, message: parsed.message }) };
}

/**
 * Text from UTF-8 or UTF-16, told apart by the byte order mark or, without one, by the zero
 * byte an ASCII character (JSON begins with one) has in UTF-16.
 */
export function decodeText(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  const utf16 =
    a === 0xff && b === 0xfe
      ? 'utf-16le'
      : a === 0xfe && b === 0xff
        ? 'utf-16be'
        : b === 0 && a
          ? 'utf-16le'
          : a === 0 && b
            ? 'utf-16be'
            : null;
  // TextDecoder drops the byte order mark itself (UTF-8's EF BB BF too).
  return new TextDecoder(utf16 ?? 'utf-8').decode(bytes);
}

/** `behovsmelding profiles`: each built-in profile with its status and sources. */
export function profileList(texts: Texts): string {
  return PROFILES.map((p) => {
    const sources = p.sources.map((s) => `${' '.repeat(27)}${texts.cli.profileSource({ title: s.title, publisher: s.publisher })}`);
    const line = texts.cli.profileLine({ name: p.name, version: p.version, status: p.status });
    return [`${p.id.padEnd(26)} ${line}`, ...sources].join('\n');
  }).join('\n');
}

/** `behovsmelding profiles --json ID`: a built-in profile as JSON, to start a new round from. */
export function profileJson(id: string | undefined, texts: Texts): { ok: true; json: string } | { ok: false; message: string } {
  const ids = PROFILES.map((p) => p.id).join(', ');
  if (id === undefined) return { ok: false, message: texts.cli.profileJsonWhich({ ids }) };
  const profile = findProfile(id);
  if (!profile) return { ok: false, message: texts.cli.profileJsonUnknown({ id, ids }) };
  return { ok: true, json: JSON.stringify(profile, null, 2) };
}
