/** The simulated host itself: what it enforces as Excel does, through the real Office.js client. */
import { parseApiSets, apiSetTable } from './api-sets';
import { createExcelHost } from './host';
import { EXCEL_2021, EXCEL_2024, EXCEL_WEB, PROFILES } from './profiles';
import { HostWorkbook } from './workbook';

function hostWith(profile = EXCEL_WEB) {
  const book = new HostWorkbook();
  book.addSheet('Ark1').set('A1', 'a');
  const host = createExcelHost(profile, book);
  host.install();
  return host;
}

describe('requirement sets from @types/office-js', () => {
  it('reads each member’s set from its annotation, overloads at their earliest', () => {
    const table = parseApiSets(
      [
        'declare namespace Excel {',
        '    class Range extends OfficeExtension.ClientObject {',
        '        /**',
        '         * [Api set: ExcelApi 1.13]',
        '         */',
        '        getMergedAreasOrNullObject(): Excel.RangeAreas;',
        '        /** [Api set: ExcelApi 1.9] */',
        '        select(): void;',
        '        /** [Api set: ExcelApi 1.1] */',
        '        select(): void;',
        '        readonly untagged: string;',
        '    }',
        '}',
      ].join('\n'),
    );
    expect(table.get('Range.getMergedAreasOrNullObject')).toEqual({ set: 'ExcelApi', minor: 13 });
    expect(table.get('Range.select')).toEqual({ set: 'ExcelApi', minor: 1 });
    expect(table.has('Range.untagged')).toBe(false);
  });

  it('knows the members the add-in depends on, as the installed types annotate them', () => {
    const table = apiSetTable();
    expect(table.get('RangeAreas.select')).toEqual({ set: 'ExcelApi', minor: 18 });
    expect(table.get('ConditionalFormatCollection.getItemOrNullObject')).toEqual({ set: 'ExcelApi', minor: 14 });
    expect(table.get('Worksheet.getRanges')).toEqual({ set: 'ExcelApi', minor: 9 });
  });
});

describe('the host', () => {
  const selectAreas = (host: ReturnType<typeof hostWith>) =>
    host.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRanges('A1,B2').select();
      await context.sync();
    });

  it.each([EXCEL_2021, EXCEL_2024].map((p) => [p.name, p] as const))(
    'refuses a member above the profile’s ExcelApi with ApiNotFound (%s)',
    async (_n, profile) => {
      await expect(selectAreas(hostWith(profile))).rejects.toMatchObject({ code: 'ApiNotFound' });
    },
  );

  it('takes the member where the set is there', async () => {
    const web = hostWith(EXCEL_WEB);
    await selectAreas(web);
    expect(web.state.selection).toEqual({ sheet: 'Ark1', address: 'A1,B2' });
  });

  it('answers isSetSupported by number: 1.9 is below 1.14', () => {
    const host = hostWith(EXCEL_2021);
    expect(host.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(host.Office.context.requirements.isSetSupported('ExcelApi', '1.14')).toBe(true);
    expect(host.Office.context.requirements.isSetSupported('ExcelApi', '1.15')).toBe(false);
  });

  it('refuses a second sheet of the same name, ignoring case', async () => {
    const host = hostWith();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.add('ark1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('applies the actions before a failing one, as Excel does (no rollback)', async () => {
    const host = hostWith();
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Ark1').getRange('B1').values = [['før']];
        context.workbook.worksheets.getItem('Finnes ikke').getRange('A1').values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(host.book.sheet('Ark1').get('B1')).toBe('før');
  });

  it('refuses a request over 5 MB on the web only', async () => {
    const big = Array.from({ length: 3000 }, () => ['x'.repeat(2000)]);
    const write = (host: ReturnType<typeof hostWith>) =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Ark1').getRange('A1:A3000').values = big;
        await context.sync();
      });
    await expect(write(hostWith(EXCEL_WEB))).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const desktop = hostWith(EXCEL_2024);
    await write(desktop);
    expect(desktop.stats.largestRequest()).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('puts a new conditional format at the top priority, as the API reference says', async () => {
    const host = hostWith();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRange('A1:A3');
      range.conditionalFormats.add('Custom').custom.rule.formula = '=1';
      range.conditionalFormats.add('Custom').custom.rule.formula = '=2';
      await context.sync();
    });
    expect(
      host.book
        .sheet('Ark1')
        .formatsAt('A2')
        .map((f) => f.formula),
    ).toEqual(['=2', '=1']);
  });

  it('answers a null object for an empty sheet’s used range, and refuses to go on from it', async () => {
    const host = hostWith();
    host.book.addSheet('Tom');
    const empty = await host.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Tom').getUsedRangeOrNullObject(true);
      await context.sync();
      return used.isNullObject;
    });
    expect(empty).toBe(true);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Tom').getUsedRangeOrNullObject(true).getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it.each(PROFILES.map((p) => [p.name, p] as const))(
    'fails a request while the user edits a cell, unless it asks to wait (%s)',
    async (_n, profile) => {
      const host = hostWith(profile);
      host.beginCellEdit();
      const read = (options?: Excel.RunOptions) =>
        host.run(async (context) => {
          const r = context.workbook.worksheets.getItem('Ark1').getRange('A1').load('values');
          await context.sync();
          return r.values;
        }, options);
      await expect(read()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
      const waiting = read({ delayForCellEdit: true });
      host.endCellEdit();
      await expect(waiting).resolves.toEqual([['a']]);
    },
  );
});
