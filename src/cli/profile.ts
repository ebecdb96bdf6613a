import { readFile } from 'node:fs/promises';
import { parseProfile, type Profile } from '../domain/profile';
import { DEFAULT_PROFILE_ID, findProfile, PROFILES } from '../domain/profiles';

/** A built-in profile id, or a path to a JSON profile for another round. */
export async function loadProfile(ref: string | undefined): Promise<{ ok: true; profile: Profile } | { ok: false; message: string }> {
  const id = ref ?? DEFAULT_PROFILE_ID;
  const builtIn = findProfile(id);
  if (builtIn) return { ok: true, profile: builtIn };
  if (!/\.json$/i.test(id)) {
    return {
      ok: false,
      message: `Ukjent profil «${id}»: bruk en innebygd profil (${PROFILES.map((p) => p.id).join(', ')}) eller en JSON-fil.`,
    };
  }
  let text: string;
  try {
    text = await readFile(id, 'utf8');
  } catch {
    return { ok: false, message: `Fant ikke profilfilen «${id}».` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: `Profilfilen «${id}» er ikke gyldig JSON.` };
  }
  return parseProfile(data);
}
