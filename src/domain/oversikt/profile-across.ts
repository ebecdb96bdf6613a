import type { Texts } from '../../i18n/texts';
import type { Profile } from '../profile';
import { newestRound } from '../profiles';
import type { FileResult } from './model';

export interface Candidate {
  profile: Profile;
  /** The files that fit it, as shown. */
  files: string[];
}

export type AcrossChoice =
  | { ok: true; profile: Profile; reason: string }
  /** The files point at different rounds: the user chooses (the CLI names --profile, the pane offers the candidates). */
  | { ok: false; candidates: Candidate[]; message: string };

/**
 * One profile for every file of an overview, never from the first file alone: each file that
 * points at a round (the ordninger its table names, or a profile stored in it) votes for the
 * profiles it fits; the profile most files fit is used when every such file fits it. Files that
 * point at no round (no Ordning column, a budget, an empty template) do not vote; when none
 * votes, the newest round is used, as for a single workbook. Ties go to the newer round, then to
 * the profile listed first, as domain/profile-choice does for one workbook.
 */
export function chooseAcrossFiles(results: readonly FileResult[], profiles: readonly Profile[], texts: Texts): AcrossChoice {
  const t = texts.oversikt.profile;
  const voters = results.filter((r) => r.fit && r.fit.fitting.length > 0);
  const considered = results.filter((r) => r.fit).length;
  if (voters.length === 0) return { ok: true, profile: newestRound(profiles), reason: t.newest({ files: considered }) };

  const candidates: Candidate[] = profiles
    .map((profile) => ({ profile, files: voters.filter((r) => r.fit!.fitting.includes(profile.id)).map(fileOf) }))
    .filter((c) => c.files.length > 0)
    .sort((a, b) => b.files.length - a.files.length || b.profile.roundStart.localeCompare(a.profile.roundStart));
  const [best] = candidates;
  if (!best || best.files.length < voters.length)
    return { ok: false, candidates, message: t.disagree({ candidates: candidates.map(named) }) };

  const equally = candidates.filter((c) => c !== best && c.files.length === best.files.length).map((c) => c.profile.id);
  const reason = t.agreed({ voters: voters.length, files: considered }) + (equally.length ? ` ${t.equally({ profiles: equally })}` : '');
  return { ok: true, profile: best.profile, reason };
}

const fileOf = (r: FileResult) => (r.ok ? r.checked.file : r.file);
const named = (c: Candidate) => ({ id: c.profile.id, files: c.files });
