/**
 * From the owner's workbook to what the owner sends: `melding --out --pdf` on a workbook with long
 * texts, and the PDF read back with PDF.js must hold every tiltak row and every amount of the
 * melding sheet the same command wrote (read back with our reader), and every word of the long
 * cells. The renderer's own tests (tests/melding/pdf-complete.test.ts) start from a melding
 * document; this one starts from the workbook, as the user does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nb } from '../../src/i18n';
import type { CellValue } from '../../src/table/grid';
import { readWorkbookGrid } from '../../src/xlsx/read';
import { writeOwnerWorkbook } from '../oversikt/workbooks';
import { numberedWords, pdfText, wordsTagged } from '../pdf-text';
import { tempDir } from './workbooks';

const BIN = resolve(__dirname, '../../bin/behovsmelding.js');

/** The rows of the melding sheet's tiltak table, from its header row to its Sum row (both included); empty rows are holes. */
function tiltakTable(cells: CellValue[][]): CellValue[][] {
  const header = cells.findIndex((row) => row?.[0] === 'Nr.');
  const sum = cells.findIndex((row, i) => i > header && row?.[0] === 'Sum');
  expect([header >= 0, sum > header]).toEqual([true, true]);
  return cells.slice(header, sum + 1);
}

describe('melding --pdf from a workbook with long texts', () => {
  it('puts every tiltak and every amount of the melding sheet in the PDF, and every word of every cell', async () => {
    const dir = tempDir();
    const description = numberedWords('besk', 5000);
    const unbroken = 'qxzw'.repeat(1000);
    const tiltak = [
      { tittel: 'Lesing i alle fag', beskrivelse: description, eier: 123451, uh: 65432, koordinator: 20003 },
      { tittel: 'Regning', beskrivelse: unbroken, eier: 200007, uh: 10009 },
      ...Array.from({ length: 30 }, (_, i) => ({
        tittel: `Tiltak nummer ${i + 3}`,
        beskrivelse: 'Kort',
        eier: 1011 * (i + 1),
        uh: 307 * (i + 1),
      })),
    ];
    const input = await writeOwnerWorkbook(join(dir, 'k.xlsx'), { partnerskap: 'Vest', eiere: 'Hole, Lier', tiltak });
    const r = spawnSync(
      process.execPath,
      [BIN, 'melding', input, '--out', join(dir, 'm.xlsx'), '--pdf', join(dir, 'm.pdf'), '--today', '2023-11-01'],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    const sheets = (await readWorkbookGrid(readFileSync(join(dir, 'm.xlsx')))).sheets;
    expect(sheets).toHaveLength(1);
    const table = tiltakTable(sheets[0]!.cells);
    const rows = table.slice(1, -1);
    expect(rows.map((row) => row[1])).toEqual(tiltak.map((t) => t.tittel));

    const text = pdfText(readFileSync(join(dir, 'm.pdf'))).replace(/\s+/g, ' ');
    const amounts = table.slice(1).flatMap((row) => row.filter((v): v is number => typeof v === 'number'));
    expect(amounts.length).toBeGreaterThan(4 * tiltak.length);
    expect(amounts.filter((n) => !text.includes(nb.format.nok(n))).map((n) => nb.format.nok(n))).toEqual([]);
    for (const row of rows) expect([row[1], text.includes(String(row[1]))]).toEqual([row[1], true]);
    const sums = table.at(-1)!.filter((v): v is number => typeof v === 'number');
    expect(text).toContain(`Sum ${sums.map((n) => nb.format.nok(n)).join(' ')}`);
    expect(wordsTagged(text, 'besk')).toEqual(wordsTagged(description, 'besk'));
    expect((text.match(/[qxzw]+/g) ?? []).join('')).toBe(unbroken);
  }, 120_000);
});
