import type { FileResult } from '../domain/oversikt/model';
import { chooseAcrossFiles, type Candidate } from '../domain/oversikt/profile-across';
import type { Profile } from '../domain/profile';
import type { Texts } from '../i18n';

/** Checks again the files at `indexes` (of the first pass) with `profile`; the results in that order. */
export type Recheck = (indexes: number[], profile: Profile) => Promise<FileResult[]>;

export type OverviewProfile =
  | { ok: true; profile: Profile; reason: string; results: FileResult[]; rechecked: number }
  /** The files point at different rounds: the front end asks (the pane offers the candidates, the CLI names --profile). */
  | { ok: false; candidates: Candidate[]; message: string };

/**
 * The overview's rules from all files, the step the command line and the pane share: the first
 * pass checked each file with the profile it fits; one profile is chosen across them
 * (domain/oversikt/profile-across), and the files checked with another are checked again with it.
 */
export async function chooseAndRecheck(
  first: readonly FileResult[],
  profiles: readonly Profile[],
  recheck: Recheck,
  texts: Texts,
): Promise<OverviewProfile> {
  const choice = chooseAcrossFiles(first, profiles, texts);
  if (!choice.ok) return choice;
  const results = [...first];
  const again = first.flatMap((r, i) => (r.fit && r.fit.checkedWith !== choice.profile.id ? [i] : []));
  if (again.length > 0) {
    const second = await recheck(again, choice.profile);
    again.forEach((i, k) => (results[i] = second[k]!));
  }
  return { ok: true, profile: choice.profile, reason: choice.reason, results, rechecked: again.length };
}
