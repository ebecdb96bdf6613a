import { addSelectionLists, removeSelectionLists } from '../../src/excel/selection-lists';
import { createExcelPort } from '../../src/excel/port';
import { findProfile } from '../../src/domain/profiles';
import { textsFor } from '../../src/i18n/all';
import { checkWorkbook } from '../../src/table/check';
import { createExcelHost } from '../office-host/host';
import { HostWorkbook } from '../office-host/workbook';
import { addTiltakSheetWithOwnRules, EACH_PROFILE } from './workbooks';

const KN24 = findProfile('kompetansenettverk-2024')!;
const nb = textsFor('nb');

describe.each(EACH_PROFILE)('Legg til utvalgslister on %s', (_name, profile) => {
  async function setUp() {
    const book = new HostWorkbook();
    const sheet = addTiltakSheetWithOwnRules(book);
    const host = createExcelHost(profile, book);
    host.install();
    const grid = await createExcelPort(host.run).read();
    const checked = checkWorkbook(grid, { profile: KN24, today: '2023-12-01', texts: nb });
    if (!checked.ok) throw new Error(checked.message);
    return { host, sheet, table: checked.table };
  }

  it('adds the template’s rules on the recognised columns, keeps the user’s own validation, values and formats', async () => {
    const { host, sheet, table } = await setUp();
    const values = JSON.stringify(sheet.rows);
    const formats = JSON.stringify([...sheet.numberFormats]);
    const result = await host.run((context) => addSelectionLists(context, table, KN24, nb));
    expect(result.kept).toEqual([{ field: 'ordning', header: 'Ordning' }]);
    expect(result.added.map((a) => a.field)).toEqual(Object.keys(table.mapping).filter((f) => f !== 'ordning'));
    const fase = result.added.find((a) => a.field === 'fase')!;
    expect(fase.range).toBe('D3:D205');
    expect(sheet.validations.find((v) => v.area.left === 3)?.rule).toEqual({
      list: { inCellDropDown: true, source: 'vurdering,planlegging,gjennomføring' },
    });
    expect(sheet.validations.find((v) => v.area.left === 2)?.rule).toEqual({ list: { source: 'Rekom,Dekom' } });
    expect(JSON.stringify(sheet.rows)).toBe(values);
    expect(JSON.stringify([...sheet.numberFormats])).toBe(formats);
  });

  it('removes exactly what it added: not the user’s own, not one the user has since replaced', async () => {
    const { host, sheet, table } = await setUp();
    const result = await host.run((context) => addSelectionLists(context, table, KN24, nb));
    // The user replaces the Fase list with one of their own (a new input message).
    const fase = sheet.validations.find((v) => v.area.left === 3)!;
    fase.prompt = { showPrompt: true, title: 'Min fase', message: 'Egen liste' };
    const removed = await host.run((context) => removeSelectionLists(context, result));
    expect(removed).toEqual({
      removed: result.added.filter((a) => a.field !== 'fase').map((a) => a.range),
      left: [result.added.find((a) => a.field === 'fase')!.range],
    });
    expect(sheet.validations.map((v) => v.area.left).sort()).toEqual([2, 3]);
  });
});
