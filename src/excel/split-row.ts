/**
 * One row split into several (a one-click fix): a copy of the row inserted directly below it for
 * each further value, then one value per row in one column. Whole sheet rows are inserted, so
 * Excel gives them the formats of the row above as its own Insert does; the row's cells are
 * copied by Excel (`RangeCopyType.formulas`: constants as they are, formulas with relative
 * references following the new row), never rewritten here. ExcelApi 1.9 (copyFrom). One sync.
 * Returns the sheet's id (the change events of these rows are the add-in's own, echoes.ts).
 */
export async function splitRow(
  context: Excel.RequestContext,
  sheet: string,
  row: number,
  column: string,
  values: readonly string[],
): Promise<string> {
  const ws = context.workbook.worksheets.getItem(sheet).load('id');
  const copies = values.length - 1;
  if (copies > 0) {
    ws.getRange(`${row + 1}:${row + copies}`).insert(Excel.InsertShiftDirection.down);
    // One copy per row: a paste into a taller range is not documented to repeat the source.
    const source = ws.getRange(`${row}:${row}`);
    for (let r = row + 1; r <= row + copies; r++) ws.getRange(`${r}:${r}`).copyFrom(source, Excel.RangeCopyType.formulas);
  }
  ws.getRange(`${column}${row}:${column}${row + copies}`).values = values.map((v) => [v]);
  await context.sync();
  return ws.id;
}
