import type { Ordning, TiltakRow } from './model';
import type { Profile } from './profile';

/** The rows that form one melding. */
export interface MeldingGroup {
  /** Stable key, e.g. "Vest-Viken|desentralisert" or "row:7". */
  key: string;
  partnerskap: string;
  /** Undefined when the rows' ordning cannot be read. */
  ordning: Ordning | undefined;
  rows: TiltakRow[];
}

function partnershipName(row: TiltakRow): string {
  return row.values.partnerskap.kind === 'ok' ? row.values.partnerskap.value.trim() : '';
}

function ordningOf(row: TiltakRow): Ordning | undefined {
  return row.values.ordning.kind === 'ok' ? row.values.ordning.value : undefined;
}

/** Rows grouped by partnerskap + ordning, in sheet order; rows without a partnerskap form one partnership. */
export function groupByPartnershipAndScheme(rows: readonly TiltakRow[]): MeldingGroup[] {
  const groups = new Map<string, MeldingGroup>();
  for (const row of rows) {
    const partnerskap = partnershipName(row);
    const ordning = ordningOf(row);
    const key = `${partnerskap.toLowerCase()}|${ordning ?? '?'}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, partnerskap, ordning, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** Which rows form each melding, as the profile says. */
export function groupMeldinger(rows: readonly TiltakRow[], profile: Profile): MeldingGroup[] {
  if (profile.groupBy === 'partnerskap+ordning') return groupByPartnershipAndScheme(rows);
  return rows.map((row) => ({
    key: `row:${row.row}`,
    partnerskap: partnershipName(row),
    ordning: ordningOf(row),
    rows: [row],
  }));
}
