import type { Severity } from '../domain/model';
import type { OverlayGroup } from '../app/overlay-plan';
import type { OverlayIds } from './settings';

/**
 * Highlights are conditional formats the add-in owns: an always-true custom rule whose formula
 * carries a marker. Their ids are remembered in the document settings, so that Valider finds them
 * again without reading the user's own rules (reading those can fail: office-js #2180, #6827).
 * User values, fills, borders, notes and number formats are never touched.
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

/** Queue looking up the remembered overlays on sheets that still exist (worksheet id → name). */
export function queueKnownOverlays(
  context: Excel.RequestContext,
  ids: OverlayIds,
  nameOf: ReadonlyMap<string, string>,
): Excel.ConditionalFormat[] {
  return Object.entries(ids).flatMap(([sheetId, list]) => {
    const name = nameOf.get(sheetId);
    if (!name) return [];
    const formats = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
    return list.map((id) => formats.getItemOrNullObject(id).load('id'));
  });
}

/**
 * Find the add-in's overlays by reading the rules, in a request of its own: a user rule Excel
 * cannot report fails only this read. Then sheet by sheet; a sheet that still fails is skipped.
 */
export async function scanOverlays(context: Excel.RequestContext, sheets: readonly string[]): Promise<Excel.ConditionalFormat[]> {
  const queue = (names: readonly string[]) =>
    names.map((name) =>
      context.workbook.worksheets
        .getItem(name)
        .getRange()
        .conditionalFormats.load('items/type,items/id,items/customOrNullObject/rule/formula'),
    );
  const own = (collections: Excel.ConditionalFormatCollection[]) =>
    collections.flatMap((c) =>
      c.items.filter(
        (cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isOverlayFormula(cf.customOrNullObject.rule.formula),
      ),
    );
  try {
    const all = queue(sheets);
    await context.sync();
    return own(all);
  } catch {
    const found: Excel.ConditionalFormat[] = [];
    for (const name of sheets) {
      try {
        const one = queue([name]);
        // One sheet per request on purpose: the failing sheet must not hide the others.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        found.push(...own(one));
      } catch {
        // This sheet's user rules cannot be read: overlays on it are found by their ids only.
      }
    }
    return found;
  }
}

/** Queue the overlays (ids loaded with the same sync); the caller remembers them per worksheet id. */
export function queueOverlays(
  context: Excel.RequestContext,
  groups: readonly OverlayGroup[],
  idOf: ReadonlyMap<string, string>,
): Array<{ sheetId: string; format: Excel.ConditionalFormat }> {
  const created: Array<{ sheetId: string; format: Excel.ConditionalFormat }> = [];
  for (const group of groups) {
    const sheetId = idOf.get(group.sheet);
    if (!sheetId) continue;
    for (let i = 0; i < group.cells.length; i += AREAS_PER_RANGE) {
      const areas = context.workbook.worksheets.getItem(group.sheet).getRanges(group.cells.slice(i, i + AREAS_PER_RANGE).join(','));
      const cf = areas.conditionalFormats.add('Custom');
      cf.custom.rule.formula = overlayFormula(group.severity);
      cf.custom.format.fill.color = FILL[group.severity]!;
      const style = OVERLAY_STYLE[group.severity]!;
      cf.custom.format.font.bold = style.bold;
      cf.custom.format.font.italic = style.italic;
      for (const edge of EDGES) {
        cf.custom.format.borders[edge].style = style.border;
        cf.custom.format.borders[edge].color = style.borderColor;
      }
      created.push({ sheetId, format: cf.load('id') });
    }
  }
  return created;
}

export function idsOf(created: ReadonlyArray<{ sheetId: string; format: Excel.ConditionalFormat }>): OverlayIds {
  const ids: OverlayIds = {};
  for (const { sheetId, format } of created) (ids[sheetId] ??= []).push(format.id);
  return ids;
}
