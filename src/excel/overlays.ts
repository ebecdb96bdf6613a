import type { Finding } from '../domain/model';
import { idsOf, overlayKey, planOverlays, queueKnownOverlays, queueOverlays, scanOverlays } from './highlight';
import type { WorkbookStructure } from './read';
import * as settings from './settings';

/** What a port remembers between actions: the overlays it wrote last. */
export interface OverlayMemory {
  key?: string;
}

const nameById = (s: WorkbookStructure) => new Map(s.sheets.map((x) => [x.id, x.name]));
const idByName = (s: WorkbookStructure) => new Map(s.sheets.map((x) => [x.name, x.id]));

/** Queue looking up the remembered overlays: goes with the read, in the same sync. */
export function queueRemembered(context: Excel.RequestContext, structure: WorkbookStructure): Excel.ConditionalFormat[] {
  return queueKnownOverlays(context, settings.loadOverlayIds(), nameById(structure));
}

function unique(formats: Excel.ConditionalFormat[]): Excel.ConditionalFormat[] {
  const seen = new Set<string>();
  return formats.filter((cf) => !seen.has(cf.id) && seen.add(cf.id));
}

/**
 * Replace the remembered overlays (looked up in the previous sync) with the findings' overlays,
 * one sync. Remembered ids that are gone (removed by hand, or not kept by this Excel) cost a
 * separate scan. With `onlyIfChanged`, identical overlays are not rewritten: every rewrite
 * clears Excel's undo stack.
 */
export async function replaceOverlays(
  context: Excel.RequestContext,
  structure: WorkbookStructure,
  findings: readonly Finding[],
  remembered: Excel.ConditionalFormat[],
  memory: OverlayMemory,
  onlyIfChanged = false,
): Promise<void> {
  const groups = planOverlays(findings);
  const key = overlayKey(groups);
  const lost = remembered.some((cf) => cf.isNullObject);
  if (onlyIfChanged && !lost && key === memory.key) return;
  const stale = remembered.filter((cf) => !cf.isNullObject);
  if (lost)
    stale.push(
      ...(await scanOverlays(
        context,
        structure.sheets.map((s) => s.name),
      )),
    );
  unique(stale).forEach((cf) => cf.delete());
  const created = queueOverlays(context, groups, idByName(structure));
  await context.sync();
  memory.key = key;
  await settings.saveOverlayIds(idsOf(created));
}

/** Fjern markering: the remembered overlays and any the scan finds (older versions did not remember). */
export async function removeOverlays(context: Excel.RequestContext, structure: WorkbookStructure, memory: OverlayMemory): Promise<void> {
  const remembered = queueRemembered(context, structure);
  await context.sync();
  const found = await scanOverlays(
    context,
    structure.sheets.map((s) => s.name),
  );
  unique([...remembered.filter((cf) => !cf.isNullObject), ...found]).forEach((cf) => cf.delete());
  await context.sync();
  memory.key = overlayKey([]);
  await settings.saveOverlayIds({});
}
