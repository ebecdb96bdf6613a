import type { FieldKey } from '../domain/model';
import { otherSchemeGroupsNamed } from '../domain/other-schemes';
import type { Profile } from '../domain/profile';
import { PARSERS, type Parser } from './parse';
import { faseParser } from './parse/fase';
import { ordningParser } from './parse/ordning';
import { targetGroupParser } from './parse/targetGroups';

/** What the table layer takes from a profile: its parsers and the header spellings it adds. */
export interface TableVocabulary {
  parsers: typeof PARSERS;
  /** Extra header spellings per field (the partner kinds' headers for `uh`). */
  synonyms: Partial<Record<FieldKey, readonly string[]>>;
}

const cache = new WeakMap<Profile, TableVocabulary>();

/** Built once per profile object, so every file checked with it shares parsers and header matches. */
export function tableVocabulary(profile: Profile): TableVocabulary {
  let vocabulary = cache.get(profile);
  if (!vocabulary) {
    const v = profile.vocabulary;
    const parsers: Record<string, Parser> = {
      ...PARSERS,
      ordning: ordningParser(v.ordninger),
      fase: faseParser(v.faser),
      targetGroups: targetGroupParser(v.targetGroups, (item) => otherSchemeGroupsNamed(profile, item)[0]?.name),
    };
    vocabulary = {
      parsers: parsers as typeof PARSERS,
      synonyms: {
        ...Object.fromEntries(Object.entries(profile.headers).map(([field, header]) => [field, [header]])),
        uh: [...v.partnerKinds.flatMap((k) => k.headers), ...(profile.headers.uh ? [profile.headers.uh] : [])],
      },
    };
    cache.set(profile, vocabulary);
  }
  return vocabulary;
}
