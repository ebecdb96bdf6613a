import { schemeName } from './context';
import { parseProfileJson, type Profile } from './profile';
import { newestRound } from './profiles';
import { keywordsOf, valuesNamed } from './spelling';

/** The profile a workbook carries (the port's StoredProfile has this shape). */
export type StoredProfileRef = { kind: 'builtin'; id: string } | { kind: 'file'; json: string };

export interface ProfileChoice {
  profile: Profile;
  /** Why this profile, in one Norwegian sentence, for the pane and the CLI. */
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
}

/** Why a stored profile is used, in the pane and the CLI alike. */
export function storedReason(kind: StoredProfileRef['kind']): string {
  return kind === 'file' ? 'Profilen er lastet fra fil og lagret i arbeidsboken.' : 'Profilen er valgt for denne arbeidsboken.';
}

/** A stored reference as a profile, or why it cannot be used. */
export function resolveStored(
  stored: StoredProfileRef,
  profiles: readonly Profile[],
): { ok: true; profile: Profile } | { ok: false; message: string } {
  if (stored.kind === 'file') return parseProfileJson(stored.json);
  const profile = profiles.find((p) => p.id === stored.id);
  return profile ? { ok: true, profile } : { ok: false, message: `Den lagrede profilen «${stored.id}» finnes ikke lenger.` };
}

/**
 * The profile that fits (RULES.md): the one stored in the workbook; else the one whose
 * ordninger the table's Ordning column names (a table naming the 2024 schemes gets a 2024
 * profile); else the newest round. Ties go to the newer round, then to the earlier listed.
 */
export function chooseProfile(input: ChoiceInput): ProfileChoice {
  let problem = '';
  if (input.stored) {
    const stored = resolveStored(input.stored, input.profiles);
    if (stored.ok) {
      return { profile: stored.profile, reason: storedReason(input.stored.kind), basis: 'stored', fitting: [stored.profile] };
    }
    problem = `Profilen som er lagret i arbeidsboken kan ikke brukes (${stored.message}) `;
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
      reason: `${problem}Ordning-kolonnen nevner ${names.join(' og ')}, som hører til denne runden.`,
      basis: 'vocabulary',
      fitting: input.profiles.filter((p) => hitsOf.get(p) === best.hits),
    };
  }

  const newest = newestRound(input.profiles);
  const why =
    input.ordningTexts.length === 0
      ? 'Tabellen har ingen ordning som peker ut en runde'
      : 'Ordningene i tabellen hører ikke til noen kjent runde';
  return { profile: newest, reason: `${problem}${why}, så den nyeste runden er valgt.`, basis: 'newest', fitting: [] };
}
