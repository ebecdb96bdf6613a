import { ProfileSchema, type Profile } from '../profile';
import { kompetansenettverk2024 } from './kompetansenettverk-2024';
import { osloViken2024 } from './oslo-viken-2024';

/** Built-in profiles, checked against the schema when first loaded. */
export const PROFILES: readonly Profile[] = [kompetansenettverk2024, osloViken2024].map((p) => ProfileSchema.parse(p));

export const DEFAULT_PROFILE_ID = kompetansenettverk2024.id;

export function findProfile(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}
