import type { Texts } from '../i18n';
import { schemeName } from './context';
import type { Profile } from './profile';
import { parseProfileJson } from './profile-schema';
import { newestRound } from './profiles';
import { keywordsOf, valuesNamed } from './spelling';

/** The profile a workbook carries (the port's StoredProfile has this shape). */
export type StoredProfileRef = { kind: 'builtin'; id: string } | { kind: 'file'; json: string };

export interface ProfileChoice {
  profile: Profile;
  /** Why this profile, in a sentence or two, for the pane and the CLI. */
  reason: string;
  basis: 'stored' | 'vocabulary' | 'newest';
  /**
   * Every profile the workbook fits as well as the chosen one (the chosen one among them): the
   * stored one, the rounds whose ordninger the table names equally often, or none when nothing in
   * the workbook points at a round. The overview weighs these across files.
   */
  fitting: Profile[];
}

export interface ChoiceInput {
  /** Built-in profiles. */
  profiles: readonly Profile[];
  /** What the workbook carries, if anything. */
  stored?: StoredProfileRef | null;
  /** The texts of the table's Ordning column (empty when it has none). */
  ordningTexts: readonly string[];
  /** The language the reason is given in. */
  texts: Texts;
}

/** Why a stored profile is used, in the pane and the CLI alike. */
export function storedReason(texts: Texts, kind: StoredProfileRef['kind']): string {
  return kind === 'file' ? texts.domain.profileChoice.fromFile : texts.domain.profileChoice.chosen;
}

/** A stored reference as a profile, or why it cannot be used. */
export function resolveStored(
  stored: StoredProfileRef,
  profiles: readonly Profile[],
  texts: Texts,
): { ok: true; profile: Profile } | { ok: false; message: string } {
  if (stored.kind === 'file') return parseProfileJson(stored.json, texts);
  const profile = profiles.find((p) => p.id === stored.id);
  return profile ? { ok: true, profile } : { ok: false, message: texts.domain.profileChoice.gone({ id: stored.id }) };
}

/**
 * The profile that fits (RULES.md): the one stored in the workbook; else the one whose
 * ordninger the table's Ordning column names (a table naming the 2024 schemes gets a 2024
 * profile); else the newest round. Ties go to the newer round, then to the earlier listed.
 */
export function chooseProfile(input: ChoiceInput): ProfileChoice {
  const t = input.texts.domain.profileChoice;
  let problem = '';
  if (input.stored) {
    const stored = resolveStored(input.stored, input.profiles, input.texts);
    if (stored.ok) {
      return { profile: stored.profile, reason: storedReason(input.texts, input.stored.kind), basis: 'stored', fitting: [stored.profile] };
    }
    problem = t.storedUnusable({ message: stored.message });
  }

  let best: { profile: Profile; named: Set<string>; hits: number } | undefined;
  const hitsOf = new Map<Profile, number>();
  for (const profile of input.profiles) {
    const keywords = keywordsOf(profile.vocabulary.ordninger.map((o) => ({ value: o.key, spellings: o.spellings, exact: o.exact })));
    const named = new Set<string>();
    let hits = 0;
    for (const text of input.ordningTexts) {
      const found = valuesNamed(text, keywords);
      if (found.length === 0) continue;
      hits++;
      for (const key of found) named.add(key);
    }
    hitsOf.set(profile, hits);
    if (hits > 0 && (!best || hits > best.hits || (hits === best.hits && profile.roundStart > best.profile.roundStart))) {
      best = { profile, named, hits };
    }
  }
  if (best) {
    const names = [...best.named].map((k) => schemeName(best.profile, k));
    return {
      profile: best.profile,
      reason: problem + t.named({ schemes: names }),
      basis: 'vocabulary',
      fitting: input.profiles.filter((p) => hitsOf.get(p) === best.hits),
    };
  }

  const newest = newestRound(input.profiles);
  const why = input.ordningTexts.length === 0 ? t.noOrdning : t.unknownOrdning;
  return { profile: newest, reason: problem + why, basis: 'newest', fitting: [] };
}
