import { buildOversikt } from '../domain/oversikt/build';
import { skipReason } from '../domain/oversikt/files';
import type { FileResult, Oversikt } from '../domain/oversikt/model';
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

/** A file the coordinator picked: the path they know it by (inside the folder picked, or its name), and its bytes on demand. */
export interface PickedFile {
  shown: string;
  /** Why the front end itself leaves it out (a link to nothing, its own earlier overview), if it does. */
  skipped?: string;
  read(): Promise<Uint8Array>;
}

/** One file to check, with the built-in profile to check it with when not the run's. */
export interface CheckJob {
  file: PickedFile;
  profileId?: string;
}

/**
 * Checks the files (the pane: in Web Workers), results in the jobs' order, calling `done` as each
 * finishes; rejects when cancelled.
 */
export type CheckFiles = (jobs: readonly CheckJob[], done: (finished: number, total: number) => void) => Promise<FileResult[]>;

export interface OverviewRequest {
  files: readonly PickedFile[];
  /** The profile the coordinator chose; null to choose from the files. */
  profile: Profile | null;
  /** Why `profile` (when given), in the front end's words. */
  givenReason?: string;
  profiles: readonly Profile[];
  today: string;
  texts: Texts;
  check: CheckFiles;
  /** Progress over both passes: files finished of the files to check. */
  progress?: (finished: number, total: number) => void;
}

export type OverviewOutcome = { ok: true; oversikt: Oversikt } | { ok: false; candidates: Candidate[]; message: string };

/**
 * The coordinator's overview from picked files (the pane; the command line runs the same steps
 * over its folders): every file accounted for (named ones skipped with their sentence), the
 * others checked, the rules chosen from all of them (or the profile given), the overview built.
 */
export async function makeOverview(request: OverviewRequest): Promise<OverviewOutcome> {
  const { files, texts, check } = request;
  const skipped = files.map((f) => f.skipped ?? skipReason(f.shown.split(/[\\/]/).pop() ?? f.shown, texts));
  const checkable = files.filter((_, i) => skipped[i] === undefined);
  let total = checkable.length;
  let finishedBefore = 0;
  const report = (finished: number) => request.progress?.(finishedBefore + finished, total);
  const first = await check(
    checkable.map((file) => ({ file })),
    (finished) => report(finished),
  );
  finishedBefore = checkable.length;
  let chosen: { profile: Profile; reason: string; results: FileResult[] };
  if (request.profile) chosen = { profile: request.profile, reason: request.givenReason ?? '', results: first };
  else {
    const picked = await chooseAndRecheck(
      first,
      request.profiles,
      (indexes, profile) => {
        total += indexes.length;
        return check(
          indexes.map((i) => ({ file: checkable[i]!, profileId: profile.id })),
          (finished) => report(finished),
        );
      },
      texts,
    );
    if (!picked.ok) return picked;
    chosen = picked;
  }
  let next = 0;
  const results = files.map((f, i): FileResult =>
    skipped[i] === undefined ? chosen.results[next++]! : { ok: false, file: f.shown, status: 'skipped', message: skipped[i]! },
  );
  return { ok: true, oversikt: buildOversikt(chosen, request.today, results, texts) };
}
