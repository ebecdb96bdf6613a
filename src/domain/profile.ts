import { RULE_CATALOGUE, type RuleId } from './catalogue';
import type { Profile, RuleSetting } from './profile-schema';

/**
 * A grant round's whole rule set as data (RULES.md, "Profiles"): a new year, scheme or region
 * is a new profile, not new code. Built-in profiles live in ./profiles; users load their own
 * from JSON (`--profile file.json`, or a file in the pane that is kept in the workbook), read by
 * ./profile-schema, which alone needs zod.
 */
export type { Profile, ProfileInput, RuleSetting } from './profile-schema';

/** The rule's setting in this profile; rules a profile does not list run as the catalogue says. */
export function ruleSetting(profile: Profile, rule: RuleId): RuleSetting {
  return profile.rules[rule] ?? { enabled: true, severity: RULE_CATALOGUE[rule].severity, source: profile.defaultSource };
}
