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

/** The row's ordning; with a single ordning in the profile an empty cell (or no column) means that one. */
export function ordningOf(row: TiltakRow, profile: Profile): Ordning | undefined {
  const value = row.values.ordning;
  if (value.kind === 'ok') return value.value;
  const only = profile.vocabulary.ordninger.length === 1 ? profile.vocabulary.ordninger[0]!.key : undefined;
  return value.kind === 'empty' ? only : undefined;
}

/** Rows grouped by partnerskap + ordning, in sheet order; rows without a partnerskap form one partnership. */
export function groupByPartnershipAndScheme(rows: readonly TiltakRow[], profile: Profile): MeldingGroup[] {
  const groups: MeldingGroup[] = [];
  // Partnership text as written → ordning → group: no key string is built per row.
  const byText = new Map<string, Map<Ordning | undefined, MeldingGroup>>();
  const byKey = new Map<string, Map<Ordning | undefined, MeldingGroup>>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const text = row.values.partnerskap.kind === 'ok' ? row.values.partnerskap.value : '';
    let schemes = byText.get(text);
    if (!schemes) {
      const name = text.trim().toLowerCase();
      schemes = byKey.get(name) ?? new Map();
      byKey.set(name, schemes);
      byText.set(text, schemes);
    }
    const ordning = ordningOf(row, profile);
    let group = schemes.get(ordning);
    if (!group) {
      const partnerskap = partnershipName(row);
      group = { key: `${partnerskap.toLowerCase()}|${ordning ?? '?'}`, partnerskap, ordning, rows: [] };
      schemes.set(ordning, group);
      groups.push(group);
    }
    group.rows.push(row);
  }
  return groups;
}

/** Which rows form each melding, as the profile says. */
export function groupMeldinger(rows: readonly TiltakRow[], profile: Profile): MeldingGroup[] {
  if (profile.groupBy === 'partnerskap+ordning') return groupByPartnershipAndScheme(rows, profile);
  if (profile.groupBy === 'partnerskap') {
    // One melding per partnership: with one ordning (2026) the same as partnerskap + ordning.
    const groups = new Map<string, MeldingGroup>();
    for (const row of rows) {
      const partnerskap = partnershipName(row);
      const key = partnerskap.toLowerCase();
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key: `${key}|*`, partnerskap, ordning: ordningOf(row, profile), rows: [] }));
      group.rows.push(row);
    }
    return [...groups.values()];
  }
  return rows.map((row) => ({
    key: `row:${row.row}`,
    partnerskap: partnershipName(row),
    ordning: ordningOf(row, profile),
    rows: [row],
  }));
}
