import type { Profile } from '../profile';
import { kollektivKompetanseutvikling2026 } from './kollektiv-kompetanseutvikling-2026';
import { kompetansenettverk2024 } from './kompetansenettverk-2024';
import { osloViken2024 } from './oslo-viken-2024';

/**
 * Built-in profiles, newest round first: complete data, every default written out, so that they
 * need no parsing to be used (tests/profiles/builtin.test.ts checks each against the schema).
 */
export const PROFILES: readonly Profile[] = [kollektivKompetanseutvikling2026, kompetansenettverk2024, osloViken2024];

export function findProfile(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** The profile of the latest round; the first listed wins a tie. */
export function newestRound(profiles: readonly Profile[]): Profile {
  return profiles.reduce((best, p) => (p.roundStart > best.roundStart ? p : best));
}
