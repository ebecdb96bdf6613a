import { runCheck } from '../../src/app/check';
import { addSelectionLists, removeSelectionLists, selectionListsPlan } from '../../src/app/selection-lists';
import { findProfile } from '../../src/domain/profiles';
import { createExcelPort } from '../../src/excel/port';
import { textsFor } from '../../src/i18n/all';
import { createExcelHost } from '../office-host/host';
import { HostWorkbook } from '../office-host/workbook';
import { addTiltakSheetWithOwnRules, EACH_PROFILE } from '../excel/workbooks';

const nb = textsFor('nb');
const KN24 = findProfile('kompetansenettverk-2024')!;
const KEY = 'behovsmelding.utvalgslister';

describe.each(EACH_PROFILE)('Legg til and Fjern utvalgslister through the Excel port on %s', (_name, base) => {
  async function checked() {
    const book = new HostWorkbook();
    const sheet = addTiltakSheetWithOwnRules(book);
    const host = createExcelHost(base, book);
    host.install();
    const port = createExcelPort(host.run);
    const outcome = await runCheck(port, { selection: KN24, overrides: null, today: '2023-12-01', texts: nb });
    return { host, book, sheet, port, outcome };
  }

  it('says beforehand where they go, adds them without touching a value, a format or the user’s own list, and keeps the record', async () => {
    const { host, book, sheet, port, outcome } = await checked();
    const plan = selectionListsPlan(outcome)!;
    expect(plan).toMatchObject({ sheet: 'Tiltak', first: 3, last: 205 });
    expect(plan.headers).toEqual(Object.values(outcome.ok ? outcome.table.mapping : {}).map((r) => r.header));
    const values = JSON.stringify(sheet.rows);
    const formats = JSON.stringify([...sheet.numberFormats]);
    const lists = await addSelectionLists(port, outcome, nb);
    expect(lists.kept).toEqual([{ field: 'ordning', header: 'Ordning' }]);
    expect(lists.added).toHaveLength(plan.headers.length - 1);
    expect(sheet.validations).toHaveLength(plan.headers.length);
    expect(JSON.stringify(sheet.rows)).toBe(values);
    expect(JSON.stringify([...sheet.numberFormats])).toBe(formats);
    // Kept in the document, so that a later session removes exactly these.
    expect(book.settings[KEY]).toEqual(lists);
    expect(await createExcelPort(host.run).loadSelectionLists()).toEqual(lists);
    // Fjern markering does not take them.
    await port.clearHighlights();
    expect(sheet.validations).toHaveLength(plan.headers.length);
  });

  it('adding again replaces its own lists instead of taking them for the user’s', async () => {
    const { sheet, port, outcome } = await checked();
    const first = await addSelectionLists(port, outcome, nb);
    const again = await addSelectionLists(port, outcome, nb);
    expect(again).toEqual(first);
    expect(sheet.validations).toHaveLength(first.added.length + 1);
  });

  it('Fjern utvalgslister removes exactly what was added, leaves one the user has since replaced, and forgets the record', async () => {
    const { book, sheet, port, outcome } = await checked();
    const lists = await addSelectionLists(port, outcome, nb);
    const fase = sheet.validations.find((v) => v.area.left === 3)!;
    fase.prompt = { showPrompt: true, title: 'Min fase', message: 'Egen liste' };
    const done = await removeSelectionLists(port);
    expect(done.left).toEqual([lists.added.find((a) => a.field === 'fase')!.range]);
    expect(done.removed).toHaveLength(lists.added.length - 1);
    expect(sheet.validations.map((v) => v.area.left).sort()).toEqual([2, 3]);
    expect(book.settings[KEY]).toBeUndefined();
    expect(await port.loadSelectionLists()).toBeNull();
    expect(await removeSelectionLists(port)).toEqual({ removed: [], left: [] });
  });

  it('where the record cannot be saved, takes the lists out again and says so', async () => {
    const { host, sheet, port, outcome } = await checked();
    host.failSettingsSave();
    await expect(addSelectionLists(port, outcome, nb)).rejects.toThrow(nb.excel.settingsNotSaved);
    expect(sheet.validations).toHaveLength(1);
  });
});
