import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh folder under the system's temp folder, removed after the test file that asked for it. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'behovsmelding-cli-'));
  made.push(dir);
  return dir;
}

// Jest evaluates this module once per test file, so the hook belongs to that file.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export const HEADERS = [
  'Tiltak',
  'Ordning',
  'Fase',
  'Beskrivelse',
  'Hvem gjør hva',
  'Eiere',
  'UH',
  'Tilskudd eier',
  'Tilskudd UH',
  'Start',
  'Slutt',
  'Forankring',
  'Kollektive prosesser',
  'Lærerutdanning',
];

export const GOOD: Array<string | number> = [
  'Lesing i alle fag',
  'Regional',
  'Gjennomføring',
  'Skolebasert arbeid med lesing',
  'Kommunen organiserer, UH veileder',
  'Drammen, Lier',
  'USN',
  100000,
  50000,
  'høst 2024',
  'vår 2025',
  'Ansatte og ledere har kartlagt behovet',
  'Hele personalet arbeider i lærende team',
  'Studenter har praksis i tiltaket hele året',
];

export const PARTNERSKAP: Array<[string, string]> = [
  ['Partnerskap', 'Vest'],
  ['Kontaktperson', 'Kari Nordmann'],
  ['Skriftlig avtale', 'ja'],
  ['Avtale – hvem', 'Drammen, Lier og USN'],
  ['Avtale – hva', 'Lesing'],
  ['Avtale – når', '2024–2025'],
];

/** Writes a workbook: `build` fills it; a Partnerskap sheet is added unless told otherwise. */
export async function writeWorkbook(file: string, build: (wb: ExcelJS.Workbook) => void, partnership = true): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  if (partnership) {
    const p = wb.addWorksheet('Partnerskap');
    PARTNERSKAP.forEach(([label, value]) => p.addRow([label, value]));
  }
  await wb.xlsx.writeFile(file);
  return file;
}
