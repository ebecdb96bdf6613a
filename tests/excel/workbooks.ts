import { nb } from '../../src/i18n';
/** Workbooks and checks the Excel tests share; each test runs on every host profile (office-host/profiles). */
import { findProfile } from '../../src/domain/profiles';
import type { WorkbookGrid } from '../../src/table/grid';
import { checkWorkbook } from '../../src/table/check';
import { columnLetter } from '../../src/table/grid';
import { createExcelHost, type ExcelHost } from '../office-host/host';
import { PROFILES, type HostProfile } from '../office-host/profiles';
import { HostWorkbook, type HostSheet } from '../office-host/workbook';

/** For `describe.each`: the profile's name in the title, the profile as argument. */
export const EACH_PROFILE = PROFILES.map((p) => [p.name, p] as const);

export const HEADERS = [
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

/** A title row, headers in row 2 and `rows` tiltak from row 3; every 10th has two phases (an error in D). */
export function addTiltakSheet(book: HostWorkbook, rows: number, name = 'Tiltak'): HostSheet {
  const sheet = book.addSheet(name);
  sheet.set('A1', 'Behovsmelding 2024');
  HEADERS.forEach((h, c) => sheet.set(`${columnLetter(c)}2`, h));
  for (let i = 0; i < rows; i++) {
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
    values.forEach((v, c) => sheet.put(i + 2, c, { value: v }));
  }
  return sheet;
}

/**
 * A tiltak sheet of 3 rows on which the user has rules of their own: a list on Ordning (C) and a
 * number format on the amounts (I), which Legg til utvalgslister must leave as they are.
 */
export function addTiltakSheetWithOwnRules(book: HostWorkbook): HostSheet {
  const sheet = addTiltakSheet(book, 3);
  sheet.validations.push({
    area: { top: 2, left: 2, bottom: 50, right: 2 },
    rule: { list: { source: 'Rekom,Dekom' } },
    ignoreBlanks: true,
  });
  sheet.numberFormats.set('2:8', '0.00');
  return sheet;
}

/** A host on `profile` with a tiltak sheet of `rows` rows, installed as the global Excel and Office. */
export function tiltakHost(profile: HostProfile, rows = 20): { host: ExcelHost; sheet: HostSheet } {
  const book = new HostWorkbook();
  const sheet = addTiltakSheet(book, rows);
  const host = createExcelHost(profile, book);
  host.install();
  return { host, sheet };
}

const KN = findProfile('kompetansenettverk-2024')!;

export function check(grid: WorkbookGrid) {
  const r = checkWorkbook(grid, { profile: KN, today: '2023-11-01', texts: nb });
  return r.ok ? r.findings : [];
}

/** The add-in's own overlays on a sheet (conditional formats whose formula carries the marker). */
export function overlays(sheet: HostSheet) {
  return sheet.formats.filter((f) => f.formula?.includes('"Behovsmelding:'));
}

/** Polls until `done` (event handlers and dialogs run on their own); gives up after two seconds. */
export async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
}
