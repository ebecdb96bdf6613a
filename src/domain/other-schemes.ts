import type { Profile } from './profile';
import { keywordsOf, valuesNamed, type Keyword } from './spelling';

export type OtherSchemeGroup = Profile['vocabulary']['otherSchemeGroups'][number];

const cache = new WeakMap<Profile, Keyword<OtherSchemeGroup>[]>();

/**
 * The målgrupper of other schemes a text names (each once, in the order written), matched as
 * ordning and fase are: the table layer does not call them unknown, the domain reports them.
 */
export function otherSchemeGroupsNamed(profile: Profile, text: string): OtherSchemeGroup[] {
  let keywords = cache.get(profile);
  if (!keywords) {
    keywords = keywordsOf(profile.vocabulary.otherSchemeGroups.map((g) => ({ value: g, spellings: g.spellings, exact: g.exact })));
    cache.set(profile, keywords);
  }
  return keywords.length === 0 ? [] : [...new Set(valuesNamed(text, keywords))];
}
