import { nameKey } from './format';
import type { Profile } from './profile';

type Kind = Profile['vocabulary']['partnerKinds'][number];

export interface PartnerKinds {
  /** The names of the accepted kinds ("universitet", "høgskole"), for messages to list. */
  accepted: readonly string[];
  /** When none of the partners is of an accepted kind: the first one, with its kind's name. */
  refused(partners: readonly string[]): { name: string; kind: string } | undefined;
  /** Whether the tiltak must say how it strengthens teacher education: not when every partner is of a kind spared it (a fagskole in 2026). */
  teacherEducationAsked(partners: readonly string[]): boolean;
}

const cache = new WeakMap<Profile, PartnerKinds>();

/**
 * The profile's partner kinds: a partner whose name holds a kind's spelling ("Fagskolen i
 * Innlandet", "Nasjonalt senter for …") is of that kind; any other partner is of the first kind.
 */
export function partnerKinds(profile: Profile): PartnerKinds {
  let kinds = cache.get(profile);
  if (kinds) return kinds;
  const list = profile.vocabulary.partnerKinds;
  const spellings = list.map((k) => ({ kind: k, keys: k.spellings.map(nameKey).filter(Boolean) }));
  const byName = new Map<string, Kind>();
  const kindOf = (name: string): Kind => {
    let kind = byName.get(name);
    if (kind === undefined) {
      const key = nameKey(name);
      kind = spellings.find((s) => s.keys.some((k) => key.includes(k)))?.kind ?? list[0]!;
      byName.set(name, kind);
    }
    return kind;
  };
  kinds = {
    accepted: list.filter((k) => k.accepted).map((k) => k.name),
    refused(partners) {
      let first: string | undefined;
      for (const name of partners) {
        if (kindOf(name).accepted) return undefined;
        first ??= name;
      }
      return first === undefined ? undefined : { name: first, kind: kindOf(first).name };
    },
    teacherEducationAsked: (partners) => partners.length === 0 || partners.some((name) => kindOf(name).teacherEducation),
  };
  cache.set(profile, kinds);
  return kinds;
}
