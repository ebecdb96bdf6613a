import { stripSheet } from './address';
import { RUN_OPTIONS, type ExcelRun } from './run';

/**
 * A value picked from a data-validation drop-down list raises no change event in Excel on the web
 * (office-js #3888, #4066) and did not on the desktop in 2019 builds (#420). So, beside onChanged,
 * the live re-check watches the selected cell: when the selection moves on, one small request reads
 * the cell it left (and the one it came to); a different value than when the user arrived counts as
 * an edit. Typed edits also raise onChanged: the caller debounces.
 */
export function watchPickedValues(
  context: Excel.RequestContext,
  run: ExcelRun,
  changed: () => void,
): OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs> {
  let watched: { sheetId: string; address: string; value: unknown } | undefined;
  return context.workbook.worksheets.onSelectionChanged.add(async (event) => {
    const left = watched;
    const address = stripSheet(event.address).split(/[:,]/)[0]!;
    watched = undefined;
    try {
      const { now, before } = await run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        const here = sheets.getItem(event.worksheetId).getRange(address).load('values');
        const there = left && sheets.getItem(left.sheetId).getRange(left.address).load('values');
        await ctx.sync();
        return { now: here.values[0]?.[0], before: there ? there.values[0]?.[0] : undefined };
      }, RUN_OPTIONS);
      watched = { sheetId: event.worksheetId, address, value: now };
      if (left && before !== left.value) changed();
    } catch {
      // The sheet left was deleted or renamed away: nothing to compare; watch from here on.
    }
  });
}
