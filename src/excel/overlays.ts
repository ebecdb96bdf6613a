import type { Finding } from '../domain/model';
import { isOverlayFormula, overlayKey, planOverlays, queueOverlays } from './highlight';
import { codeOf } from './errors';
import type { WorkbookStructure } from './read';

const NOT_ABOUT_THE_RULE = new Set([
  'InvalidOperationInCellEditMode',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
]);

/**
 * What one runtime (the pane, or the ribbon) remembers between actions, in memory only: the
 * overlays it wrote or recognised, the custom rules it found to be the user's (or could not read),
 * and the plan it last wrote. Nothing is saved in the document: saving settings clears Excel's undo
 * list (office-js #3141), ids are not kept across save and reopen (sheet ids change, office-js
 * #1390; format ids are handed out anew), and the ribbon's runtime has a settings copy of its own.
 * So each runtime finds the overlays by their marker formula, and remembers ids only for itself.
 */
export interface OverlayMemory {
  key?: string;
  ours: Set<string>;
  others: Set<string>;
}

export function newOverlayMemory(): OverlayMemory {
  return { ours: new Set(), others: new Set() };
}

/** Every sheet's conditional formats, by type and id only: loadable whatever the user's rules are. */
export type OverlayCatalogue = Array<{ sheet: string; formats: Excel.ConditionalFormatCollection }>;

/** Queue the catalogue (no sync): it goes with the read, in the same request. */
export function queueCatalogue(context: Excel.RequestContext, structure: WorkbookStructure): OverlayCatalogue {
  const generated = new Set(structure.generated);
  return structure.sheets
    .filter((s) => !generated.has(s.name))
    .map((s) => ({
      sheet: s.name,
      formats: context.workbook.worksheets.getItem(s.name).getRange().conditionalFormats.load('items/type,items/id'),
    }));
}

interface Entry {
  key: string;
  format: Excel.ConditionalFormat;
}

const keyOf = (sheet: string, id: string) => `${sheet}\u0000${id}`;

/**
 * The add-in's overlays in the catalogue. Custom rules this runtime has not seen before are read
 * (only their formula, and only theirs: reading another type's rule fails, office-js #2180) in one
 * request; a rule Excel cannot report (office-js #6827, #6835) fails that request, so the rules are
 * read again in halves until each one is read or known to be unreadable, and so not the add-in's.
 */
async function ownOverlays(context: Excel.RequestContext, catalogue: OverlayCatalogue, memory: OverlayMemory): Promise<Entry[]> {
  const custom = catalogue.flatMap(({ sheet, formats }) =>
    formats.items.filter((cf) => cf.type === 'Custom').map((format) => ({ key: keyOf(sheet, format.id), format })),
  );
  await identify(
    context,
    custom.filter((e) => !memory.ours.has(e.key) && !memory.others.has(e.key)),
    memory,
  );
  return custom.filter((e) => memory.ours.has(e.key));
}

async function identify(context: Excel.RequestContext, unknown: readonly Entry[], memory: OverlayMemory): Promise<void> {
  if (unknown.length === 0) return;
  const rules = unknown.map((e) => e.format.custom.rule.load('formula'));
  try {
    await context.sync();
  } catch (e) {
    // Only a rule that cannot be read is set aside; the user editing a cell, or a size limit, is not about the rules.
    if (NOT_ABOUT_THE_RULE.has(codeOf(e) ?? '')) throw e;
    if (unknown.length === 1) {
      memory.others.add(unknown[0]!.key);
      return;
    }
    const half = Math.ceil(unknown.length / 2);
    await identify(context, unknown.slice(0, half), memory);
    await identify(context, unknown.slice(half), memory);
    return;
  }
  unknown.forEach((e, i) => (isOverlayFormula(rules[i]!.formula) ? memory.ours : memory.others).add(e.key));
}

/**
 * Replace the add-in's overlays (catalogued in the previous sync) with the findings' overlays, in
 * one sync (plus one to read rules not seen before). With `onlyIfChanged`, the same overlays are
 * not written again: every rewrite clears the undo list of Excel before ExcelApi 1.20.
 */
export async function replaceOverlays(
  context: Excel.RequestContext,
  catalogue: OverlayCatalogue,
  findings: readonly Finding[],
  memory: OverlayMemory,
  onlyIfChanged = false,
): Promise<void> {
  const expected = new Set(memory.ours);
  const present = await ownOverlays(context, catalogue, memory);
  const groups = planOverlays(findings);
  const key = overlayKey(groups);
  // Intact: exactly the overlays this runtime wrote are there (none deleted by hand, none added by the ribbon).
  const intact = present.length === expected.size && present.every((e) => expected.has(e.key));
  if (onlyIfChanged && intact && key === memory.key) return;
  present.forEach((e) => e.format.delete());
  const created = queueOverlays(context, groups);
  await context.sync();
  memory.ours = new Set(created.map(({ sheet, format }) => keyOf(sheet, format.id)));
  memory.key = key;
}

/** Fjern markering: every overlay of the add-in, whichever runtime or session wrote it. */
export async function removeOverlays(context: Excel.RequestContext, catalogue: OverlayCatalogue, memory: OverlayMemory): Promise<void> {
  const present = await ownOverlays(context, catalogue, memory);
  present.forEach((e) => e.format.delete());
  await context.sync();
  memory.ours = new Set();
  memory.key = overlayKey([]);
}
