import { nb } from '../../src/i18n';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/table/grid';
import { readTiltakTable } from '../../src/table/read';

/** A sheet from rows of values, placed at A1 unless `origin` says otherwise. */
export function sheet(name: string, cells: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, cells, origin: { row: 0, col: 0 }, merges: [], tables: [], ...extra };
}

type ReadOptions = Omit<Parameters<typeof readTiltakTable>[1], 'texts'>;

/** The table read from a workbook with bokmål messages. */
export function read(wb: WorkbookGrid, options: ReadOptions = {}) {
  return readTiltakTable(wb, { texts: nb, ...options });
}

/** The table read from a workbook, failing the test with the message when there is none. */
export function readOk(wb: WorkbookGrid, options: ReadOptions = {}) {
  const result = read(wb, options);
  if (!result.ok) throw new Error(result.message);
  return result.table;
}

/** A typical header row and one filled row under it (columns A–O). */
export const HEADERS = [
  'Nr',
  'Tiltak',
  'Ordning',
  'Fase',
  'Hva skal gjøres',
  'Hvem gjør hva',
  'Kommuner',
  'UH',
  'Tilskudd eier',
  'Tilskudd UH',
  'Start',
  'Slutt',
  'Forankring',
  'Kollektive prosesser',
  'Lærerutdanning',
];

export const ROW: CellValue[] = [
  '1',
  'Lesing i alle fag',
  'Dekom',
  'Gjennomføring',
  'Skolebasert lesing',
  'USN leder, skolene deltar',
  'Drammen, Lier',
  'USN',
  '100 000',
  50000,
  'høst 2024',
  'vår 2025',
  'Ansatte og ledere',
  'Team',
  'Praksis',
];
