import type { Profile } from '../domain/profile';
import { nb } from '../i18n';
import type { ProfileChoice } from '../domain/profile-choice';
import { checkWorkbook, checkWorkbookChoosing, type ChoosingOptions, type CheckResult } from '../table/check';
import type { CheckOptions, ColumnOverrides, WorkbookPort } from '../port/workbook-port';

import type { WorkbookGrid } from '../table/grid';

/** A finished check, with the grid it read (the column picker offers its headers) and how its profile was chosen. */
export type CheckOutcome = CheckResult & { checkedAt: number; grid: WorkbookGrid | null; choice?: ProfileChoice };

/** A profile, or what to choose one from when the check sees the workbook (domain/profile-choice). */
export type ProfileSelection = Profile | Pick<ChoosingOptions, 'profiles' | 'stored'>;

/** One Valider: read through the port, check, highlight what was found. Shared by pane and ribbon. */
export async function runCheck(
  port: WorkbookPort,
  profile: ProfileSelection,
  overrides: ColumnOverrides | null,
  today: string,
  options?: CheckOptions,
): Promise<CheckOutcome> {
  let result: CheckResult & { choice?: ProfileChoice } = { ok: false, message: 'Arbeidsboken kunne ikke leses.' };
  let read: WorkbookGrid | null = null;
  await port.check((grid) => {
    read = grid;
    // Bokmål until the pane chooses a language (issue 19).
    const options = { today, texts: nb, map: overrides ?? undefined };
    result = 'profiles' in profile ? checkWorkbookChoosing(grid, { ...options, ...profile }) : checkWorkbook(grid, { ...options, profile });
    return result.ok ? result.findings : [];
  }, options);
  return { ...result, checkedAt: Date.now(), grid: read };
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
