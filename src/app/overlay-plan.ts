import type { Finding, Severity } from '../domain/model';

/** Severities that get an overlay on their cells; advice (råd) is listed, not painted. */
const PAINTED: ReadonlySet<Severity> = new Set(['error', 'warning']);

/** One overlay per sheet and severity; a cell with an error is in the error group only. */
export interface OverlayGroup {
  sheet: string;
  severity: Severity;
  cells: string[];
}

/**
 * Which cells get which overlay, the same in Excel and in the demo. Excel's reference says a new
 * format takes the top priority, Microsoft's sample says the first added wins: no cell carries two
 * overlays, so the order never matters.
 */
export function planOverlays(findings: readonly Finding[]): OverlayGroup[] {
  const severityAt = new Map<string, { sheet: string; cell: string; severity: Severity }>();
  for (const f of findings) {
    if (!PAINTED.has(f.severity)) continue;
    for (const cell of f.cells) {
      const key = `${f.sheet}\u0000${cell}`;
      if (severityAt.get(key)?.severity !== 'error') severityAt.set(key, { sheet: f.sheet, cell, severity: f.severity });
    }
  }
  const groups = new Map<string, OverlayGroup>();
  for (const { sheet, cell, severity } of severityAt.values()) {
    const key = `${sheet}\u0000${severity}`;
    const group = groups.get(key) ?? { sheet, severity, cells: [] };
    group.cells.push(cell);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Equal keys: the same cells would get the same overlays. */
export function overlayKey(groups: readonly OverlayGroup[]): string {
  return groups
    .map((g) => `${g.sheet}\u0000${g.severity}\u0000${[...g.cells].sort().join(',')}`)
    .sort()
    .join('\u0001');
}
