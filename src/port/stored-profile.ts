import type { Profile } from '../domain/profile';
import { parseProfile } from '../domain/profile';
import { DEFAULT_PROFILE_ID, findProfile } from '../domain/profiles';
import type { StoredProfile } from './workbook-port';

/**
 * The profile a workbook carries, as the ribbon's Valider uses it: a built-in one by id, or a
 * loaded profile's JSON parsed again. Anything unknown or invalid falls back to the default,
 * so the ribbon always checks.
 */
export function profileFromStore(stored: StoredProfile | null): Profile {
  const fallback = findProfile(DEFAULT_PROFILE_ID)!;
  if (!stored) return fallback;
  if (stored.kind === 'builtin') return findProfile(stored.id) ?? fallback;
  try {
    const parsed = parseProfile(JSON.parse(stored.json));
    return parsed.ok ? parsed.profile : fallback;
  } catch {
    return fallback;
  }
}
