import { makeTemplate, templatePlace } from '../../src/app/template';
import { PROFILE_CARRIER_SHEET } from '../../src/domain/profile-carrier';
import { findProfile, PROFILES } from '../../src/domain/profiles';
import { createExcelPort } from '../../src/excel/port';
import { textsFor } from '../../src/i18n/all';
import { checkWorkbookChoosing, profileCarriedBy } from '../../src/table/check';
import type { SheetGrid } from '../../src/table/grid';
import { readWorkbookGridSync } from '../../src/xlsx/read';
import { createExcelHost } from '../office-host/host';
import { onPlatform } from '../office-host/profiles';
import { HostWorkbook } from '../office-host/workbook';
import { addTiltakSheet, EACH_PROFILE } from '../excel/workbooks';

const nb = textsFor('nb');
const KK26 = findProfile('kollektiv-kompetanseutvikling-2026')!;
const CREATED = new Date('2026-01-05T10:00:00Z');
const NAMES = ['Tiltak', 'Partnerskap', 'Veiledning', PROFILE_CARRIER_SHEET];

const sheet = (name: string, cells: SheetGrid['cells'], tables: SheetGrid['tables'] = []): SheetGrid => ({
  name,
  cells,
  origin: { row: 0, col: 0 },
  merges: [],
  tables,
});

describe('templatePlace', () => {
  it('puts the template into a workbook whose sheets hold nothing, else into a new one', () => {
    expect(templatePlace({ sheets: [sheet('Ark1', []), sheet('Ark2', [[null, ''], []])] }, NAMES)).toBe('here');
    expect(templatePlace({ sheets: [sheet('Ark1', []), sheet('Ark2', [[null, 0]])] }, NAMES)).toBe('new');
    // An empty sheet with a name the template needs, or an empty table: not free.
    expect(templatePlace({ sheets: [sheet('tiltak', [])] }, NAMES)).toBe('new');
    expect(
      templatePlace({ sheets: [sheet('Ark1', [], [{ name: 'T', range: { top: 0, left: 0, bottom: 1, right: 1 } } as never])] }, NAMES),
    ).toBe('new');
  });
});

describe.each(EACH_PROFILE)('Lag mal through the Excel port on %s', (_name, base) => {
  it('in an empty workbook: adds the template’s sheets, which carry the profile and give only no-measures', async () => {
    const book = new HostWorkbook();
    book.addSheet('Ark1');
    const host = createExcelHost(base, book);
    host.install();
    const port = createExcelPort(host.run);
    const made = await makeTemplate(port, { profile: KK26, stored: { kind: 'builtin', id: KK26.id }, texts: nb, created: CREATED });
    expect(made).toEqual({ place: 'here', sheets: ['Tiltak', 'Partnerskap', 'Veiledning'] });
    expect(book.sheets.map((s) => s.name)).toEqual(['Ark1', ...NAMES]);
    expect(host.state.opened).toEqual([]);
    const grid = await port.read();
    expect(profileCarriedBy(grid)?.stored).toEqual({ kind: 'builtin', id: KK26.id });
    const checked = checkWorkbookChoosing(grid, { profiles: PROFILES, today: '2026-01-05', texts: nb });
    expect(checked.choice.profile.id).toBe(KK26.id);
    expect(checked.ok && checked.findings.map((f) => f.rule).filter((r) => r !== 'deadline-passed')).toEqual(['no-measures']);
  });

  it('in a workbook with content: opens the template as a new workbook and leaves this one as it was', async () => {
    const book = new HostWorkbook();
    const user = addTiltakSheet(book, 3);
    const before = JSON.stringify(user.rows);
    const host = createExcelHost(onPlatform(base, 'PC'), book);
    host.install();
    // The port speaks the pane's language (setTexts), as the template does.
    const nn = textsFor('nn');
    const json = JSON.stringify(KK26);
    const made = await makeTemplate(createExcelPort(host.run, undefined, nn), {
      profile: KK26,
      stored: { kind: 'file', json },
      texts: nn,
      created: CREATED,
    });
    expect(made.place).toBe('new');
    expect(made.place === 'new' && made.message).toMatch(/^Malen er opna som ei ny arbeidsbok.*Denne arbeidsboka er ikkje endra/);
    expect(book.sheets.map((s) => s.name)).toEqual(['Tiltak']);
    expect(JSON.stringify(user.rows)).toBe(before);
    // The workbook Excel was asked to open is the template, in nynorsk, carrying the profile file.
    expect(host.state.opened).toHaveLength(1);
    const opened = readWorkbookGridSync(Buffer.from(host.state.opened[0]!, 'base64'));
    expect(opened.sheets.map((s) => s.name)).toEqual(['Tiltak', 'Partnerskap', 'Rettleiing', PROFILE_CARRIER_SHEET]);
    expect(profileCarriedBy(opened)).toEqual({ stored: { kind: 'file', json }, language: 'nn' });
  });

  it('where Excel refuses a new workbook, says to make the template in an empty one; nothing is written', async () => {
    const book = new HostWorkbook();
    addTiltakSheet(book, 2);
    const host = createExcelHost(onPlatform(base, 'PC'), book);
    host.install();
    host.blockCreateWorkbook();
    const made = await makeTemplate(createExcelPort(host.run), {
      profile: KK26,
      stored: { kind: 'builtin', id: KK26.id },
      texts: nb,
      created: CREATED,
    });
    expect(made.place === 'new' && made.message).toMatch(/^Excel tillot ikke å åpne malen.*ikke endret.*tom arbeidsbok.*Lag mal\.$/);
    expect(book.sheets.map((s) => s.name)).toEqual(['Tiltak']);
  });
});
