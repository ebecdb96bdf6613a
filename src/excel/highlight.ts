import type { Finding, Severity } from '../domain/model';

/**
 * Highlights are conditional formats the add-in owns: an always-true custom rule whose formula
 * carries a marker, so that exactly these can be found and removed again. User values, fills,
 * borders, notes and number formats are never touched.
 */
export const MARKER = 'Behovsmelding';

const FILL: Partial<Record<Severity, string>> = { error: '#F8C9C4', warning: '#FFE3A3' };

export function overlayFormula(severity: Severity): string {
  return `=LEN("${MARKER}:${severity}")>0`;
}

export function isOverlayFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${MARKER}:`);
}

/** Cells per multi-area range: keeps each address string short. */
const AREAS_PER_RANGE = 150;

/** Queue loading the conditional formats of every sheet, to find the add-in's own later. */
export function queueExistingOverlays(context: Excel.RequestContext, sheets: readonly string[]): Excel.ConditionalFormatCollection[] {
  return sheets.map((name) =>
    context.workbook.worksheets.getItem(name).getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula'),
  );
}

/** Queue deleting the add-in's overlays among loaded conditional formats; returns how many. */
export function queueRemoval(collections: readonly Excel.ConditionalFormatCollection[]): number {
  let removed = 0;
  for (const collection of collections) {
    for (const cf of collection.items) {
      if (cf.type !== 'Custom' || cf.customOrNullObject.isNullObject) continue;
      if (!isOverlayFormula(cf.customOrNullObject.rule.formula)) continue;
      cf.delete();
      removed++;
    }
  }
  return removed;
}

/** Queue one overlay per sheet and severity over the findings' cells; returns how many ranges. */
export function queueOverlays(context: Excel.RequestContext, findings: readonly Finding[]): number {
  const groups = new Map<string, { sheet: string; severity: Severity; cells: Set<string> }>();
  for (const f of findings) {
    if (!FILL[f.severity] || f.cells.length === 0) continue;
    const key = `${f.sheet}\u0000${f.severity}`;
    const group = groups.get(key) ?? { sheet: f.sheet, severity: f.severity, cells: new Set<string>() };
    f.cells.forEach((c) => group.cells.add(c));
    groups.set(key, group);
  }
  // Errors last: the newest format takes priority, so a cell with both shows red.
  const ordered = [...groups.values()].sort((a, b) => (a.severity === 'error' ? 1 : 0) - (b.severity === 'error' ? 1 : 0));
  let ranges = 0;
  for (const group of ordered) {
    const cells = [...group.cells];
    for (let i = 0; i < cells.length; i += AREAS_PER_RANGE) {
      const areas = context.workbook.worksheets.getItem(group.sheet).getRanges(cells.slice(i, i + AREAS_PER_RANGE).join(','));
      const cf = areas.conditionalFormats.add('Custom');
      cf.custom.rule.formula = overlayFormula(group.severity);
      cf.custom.format.fill.color = FILL[group.severity]!;
      ranges++;
    }
  }
  return ranges;
}
