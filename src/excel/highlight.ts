import type { OverlayGroup } from '../app/overlay-plan';
import type { Severity } from '../domain/model';
import { addressBatches } from './address';

/**
 * Highlights are conditional formats the add-in owns: an always-true custom rule whose formula
 * carries a marker, so that any runtime finds them again by the formula alone (overlays.ts); no id
 * is kept in the document. User values, fills, borders, notes and number formats are never touched.
 */
export const MARKER = 'Behovsmelding';

const FILL: Partial<Record<Severity, string>> = { error: '#F8C9C4', warning: '#FFE3A3' };

/**
 * Not colour alone (WCAG 1.4.1): an error is bold in a solid frame, a warning italic in a dashed
 * one, so the two differ without telling red from yellow. Font and borders of conditional formats
 * are ExcelApi 1.6; conditional formats allow thin borders only, so the line style carries it.
 */
export const OVERLAY_STYLE: Partial<
  Record<Severity, { bold: boolean; italic: boolean; border: 'Continuous' | 'Dash'; borderColor: string }>
> = {
  error: { bold: true, italic: false, border: 'Continuous', borderColor: '#A4262C' },
  warning: { bold: false, italic: true, border: 'Dash', borderColor: '#8A6100' },
};
const EDGES = ['top', 'bottom', 'left', 'right'] as const;

export function overlayFormula(severity: Severity): string {
  return `=LEN("${MARKER}:${severity}")>0`;
}

export function isOverlayFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${MARKER}:`);
}

/** Cells per multi-area range: keeps each address string short. */
const AREAS_PER_RANGE = 150;

export { planOverlays, overlayKey, type OverlayGroup } from '../app/overlay-plan';

/** Queue the overlays, their ids loaded with the same sync (the port remembers them in memory only). */
export function queueOverlays(
  context: Excel.RequestContext,
  groups: readonly OverlayGroup[],
): Array<{ sheet: string; format: Excel.ConditionalFormat }> {
  const created: Array<{ sheet: string; format: Excel.ConditionalFormat }> = [];
  for (const group of groups) {
    const sheet = context.workbook.worksheets.getItem(group.sheet);
    for (const address of addressBatches(group.cells, AREAS_PER_RANGE)) {
      const cf = sheet.getRanges(address).conditionalFormats.add('Custom');
      cf.custom.rule.formula = overlayFormula(group.severity);
      cf.custom.format.fill.color = FILL[group.severity]!;
      const style = OVERLAY_STYLE[group.severity]!;
      cf.custom.format.font.bold = style.bold;
      cf.custom.format.font.italic = style.italic;
      for (const edge of EDGES) {
        cf.custom.format.borders[edge].style = style.border;
        cf.custom.format.borders[edge].color = style.borderColor;
      }
      created.push({ sheet: group.sheet, format: cf.load('id') });
    }
  }
  return created;
}
