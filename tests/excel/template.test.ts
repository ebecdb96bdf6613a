import { createExcelPort } from '../../src/excel/port';
import { writeTemplate } from '../../src/excel/template';
import { PROFILE_CARRIER_SHEET } from '../../src/domain/profile-carrier';
import { findProfile, PROFILES } from '../../src/domain/profiles';
import { textsFor } from '../../src/i18n/all';
import { templateSpec } from '../../src/sheet/template/template';
import { checkWorkbookChoosing, profileCarriedBy } from '../../src/table/check';
import { createExcelHost } from '../office-host/host';
import { HostWorkbook, parseA1 } from '../office-host/workbook';
import { EACH_PROFILE } from './workbooks';

const KN24 = findProfile('kompetansenettverk-2024')!;

/** "Lag mal" in a new workbook: its one empty sheet, then the template through Office.js. */
async function made(profile: (typeof EACH_PROFILE)[number][1], language: 'nb' | 'nn' = 'nb') {
  const book = new HostWorkbook();
  book.addSheet('Ark1');
  const host = createExcelHost(profile, book);
  host.install();
  const spec = templateSpec(KN24, { kind: 'builtin', id: KN24.id }, textsFor(language));
  await host.run((context) => writeTemplate(context, spec));
  return { host, spec };
}

describe.each(EACH_PROFILE)('Lag mal through Office.js on %s', (_name, profile) => {
  it('adds the sheets, the table, the frozen header and hides the profile sheet', async () => {
    const { host, spec } = await made(profile);
    expect(host.book.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Ark1', 'Visible'],
      ['Tiltak', 'Visible'],
      ['Partnerskap', 'Visible'],
      ['Veiledning', 'Visible'],
      [PROFILE_CARRIER_SHEET, 'VeryHidden'],
    ]);
    expect(host.book.tables.map((t) => [t.name, t.sheet.name, t.area, t.style])).toEqual([
      ['Tiltakstabell', 'Tiltak', parseA1(spec.sheets[0]!.table!.range), 'TableStyleMedium2'],
    ]);
    expect(host.book.sheet('Tiltak').freezeRows).toBe(1);
    expect(host.state.activeSheet).toBe('Tiltak');
    expect(host.book.sheet('Tiltak').numberFormats.get('499:11')).toBe('#,##0 "kr"');
  });

  it('sets every validation of the description, with its rule, input message and alert', async () => {
    const { host, spec } = await made(profile);
    for (const sheet of spec.sheets) {
      const inHost = host.book.sheet(sheet.name).validations;
      expect(inHost).toHaveLength(sheet.validations.length);
      for (const v of sheet.validations) {
        const hv = inHost.find((x) => JSON.stringify(x.area) === JSON.stringify(parseA1(v.range)))!;
        expect(hv.prompt).toEqual({ showPrompt: true, title: v.prompt.title, message: v.prompt.message });
        const rule = v.rule;
        const expected =
          rule.kind === 'any'
            ? undefined
            : rule.kind === 'list'
              ? { list: { inCellDropDown: true, source: rule.values.join(',') } }
              : rule.kind === 'wholeNumber'
                ? { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } }
                : rule.kind === 'date'
                  ? { date: { formula1: '1990-01-01', formula2: '2100-12-31', operator: 'Between' } }
                  : { custom: { formula: `=${rule.formula}` } };
        expect(hv.rule).toEqual(expected);
        if (v.error)
          expect(hv.errorAlert).toEqual({
            showAlert: true,
            style: v.error.style === 'stop' ? 'Stop' : 'Warning',
            title: v.error.title,
            message: v.error.message,
          });
      }
    }
  });

  it('reads back through the pane’s own read: the profile it carries, and no tiltak yet', async () => {
    const { host } = await made(profile, 'nn');
    const grid = await createExcelPort(host.run).read();
    expect(profileCarriedBy(grid)).toEqual({ stored: { kind: 'builtin', id: KN24.id }, language: 'nn' });
    const result = checkWorkbookChoosing(grid, { profiles: PROFILES, today: '2023-12-01', texts: textsFor('nb') });
    expect(result.choice.profile.id).toBe(KN24.id);
    expect(result.ok && result.findings.map((f) => f.rule)).toEqual(['no-measures']);
  });

  it('opens the pane in the language the template carries, until the user chooses one', async () => {
    const { host } = await made(profile, 'nn');
    const port = createExcelPort(host.run);
    expect(await port.loadLanguage()).toBe('nn');
    await port.saveLanguage('nb');
    expect(await createExcelPort(host.run).loadLanguage()).toBe('nb');
  });

  it('finds no carried language in a workbook without a template', async () => {
    const book = new HostWorkbook();
    book.addSheet('Ark1');
    const host = createExcelHost(profile, book);
    host.install();
    expect(await createExcelPort(host.run).loadLanguage()).toBeNull();
  });
});
