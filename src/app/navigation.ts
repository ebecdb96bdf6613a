import type { FieldKey, Finding, PartnershipKey, Severity, TiltakTable } from '../domain/model';
import type { Texts } from '../i18n';
import { findingKey } from './compare';

export { findingKey };

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings of one tiltak (`row`), or of the melding and the partnership (no row). */
export interface FindingGroup {
  key: string;
  row?: number;
  findings: Finding[];
}

/** Findings grouped by tiltak in sheet order, then the melding and the sheet; errors first in each group. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = f.row !== undefined ? `row:${f.row}` : 'melding';
    const group = groups.get(key) ?? { key, row: f.row, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  for (const g of groups.values()) g.findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return [...groups.values()].sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
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

/** The finding at a cell the user picked: the current one when it is there, else the first there. */
export function findingAt(findings: readonly Finding[], current: string | null, sheet: string, address: string): string | null {
  const at = (f: Finding) => f.sheet === sheet && f.cells.includes(address);
  if (findings.some((f) => findingKey(f) === current && at(f))) return current;
  const hit = findings.find(at);
  return hit ? findingKey(hit) : current;
}

/** The column a finding is about, in words: its header in the table, or the field's label. */
export function columnName(finding: Finding, table: TiltakTable, texts: Texts): string | undefined {
  if (!finding.field) return undefined;
  const mapped = table.mapping[finding.field as keyof TiltakTable['mapping']];
  if (mapped && finding.sheet === table.sheet) return mapped.header;
  const { fields, partnershipFields } = texts.domain;
  return finding.field in fields ? fields[finding.field as FieldKey] : partnershipFields[finding.field as PartnershipKey];
}

/** A tiltak's number and title as the sheet has them, for its group's heading. */
export function tiltakOf(row: number, table: TiltakTable): { nr: string; title: string } {
  const values = table.rows.find((r) => r.row === row)?.values;
  return {
    nr: values?.nr.kind === 'ok' ? values.nr.value : '',
    title: values?.tittel.kind === 'ok' ? values.tittel.value : '',
  };
}
