import { readFile } from 'node:fs/promises';
import { parseProfile, type Profile } from '../domain/profile';
import type { Texts } from '../i18n';
import { findProfile, PROFILES } from '../domain/profiles';

/** A built-in profile id, or a path to a JSON profile for another round. */
export async function loadProfile(ref: string, texts: Texts): Promise<{ ok: true; profile: Profile } | { ok: false; message: string }> {
  const builtIn = findProfile(ref);
  if (builtIn) return { ok: true, profile: builtIn };
  if (!/\.json$/i.test(ref)) {
    return {
      ok: false,
      message: `Ukjent profil «${ref}»: bruk en innebygd profil (${PROFILES.map((p) => p.id).join(', ')}) eller en JSON-fil.`,
    };
  }
  let text: string;
  try {
    text = await readFile(ref, 'utf8');
  } catch {
    return { ok: false, message: `Fant ikke profilfilen «${ref}».` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: `Profilfilen «${ref}» er ikke gyldig JSON.` };
  }
  const parsed = parseProfile(data, texts);
  return parsed.ok ? parsed : { ok: false, message: `Profilfilen «${ref}»: ${parsed.message}` };
}

/** `behovsmelding profiles`: each built-in profile with its status and sources. */
export function profileList(): string {
  return PROFILES.map((p) => {
    const sources = p.sources.map((s) => `${' '.repeat(27)}Kilde: ${s.title}${s.publisher ? ` (${s.publisher})` : ''}`);
    return [`${p.id.padEnd(26)} ${p.name} (versjon ${p.version}, ${p.status})`, ...sources].join('\n');
  }).join('\n');
}

/** `behovsmelding profiles --json ID`: a built-in profile as JSON, to start a new round from. */
export function profileJson(id: string | undefined): { ok: true; json: string } | { ok: false; message: string } {
  const known = PROFILES.map((p) => p.id).join(', ');
  if (id === undefined)
    return { ok: false, message: `Skriv hvilken profil som skal skrives ut: behovsmelding profiles --json ID (${known}).` };
  const profile = findProfile(id);
  if (!profile) return { ok: false, message: `Ukjent profil «${id}»: de innebygde profilene er ${known}.` };
  return { ok: true, json: JSON.stringify(profile, null, 2) };
}
