import type { MeldingDocument } from '../domain/melding';
import type { Texts } from '../i18n';
import { freeSheetNames, GENERATED_MARKER, generatedSheetNames } from '../sheet/generated';
import { meldingSheetSpec } from '../sheet/melding-sheet';
import { RUN_OPTIONS, type ExcelRun } from './run';
import { writeSheet } from './sheet-writer';

/**
 * Write one sheet per melding into the open workbook, replacing only the sheets the add-in
 * generated before (marked by workbook names). One sync to learn the sheets, then at least one
 * per melding sheet, so that no request comes near Excel on the web's 5 MB limit.
 */
export async function writeMeldingSheets(
  run: ExcelRun,
  doc: MeldingDocument,
  texts: Texts,
  written?: (sheetId: string) => void,
): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const names = context.workbook.names.load('items/name,items/formula');
    await context.sync();

    const markers = names.items.filter((n) => GENERATED_MARKER.isName(n.name));
    const generated = new Set(generatedSheetNames(markers.map((n) => ({ name: n.name, reference: String(n.formula) }))));
    markers.forEach((n) => n.delete());
    const old = sheets.items.filter((s) => generated.has(s.name));
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const targets = freeSheetNames(
      doc,
      sheets.items.filter((s) => !generated.has(s.name)).map((s) => s.name),
    );
    // Excel refuses two sheets of one name and needs one sheet at all times: the old sheets
    // give up their names now and are deleted once the new ones exist.
    old.forEach((s, i) => (s.name = spareName(taken, i)));
    for (const [i, melding] of doc.meldinger.entries()) {
      const ws = context.workbook.worksheets.add(targets[i]!).load('id');
      context.workbook.names.add(GENERATED_MARKER.name(i), ws.getRange('A1'));
      // One sheet per request (more for a long one, see writeSheet): each stays far below 5 MB.
      await writeSheet(context, ws, meldingSheetSpec(melding, doc, texts));
      written?.(ws.id);
    }
    old.forEach((s) => s.delete());
    await context.sync();
    return targets;
  }, RUN_OPTIONS);
}

/** A name no sheet has, for an old generated sheet until it is deleted. */
function spareName(taken: Set<string>, index: number): string {
  let n = index + 1;
  while (taken.has(`behovsmelding_gammel_${n}`)) n++;
  const name = `Behovsmelding_gammel_${n}`;
  taken.add(name.toLowerCase());
  return name;
}
