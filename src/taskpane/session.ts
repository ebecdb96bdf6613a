import type { Finding } from '../domain/model';
import type { Profile } from '../domain/profile';
import type { Summary } from '../domain/validate';
import { checkWorkbook, type CheckResult } from '../table/check';
import type { ColumnOverrides, WorkbookPort } from './port';

export type CheckOutcome = CheckResult & { checkedAt: number };

/** One Valider: read through the port, check, highlight what was found. Shared by pane and ribbon. */
export async function runCheck(port: WorkbookPort, profile: Profile, overrides: ColumnOverrides | null, today: string): Promise<CheckOutcome> {
  let result: CheckResult = { ok: false, message: 'Arbeidsboken kunne ikke leses.' };
  await port.check((grid) => {
    result = checkWorkbook(grid, { profile, today, map: overrides ?? undefined });
    return result.ok ? result.findings : [];
  });
  return { ...result, checkedAt: Date.now() };
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export type { Finding, Summary };
