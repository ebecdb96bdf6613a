/** The simulated host itself: what it enforces as Excel does, through the real Office.js client. */
import { apiSetTable } from './api-set-source';
import { parseApiSets } from './api-sets';
import { createExcelHost } from './host';
import { EXCEL_2021, EXCEL_2024, EXCEL_OLDEST, EXCEL_WEB, PROFILES, withExcelApi } from './profiles';
import { reopen } from './reopen';
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
    expect(table.get('Range.untagged')).toBeUndefined();
    expect(table.get('Range.select')).toEqual({ set: 'ExcelApi', minor: 1 });
    expect(table.has('Range.untagged')).toBe(false);
  });

  it('knows the members the add-in depends on, as the installed types annotate them', () => {
    const table = apiSetTable();
    expect(table.get('RangeAreas.select')).toEqual({ set: 'ExcelApi', minor: 18 });
    expect(table.get('ConditionalFormatCollection.getItemOrNullObject')).toEqual({ set: 'ExcelApi', minor: 14 });
    expect(table.get('Worksheet.getRanges')).toEqual({ set: 'ExcelApi', minor: 9 });
    // A setter that came later than its getter.
    expect(table.get('Worksheet.visibility')).toEqual({ set: 'ExcelApi', minor: 1, setMinor: 2 });
    expect(table.get('Application.calculationMode')).toEqual({ set: 'ExcelApi', minor: 1, setMinor: 8 });
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

/** One request on the host, its error code or 'ok'. */
async function outcome(host: ReturnType<typeof hostWith>, batch: (context: Excel.RequestContext) => void): Promise<string> {
  return host
    .run(async (context) => {
      batch(context);
      await context.sync();
    })
    .then(
      () => 'ok',
      (e: { code?: string }) => e.code ?? 'no code',
    );
}

describe('the host, as strict as Excel where Excel is documented or reported', () => {
  it('refuses a property set whose setter needs a later set than its getter', async () => {
    const host = hostWith(withExcelApi(EXCEL_2021, 1));
    const read = await outcome(host, (context) => void context.workbook.worksheets.getItem('Ark1').load('visibility'));
    const write = await outcome(host, (context) => void (context.workbook.worksheets.getItem('Ark1').visibility = 'Visible'));
    expect([read, write]).toEqual(['ok', 'ApiNotFound']);
  });

  it('refuses getRanges with an address of more than 8 000 characters (office-js #5198)', async () => {
    const host = hostWith();
    const cells = (n: number) => Array.from({ length: n }, (_, i) => `A${i + 1}`).join(',');
    const select = (address: string) =>
      outcome(host, (context) => context.workbook.worksheets.getItem('Ark1').getRanges(address).load('address'));
    expect(cells(1600).length).toBeGreaterThan(8000);
    expect([await select(cells(1000)), await select(cells(1600))]).toEqual(['ok', 'InvalidArgument']);
  });

  it('returns only merged areas whose top-left cell lies in the range (office-js #3611)', async () => {
    const host = hostWith();
    host.book.sheet('Ark1').merges.push({ top: 0, left: 0, bottom: 2, right: 1 }, { top: 4, left: 1, bottom: 4, right: 2 });
    const merged = (address: string) =>
      host.run(async (context) => {
        const areas = context.workbook.worksheets.getItem('Ark1').getRange(address).getMergedAreasOrNullObject().load('address');
        await context.sync();
        return areas.isNullObject ? null : areas.address;
      });
    expect(await merged('B2:C5')).toBe('Ark1!B5:C5');
    expect(await merged('B2:C4')).toBeNull();
  });

  it('sends triggerSource from ExcelApi 1.14 only, and no change event for a drop-down pick on the web (office-js #3888)', async () => {
    const events = async (profile: typeof EXCEL_WEB, act: (host: ReturnType<typeof hostWith>) => void) => {
      const host = hostWith(profile);
      const seen: Array<{ triggerSource?: string }> = [];
      await host.run(async (context) => {
        context.workbook.worksheets.onChanged.add(async (e) => void seen.push({ triggerSource: e.triggerSource }));
        await context.sync();
      });
      act(host);
      await host.settled();
      return seen;
    };
    expect(await events(EXCEL_OLDEST, (h) => h.userEdit('Ark1', 'A2', 'x'))).toEqual([{ triggerSource: undefined }]);
    expect(await events(EXCEL_2021, (h) => h.userEdit('Ark1', 'A2', 'x'))).toEqual([{ triggerSource: 'Others' }]);
    expect(await events(EXCEL_2021, (h) => h.userPick('Ark1', 'A2', 'x'))).toHaveLength(1);
    expect(await events(EXCEL_WEB, (h) => h.userPick('Ark1', 'A2', 'x'))).toEqual([]);
  });

  it('fails a request during cell editing even with delayForCellEdit where the client lacks the set DelayForCellEdit', async () => {
    const host = hostWith(EXCEL_OLDEST);
    host.beginCellEdit();
    const read = outcome(host, (context) => void context.workbook.worksheets.getItem('Ark1').getRange('A1').load('values'));
    await expect(read).resolves.toBe('InvalidOperationInCellEditMode');
    host.endCellEdit();
  });

  it('gives each runtime its own settings copy; a save writes the whole copy over the document’s, and can fail', async () => {
    const pane = hostWith();
    const ribbon = createExcelHost(EXCEL_WEB, pane.book);
    const save = (host: typeof pane, key: string) =>
      new Promise<string>((resolve) => {
        host.Office.context.document.settings.set(key, true);
        host.Office.context.document.settings.saveAsync((r) => resolve(String(r.status)));
      });
    expect(await save(pane, 'pane')).toBe('succeeded');
    expect(ribbon.Office.context.document.settings.get('pane')).toBeNull();
    expect(await save(ribbon, 'ribbon')).toBe('succeeded');
    expect(pane.book.settings).toEqual({ ribbon: true });
    pane.failSettingsSave();
    expect(await save(pane, 'again')).toBe('failed');
    expect(pane.book.settings).toEqual({ ribbon: true });
    expect(pane.stats.settingsSaves).toBe(1);
  });

  it('hands out new sheet and conditional-format ids on reopen; cells, formats and saved settings stay', () => {
    const book = new HostWorkbook();
    const sheet = book.addSheet('Tiltak').set('B2', 'x');
    sheet.formats.push({ id: book.newId('cf'), type: 'Custom', formula: '=1', areas: [{ top: 1, left: 1, bottom: 1, right: 1 }] });
    sheet.formats.push({ id: book.newId('cf'), type: 'Custom', formula: '=2', areas: [{ top: 1, left: 1, bottom: 1, right: 1 }] });
    book.settings.a = 1;
    const again = reopen(book);
    const next = again.sheet('Tiltak');
    expect(next.id).not.toBe(sheet.id);
    expect(reopen(book, { sheetIds: 'kept' }).sheet('Tiltak').id).toBe(sheet.id);
    expect(next.get('B2')).toBe('x');
    expect(next.formats.map((f) => f.formula)).toEqual(['=1', '=2']);
    // Renumbered from the lowest priority up: the old id of '=1' now names '=2'.
    expect(next.formats.find((f) => f.id === sheet.formats[0]!.id)?.formula).toBe('=2');
    expect(again.settings).toEqual({ a: 1 });
  });

  it('refuses Excel.createWorkbook under the extension-hardening policy (office-js #3568) with InvalidOperation', async () => {
    for (const profile of [EXCEL_2021, EXCEL_WEB]) {
      const host = hostWith(profile);
      host.blockCreateWorkbook();
      await expect(host.Excel.createWorkbook('UEs=')).rejects.toMatchObject({ code: 'InvalidOperation' });
      expect(host.state.opened).toEqual([]);
    }
  });

  it('keeps the user’s undo list through the add-in’s writes from ExcelApi 1.20, clears it before, and on every settings save', async () => {
    for (const profile of PROFILES) {
      const host = hostWith(profile);
      host.userEdit('Ark1', 'A2', 'x');
      await outcome(host, (context) => void context.workbook.worksheets.getItem('Ark1').getRange('A1').load('values'));
      expect(host.undoList()).toEqual(['Ark1!A2']);
      await outcome(host, (context) => void (context.workbook.worksheets.getItem('Ark1').getRange('B1').values = [['y']]));
      expect(host.undoList().includes('Ark1!A2')).toBe(profile.excelApi >= 20);
      host.userEdit('Ark1', 'A3', 'z');
      await new Promise((resolve) => host.Office.context.document.settings.saveAsync(resolve));
      expect(host.undoList()).toEqual([]);
    }
  });
});
