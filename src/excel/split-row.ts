import type { CellWrite } from '../port/workbook-port';

/**
 * One row split into several (asked first): a copy of the row inserted directly below it for each
 * further entry of `rows`, then each entry's values (column letter → value) into its row. Whole sheet rows are inserted, so
 * Excel gives them the formats of the row above as its own Insert does; the row's cells are
 * copied by Excel (`RangeCopyType.formulas`: constants as they are, formulas with relative
 * references following the new row), never rewritten here. ExcelApi 1.9 (copyFrom). One sync.
 * Returns the sheet's id (the change events of these rows are the add-in's own, echoes.ts).
 */
export async function splitRow(
  context: Excel.RequestContext,
  sheet: string,
  row: number,
  rows: ReadonlyArray<Readonly<Record<string, CellWrite>>>,
): Promise<string> {
  const ws = context.workbook.worksheets.getItem(sheet).load('id');
  const copies = rows.length - 1;
  if (copies > 0) {
    ws.getRange(`${row + 1}:${row + copies}`).insert(Excel.InsertShiftDirection.down);
    // One copy per row: a paste into a taller range is not documented to repeat the source.
    const source = ws.getRange(`${row}:${row}`);
    for (let r = row + 1; r <= row + copies; r++) ws.getRange(`${r}:${r}`).copyFrom(source, Excel.RangeCopyType.formulas);
  }
  rows.forEach((cells, i) => {
    for (const [column, value] of Object.entries(cells)) ws.getRange(`${column}${row + i}`).values = [[value]];
  });
  await context.sync();
  return ws.id;
}
