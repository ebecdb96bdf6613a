import type { FieldKey, Finding, PartnershipKey, Severity, TiltakTable } from '../domain/model';
import { nb } from '../i18n';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface FindingGroup {
  key: string;
  title: string;
  findings: Finding[];
}

/** A finding's identity across re-checks: rule, sheet and cells. */
export const findingKey = (f: Finding) => `${f.rule}|${f.sheet}|${f.cells.join(',')}`;

/**
 * Findings grouped by tiltak, headed as the sheet, the melding and the PDF name it ("Tiltak nr 7
 * (rad 10) – title"), then the melding and the sheet; errors first in each group.
 */
export function groupFindings(findings: readonly Finding[], table: TiltakTable): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = f.row !== undefined ? `row:${f.row}` : 'melding';
    const group = groups.get(key) ?? {
      key,
      title: f.row !== undefined ? rowTitle(f.row, table) : 'Hele meldingen og partnerskapet',
      findings: [],
    };
    group.findings.push(f);
    groups.set(key, group);
  }
  for (const g of groups.values()) g.findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const rowOf = (g: FindingGroup) => (g.key === 'melding' ? Infinity : Number(g.key.slice(4)));
  return [...groups.values()].sort((a, b) => rowOf(a) - rowOf(b));
}

function rowTitle(row: number, table: TiltakTable): string {
  const values = table.rows.find((r) => r.row === row)?.values;
  const nr = values?.nr.kind === 'ok' ? values.nr.value : '';
  const title = values?.tittel.kind === 'ok' ? values.tittel.value : '';
  return `${nr ? `Tiltak nr ${nr} (rad ${row})` : `Rad ${row}`}${title ? ` – ${title}` : ''}`;
}

/** The findings "Neste feil" walks, in the list's order: the errors, or every placed finding when none is an error. */
export function walkOrder(groups: readonly FindingGroup[]): Finding[] {
  const placed = groups.flatMap((g) => g.findings).filter((f) => f.cells.length > 0);
  const errors = placed.filter((f) => f.severity === 'error');
  return errors.length ? errors : placed;
}

/** The next (or previous) finding after the current one, wrapping around; the first when none is current. */
export function step(order: readonly Finding[], current: string | null, direction: 1 | -1): Finding | undefined {
  if (!order.length) return undefined;
  const at = current === null ? -1 : order.findIndex((f) => findingKey(f) === current);
  if (at < 0) return direction === 1 ? order[0] : order[order.length - 1];
  return order[(at + direction + order.length) % order.length];
}

/** The column a finding is about, in words: its header in the table, or the field's label. */
export function columnName(finding: Finding, table: TiltakTable): string | undefined {
  if (!finding.field) return undefined;
  const mapped = table.mapping[finding.field as keyof TiltakTable['mapping']];
  if (mapped && finding.sheet === table.sheet) return mapped.header;
  const { fields, partnershipFields } = nb.domain;
  return finding.field in fields ? fields[finding.field as FieldKey] : partnershipFields[finding.field as PartnershipKey];
}

/** "Gå til J7 (Tilskudd eier)": the first cell and its column; more cells are counted. */
export function goToLabel(finding: Finding, table: TiltakTable): string {
  const column = columnName(finding, table);
  const more = finding.cells.length > 1 ? ` og ${finding.cells.length - 1} til` : '';
  return `Gå til ${finding.cells[0] ?? finding.sheet}${more}${column ? ` (${column})` : ''}`;
}
