import { OfficeMockObject } from 'office-addin-mock';
import { createExcelPort } from '../../src/excel/port';
import { missingFeaturesMessage } from '../../src/excel/requirements';
import { isOverlayFormula } from '../../src/excel/highlight';
import { findProfile } from '../../src/domain/profiles';
import { checkWorkbook } from '../../src/table/check';
import { columnLetter } from '../../src/table/grid';
import { fakeRun, FakeWorkbook, type FakeSheet } from './fake-excel';

const HEADERS = [
  'Nr',
  'Tiltak',
  'Ordning',
  'Fase',
  'Beskrivelse',
  'Hvem gjør hva',
  'Kommuner',
  'UH',
  'Tilskudd eier',
  'Tilskudd UH',
  'Egenandel',
  'Oppstart',
  'Avslutning',
  'Forankring',
  'Kollektive prosesser',
  'Lærerutdanning',
];

/** A workbook with a title row, headers in row 2 and `rows` tiltak; every 10th has two phases. */
function workbook(rows: number): { book: FakeWorkbook; sheet: FakeSheet } {
  const book = new FakeWorkbook();
  const sheet = book.addSheet('Tiltak');
  sheet.set('A1', 'Behovsmelding 2024');
  HEADERS.forEach((h, c) => sheet.set(`${columnLetter(c)}2`, h));
  for (let i = 0; i < rows; i++) {
    const r = i + 3;
    const values = [
      String(i + 1),
      `Tiltak ${i + 1}`,
      'Regional',
      i % 10 === 0 ? 'Vurdering og gjennomføring' : 'Gjennomføring',
      'Skolebasert arbeid med samlinger',
      'Kommunen og UH',
      'Drammen, Lier',
      'USN',
      100000,
      50000,
      30000,
      'høst 2024',
      'vår 2025',
      'Ansatte og ledere er involvert',
      'Felles utprøving i team hele året',
      'Studenter har praksis i tiltaket',
    ];
    values.forEach((v, c) => sheet.set(`${columnLetter(c)}${r}`, v));
  }
  return { book, sheet };
}

/** Office itself, from office-addin-mock: requirement sets and document settings. */
function mockOffice(supported: (set: string, version: string) => boolean) {
  const store: Record<string, unknown> = {};
  const context = new OfficeMockObject({
    requirements: { isSetSupported: supported },
    document: {
      settings: {
        get: (key: string) => store[key] ?? null,
        set: (key: string, value: unknown) => void (store[key] = value),
        saveAsync: (callback: (r: { status: string }) => void) => callback({ status: 'succeeded' }),
      },
    },
  });
  (globalThis as { Office?: unknown }).Office = { context, AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } };
  return store;
}

beforeEach(() => mockOffice(() => true));

const profile = findProfile('kompetansenettverk-2024')!;
const check = (grid: Parameters<typeof checkWorkbook>[0]) => {
  const r = checkWorkbook(grid, { profile, today: '2023-11-01' });
  return r.ok ? r.findings : [];
};

describe('reading the workbook', () => {
  it('reads values, origin, errors and merges into the grid', async () => {
    const { book, sheet } = workbook(3);
    sheet.errors.add('J4');
    sheet.merges.push('C3:C5');
    const { run } = fakeRun(book);
    const grid = await createExcelPort(run).read();
    const s = grid.sheets[0]!;
    expect(s.origin).toEqual({ row: 0, col: 0 });
    expect(s.cells[1]![1]).toBe('Tiltak');
    expect(s.cells[2]![8]).toBe(100000);
    expect(s.cells[3]![9]).toEqual({ error: '#REF!' });
    expect(s.cells[0]![1]).toBeNull();
    expect(s.merges).toEqual([{ top: 2, left: 2, bottom: 4, right: 2 }]);
  });
});

describe('Valider: read, check and highlight', () => {
  it('marks the cells of each finding with an owned conditional format and leaves user formats alone', async () => {
    const { book, sheet } = workbook(20);
    const userFormat = { type: 'Custom', formula: '=A1>5', fill: '#00FF00', areas: ['I3:I22'] };
    sheet.formats.push(userFormat);
    sheet.fills.set('B3', '#FFFF00');
    const before = new Map(sheet.cells);
    const { run } = fakeRun(book);
    const findings = await createExcelPort(run).check(check);
    expect(findings.filter((f) => f.rule === 'phase-multiple').map((f) => f.cells[0])).toEqual(['D3', 'D13']);
    const owned = sheet.formats.filter((f) => isOverlayFormula(f.formula));
    expect(owned).toHaveLength(1); // errors only: one overlay for all error cells
    expect(owned[0]!.fill).toBe('#F8C9C4');
    expect(owned[0]!.areas).toEqual(expect.arrayContaining(['D3', 'D13']));
    expect(sheet.formats).toContain(userFormat);
    expect(sheet.cells).toEqual(before);
    expect(sheet.fills.get('B3')).toBe('#FFFF00');
  });

  it('replaces its previous highlights on the next Valider, and Fjern markering removes exactly its own', async () => {
    const { book, sheet } = workbook(20);
    const userFormat = { type: 'Custom', formula: '=A1>5', fill: '#00FF00', areas: ['I3:I22'] };
    sheet.formats.push(userFormat);
    const { run } = fakeRun(book);
    const port = createExcelPort(run);
    await port.check(check);
    sheet.set('D3', 'Gjennomføring');
    await port.check(check);
    const owned = sheet.formats.filter((f) => isOverlayFormula(f.formula));
    expect(owned).toHaveLength(1);
    expect(owned[0]!.areas).not.toContain('D3');
    expect(owned[0]!.areas).toContain('D13');
    await port.clearHighlights();
    expect(sheet.formats).toEqual([userFormat]);
  });

  it.each([
    [10, 2],
    [1000, 2],
  ])('needs %i rows → %i syncs per Valider once the structure is known', async (rows, syncs) => {
    const { book } = workbook(rows);
    const { run, stats } = fakeRun(book);
    const port = createExcelPort(run);
    await port.prepare();
    expect(stats.syncs).toBe(1);
    await port.check(check);
    expect(stats.syncs - 1).toBe(syncs);
  });

  it('reads 50 000 rows in chunks that stay under 4 MB each', async () => {
    const { book } = workbook(50_000);
    const { run, stats } = fakeRun(book);
    const port = createExcelPort(run);
    await port.prepare();
    const findings = await port.check(check);
    expect(findings.filter((f) => f.rule === 'phase-multiple')).toHaveLength(5000);
    expect(stats.largestResponse).toBeLessThan(4_000_000);
    // 2 syncs plus one per chunk: grows with chunks, not with rows one by one.
    expect(stats.syncs - 1).toBeGreaterThan(2);
    expect(stats.syncs - 1).toBeLessThan(60);
  });
});

describe('other actions', () => {
  it('selects the cells of a finding on its sheet', async () => {
    const { book } = workbook(3);
    const { run, stats } = fakeRun(book);
    await createExcelPort(run).select('Tiltak', ['D3', 'M3']);
    expect(stats.contexts[0]!.active).toBe('Tiltak');
    expect(stats.contexts[0]!.selected).toEqual({ sheet: 'Tiltak', areas: ['D3', 'M3'] });
  });

  it('creates the Partnerskap sheet with text values, never formulas', async () => {
    const { book } = workbook(1);
    const { run } = fakeRun(book);
    await createExcelPort(run).createPartnershipSheet([
      ['Partnerskap', 'Vest-Viken'],
      ['Telefon', '+47 99 99 99 99'],
    ]);
    const sheet = book.sheet('Partnerskap');
    expect(sheet.cells.get('B2')).toBe('+47 99 99 99 99');
    expect(sheet.numberFormats.get('B2')).toBe('@');
    await expect(createExcelPort(run).createPartnershipSheet([['Partnerskap', 'x']])).rejects.toThrow('finnes allerede');
  });
});

describe('Office requirement sets and settings', () => {
  it('reads merges only where ExcelApi 1.13 is there, and says what is missing', async () => {
    mockOffice((_set, version) => Number(version.split('.')[1]) <= 12);
    const { book, sheet } = workbook(2);
    sheet.merges.push('C3:C4');
    const grid = await createExcelPort(fakeRun(book).run).read();
    expect(grid.sheets[0]!.merges).toEqual([]);
    expect(missingFeaturesMessage(['read', 'merges'])).toBe(
      'Denne versjonen av Excel kan ikke lese sammenslåtte celler (krever ExcelApi 1.13). Oppdater Excel, eller bruk Excel på nettet.',
    );
    mockOffice(() => true);
    expect(missingFeaturesMessage()).toBeNull();
  });

  it('remembers column overrides in the document settings', async () => {
    const store = mockOffice(() => true);
    const port = createExcelPort(fakeRun(workbook(1).book).run);
    expect(await port.loadOverrides()).toBeNull();
    await port.saveOverrides({ tittel: 'C' });
    expect(store['behovsmelding.kolonner']).toEqual({ tittel: 'C' });
    expect(await port.loadOverrides()).toEqual({ tittel: 'C' });
  });
});
