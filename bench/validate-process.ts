/**
 * One measured process: read and check workbooks with the named reader ("egen" or "exceljs"),
 * print the CLI's JSON. Started by bench/xlsx-read.ts as `node -r tsx/cjs -r bench/peak-memory.cjs`.
 */
import { nb } from '../src/i18n';
import { readFileSync } from 'node:fs';
import { fileReport } from '../src/cli/report';
import { findProfile } from '../src/domain/profiles';
import { checkWorkbook } from '../src/table/check';
import { readWorkbookGridSync } from '../src/xlsx/read';
import { exceljsWorkbookGrid } from '../tests/xlsx/exceljs-grid';

async function main(reader: string, files: string[]): Promise<void> {
  const profile = findProfile('kompetansenettverk-2024')!;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const grid = reader === 'exceljs' ? (await exceljsWorkbookGrid(bytes)).grid : readWorkbookGridSync(bytes);
    const result = checkWorkbook(grid, { profile, today: '2023-11-01', texts: nb });
    if (!result.ok) throw new Error(result.message);
    process.stdout.write(JSON.stringify(fileReport(file, profile.id, result.table, result.findings, result.summary)) + '\n');
  }
}

const [reader = 'egen', ...files] = process.argv.slice(2);
void main(reader, files);
