import { DemoPort } from '../../src/taskpane/demo/DemoPort';
import type { WorkbookGrid } from '../../src/table/grid';

/** Rows 3–5 of a sheet that starts at row 3 (origin 2), a merge below and a table across the split row. */
function workbook(): WorkbookGrid {
  return {
    sheets: [
      {
        name: 'Tiltak',
        cells: [
          ['Tiltak', 'Fase', 'Sum'],
          ['Lesing', 'Vurdering og planlegging', 100],
          ['Regning', 'Gjennomføring', 50],
        ],
        origin: { row: 2, col: 0 },
        merges: [{ top: 6, left: 0, bottom: 7, right: 0 }],
        tables: [{ name: 'Tabell1', range: { top: 2, left: 0, bottom: 4, right: 2 } }],
      },
    ],
  };
}

it('the demo port copies the row below itself, each row its own values, and moves what is below', async () => {
  const port = new DemoPort(workbook());
  let changes = 0;
  await port.onChanged(() => changes++);
  await port.splitRow('Tiltak', 4, [{ B: 'Vurdering' }, { B: 'Planlegging', C: 60 }, { B: 'Gjennomføring' }]);
  const s = port.grid.sheets[0]!;
  expect(s.cells).toEqual([
    ['Tiltak', 'Fase', 'Sum'],
    ['Lesing', 'Vurdering', 100],
    ['Lesing', 'Planlegging', 60],
    ['Lesing', 'Gjennomføring', 100],
    ['Regning', 'Gjennomføring', 50],
  ]);
  expect(s.merges).toEqual([{ top: 8, left: 0, bottom: 9, right: 0 }]);
  expect(s.tables[0]!.range).toEqual({ top: 2, left: 0, bottom: 6, right: 2 });
  expect(changes).toBeGreaterThan(0);
  await expect(port.splitRow('Borte', 4, [{ B: 'Vurdering' }, { B: 'Planlegging' }])).rejects.toThrow('Arket «Borte» finnes ikke.');
});
