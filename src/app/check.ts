import type { FieldKey } from '../domain/model';
import type { Texts } from '../i18n';
import type { Profile } from '../domain/profile';
import type { ProfileChoice, StoredProfileRef } from '../domain/profile-choice';
import type { CheckOptions, ColumnOverrides, WorkbookPort } from '../port/workbook-port';
import { checkWorkbook, checkWorkbookChoosing, type CheckResult } from '../table/check';
import type { WorkbookGrid } from '../table/grid';

/** A profile, or what to choose one from when the check sees the workbook (domain/profile-choice). */
export type ProfileSelection = Profile | { profiles: readonly Profile[]; stored?: StoredProfileRef | null };

/**
 * The date a check runs as of: a fixed ISO date, or one that depends on the profile chosen (the
 * demo checks its sample as of the sample's round, so that the sample can become clean).
 */
export type Clock = string | ((profile: Profile) => string);

export interface GridCheck {
  selection: ProfileSelection;
  today: Clock;
  /** The language of every message: the front end chose it. */
  texts: Texts;
  sheet?: string;
  /** Field → header text or column letter, chosen by the user. */
  map?: Partial<Record<FieldKey, string>>;
}

/**
 * A check's result with what it ran with: the profile (and how it was chosen), the date it ran
 * as of, the columns the user chose. A preview checks an edited copy with the same.
 */
export type GridOutcome = CheckResult & { choice?: ProfileChoice; profile: Profile; asOf: string; map?: GridCheck['map']; texts: Texts };

/** A finished check through a port, with the grid it read (fixes, splits and the column picker use it). */
export type CheckOutcome = GridOutcome & { grid: WorkbookGrid | null };

const profileOf = (selection: ProfileSelection): Profile | undefined => ('profiles' in selection ? undefined : selection);

/**
 * Workbook values → findings, choosing the profile when given several: the one step the pane,
 * the ribbon, the demo and the command line share.
 */
export function checkGrid(grid: WorkbookGrid, request: GridCheck): GridOutcome {
  const { selection, today, ...rest } = request;
  const given = profileOf(selection);
  if (given) {
    const asOf = typeof today === 'string' ? today : today(given);
    return { ...checkWorkbook(grid, { ...rest, profile: given, today: asOf }), profile: given, asOf, map: rest.map, texts: rest.texts };
  }
  const choosing = selection as Exclude<ProfileSelection, Profile>;
  const first = typeof today === 'string' ? today : today(choosing.profiles[0]!);
  const chosen = checkWorkbookChoosing(grid, { ...rest, ...choosing, today: first });
  const profile = chosen.choice.profile;
  const asOf = typeof today === 'string' ? today : today(profile);
  const result = asOf === first ? chosen : checkWorkbook(grid, { ...rest, profile, today: asOf });
  return { ...result, choice: chosen.choice, profile, asOf, map: rest.map, texts: rest.texts };
}

/** Valider: read through the port, check, highlight what was found. Shared by pane, demo and ribbon. */
export async function runCheck(
  port: WorkbookPort,
  request: { selection: ProfileSelection; overrides: ColumnOverrides | null; today: Clock; texts: Texts },
  options?: CheckOptions,
): Promise<CheckOutcome> {
  let result: GridOutcome | undefined;
  let read: WorkbookGrid | null = null;
  await port.check((grid) => {
    read = grid;
    result = checkGrid(grid, {
      selection: request.selection,
      today: request.today,
      texts: request.texts,
      map: request.overrides ?? undefined,
    });
    return result.ok ? result.findings : [];
  }, options);
  // A port that returns without running the check is broken: the failure channel says so in Norwegian.
  if (!result) throw new Error();
  return { ...result, grid: read };
}

/**
 * "As of the round": today, unless the round's deadline has passed, then the deadline itself. The
 * demo's sample belongs to a past round; checked as of its deadline it can become clean, and the
 * pane says which date it checked as of.
 */
export const asOfRound =
  (today: string) =>
  (profile: Profile): string => {
    const deadline = profile.parameters.deadline;
    return deadline !== null && today > deadline ? deadline : today;
  };
