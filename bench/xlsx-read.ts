import ExcelJS from 'exceljs';
import { readWorkbookGrid } from '../src/xlsx/read';
import { syntheticGrid } from './grid';
import { medianAsync } from './measure';

/** One large .xlsx into a grid (exceljs unzips and parses, then plain values are taken), in this process. */
export async function benchXlsxRead(): Promise<string[]> {
  const lines = ['Lese .xlsx til celler (readWorkbookGrid), median av 3:'];
  for (const rows of [1_000, 10_000]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tiltak');
    syntheticGrid(rows).sheets[0]!.cells.forEach((r) => ws.addRow(r));
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const time = await medianAsync(3, () => readWorkbookGrid(bytes));
    lines.push(
      `  ${String(rows).padStart(6)} rader (${(bytes.length / 1024).toFixed(0)} KB): ${time.toFixed(0)} ms (${(time / (rows / 1000)).toFixed(1)} ms per 1000 rader)`,
    );
  }
  return lines;
}
