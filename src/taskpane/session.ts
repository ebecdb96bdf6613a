import type { Profile } from '../domain/profile';
import { checkWorkbook, type CheckResult } from '../table/check';
import type { CheckOptions, ColumnOverrides, WorkbookPort } from '../port/workbook-port';

import type { WorkbookGrid } from '../table/grid';

/** A finished check, with the grid it read (the column picker offers its headers). */
export type CheckOutcome = CheckResult & { checkedAt: number; grid: WorkbookGrid | null };

/** One Valider: read through the port, check, highlight what was found. Shared by pane and ribbon. */
export async function runCheck(
  port: WorkbookPort,
  profile: Profile,
  overrides: ColumnOverrides | null,
  today: string,
  options?: CheckOptions,
): Promise<CheckOutcome> {
  let result: CheckResult = { ok: false, message: 'Arbeidsboken kunne ikke leses.' };
  let read: WorkbookGrid | null = null;
  await port.check((grid) => {
    read = grid;
    result = checkWorkbook(grid, { profile, today, map: overrides ?? undefined });
    return result.ok ? result.findings : [];
  }, options);
  return { ...result, checkedAt: Date.now(), grid: read };
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
