/**
 * The coordinator's overview in the pane (issue 22), in Chromium on the built pane in demo mode: a
 * folder picked as a coordinator has it, every file read and checked in Web Workers, the overview
 * handed over as the same workbook the command line writes from the same folder; files that
 * disagree about the round make the pane ask; Avbryt stops the run.
 */
import ExcelJS from 'exceljs';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { writeOwnerWorkbook } from '../oversikt/workbooks';
import { startHarness, type PaneHarness } from './harness';

const TODAY = '2023-11-01';
const FIXTURES = path.resolve(__dirname, '../oversikt/fixtures');
const reading = {
  tittel: 'Lesing i alle fag',
  beskrivelse: 'Lærerne arbeider med lesing i alle fag i lærende team, med veiledning fra UH.',
};

let harness: PaneHarness;
let work: string;

before(async () => {
  harness = await startHarness();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'oversikt-pane-'));
});

after(async () => {
  await harness?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** A coordinator's folder: a budget first in order, the same partnership from two programs, files that are no workbook. */
async function coordinatorFolder(dir: string): Promise<void> {
  fs.mkdirSync(path.join(dir, 'regional'), { recursive: true });
  const budget = new ExcelJS.Workbook();
  budget.addWorksheet('Budsjett').addRows([
    ['Post', 'Beløp'],
    ['Kurs', 10000],
  ]);
  await budget.xlsx.writeFile(path.join(dir, 'regional', 'budsjett.xlsx'));
  fs.copyFileSync(path.join(FIXTURES, 'ringerike-hole-openpyxl.xlsx'), path.join(dir, 'ringerike-hole.xlsx'));
  fs.copyFileSync(path.join(FIXTURES, 'ringerike-hole-libreoffice.ods'), path.join(dir, 'ringerike-hole.ods'));
  await writeOwnerWorkbook(path.join(dir, 'sandefjord.xlsx'), { partnerskap: 'Sandefjord', eiere: 'Sandefjord', tiltak: [reading] });
  await writeOwnerWorkbook(path.join(dir, 'tonsberg.xlsx'), {
    partnerskap: 'Tønsberg',
    eiere: 'Tønsberg',
    layout: 'titled',
    tiltak: [{ tittel: 'Digital dømmekraft', beskrivelse: 'Elevene lærer kildekritikk.', ordning: 'Desentralisert' }],
  });
  fs.writeFileSync(path.join(dir, 'soknad.docx'), 'PK\u0003\u0004 ikke en arbeidsbok');
  fs.writeFileSync(path.join(dir, '~$sandefjord.xlsx'), 'låst');
  fs.writeFileSync(path.join(dir, 'skadet.xlsx'), 'dette er ingen zip-fil');
}

/** Every sheet's values, row by row, as text: what a coordinator reads. */
async function sheetsOf(bytes: Buffer | Uint8Array): Promise<Record<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: Record<string, string[]> = {};
  wb.eachSheet((ws) => {
    const rows: string[] = [];
    ws.eachRow((row) =>
      rows.push(
        (row.values as ExcelJS.CellValue[])
          .slice(1)
          .map((v) => JSON.stringify(v && typeof v === 'object' && 'formula' in v ? { formula: v.formula } : v) ?? '')
          .join(' | '),
      ),
    );
    sheets[ws.name] = rows;
  });
  return sheets;
}

async function cliOverview(dir: string, ...extra: string[]) {
  const out = path.join(work, `cli-${path.basename(dir)}.xlsx`);
  const lines: string[] = [];
  const status = await main(['oversikt', dir, '--out', out, '--today', TODAY, ...extra], {
    out: (t) => lines.push(t),
    err: (t) => lines.push(t),
  });
  return { status, lines, bytes: fs.existsSync(out) ? fs.readFileSync(out) : undefined };
}

/** The demo pane at task-pane size on the given day, its overview section open; the Web Workers it starts are counted. */
async function openOverview() {
  const opened = await harness.open('/taskpane.html', { beforeLoad: (c) => c.clock.setFixedTime(`${TODAY}T10:00:00`) });
  await opened.page.setViewportSize({ width: 360, height: 800 });
  const workers: string[] = [];
  opened.page.on('worker', (w) => workers.push(w.url()));
  await opened.page.getByRole('button', { name: 'Oversikt over mange arbeidsbøker' }).click();
  return { ...opened, workers };
}

const live = (page: Page) => page.locator('main p[role="status"]');

test('a folder picked in the pane: every file accounted for, checked in Web Workers, the same overview workbook as the command line', async () => {
  const dir = path.join(work, 'innsendt');
  await coordinatorFolder(dir);
  const { page, errors, workers } = await openOverview();
  const download = page.waitForEvent('download');
  await page.locator('input[data-oversikt="folder"]').setInputFiles(dir);
  const file = await download;
  assert.equal(file.suggestedFilename(), 'oversikt.xlsx');
  const pane = await sheetsOf(fs.readFileSync((await file.path())!));
  assert.ok(
    workers.some((url) => url.endsWith('oversikt-worker.js')),
    `workers started: ${workers.join(', ')}`,
  );

  // What the pane says: the profile and why, the counts, the partnership met twice, every file not used.
  await page.getByText('Oversikten er lastet ned som oversikt.xlsx.').first().waitFor();
  const panel = page.locator('[data-oversikt="drop"]').locator('..');
  const said = await panel.innerText();
  assert.match(said, /Profil kompetansenettverk-2024: 4 av 5 filer peker på denne runden/);
  assert.match(said, /Partnerskapet «Ringerike og Hole» \(.+\) står i 2 filer: «ringerike-hole\.ods» og «ringerike-hole\.xlsx»/);
  const unused = await page.getByRole('list', { name: 'Filer som ikke gav noen melding' }).getByRole('listitem').allInnerTexts();
  assert.deepEqual(
    unused.map((line) => line.split(':')[0]),
    ['~$sandefjord.xlsx', 'regional/budsjett.xlsx', 'skadet.xlsx', 'soknad.docx'],
  );
  assert.equal(await live(page).innerText(), 'Oversikten er lastet ned som oversikt.xlsx.');

  // The command line over the same folder writes the same workbook, sheet by sheet, cell by cell.
  const cli = await cliOverview(dir);
  assert.equal(cli.status, 0, cli.lines.join('\n'));
  const expected = await sheetsOf(cli.bytes!);
  assert.deepEqual(Object.keys(pane), ['Oversikt', 'Funn', 'Felles tiltak', 'Filer']);
  assert.deepEqual(pane, expected);
  // Relative paths, every file of the folder on "Filer".
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f !== 'regional'))
    assert.ok(
      pane.Filer!.some((row) => row.startsWith(JSON.stringify(name))),
      `${name} on Filer:\n${pane.Filer!.join('\n')}`,
    );
  assert.deepEqual(errors, []);
});

test('files that point at different rounds: the pane asks, and the overview says the profile was chosen in the pane', async () => {
  const dir = path.join(work, 'blandet');
  fs.mkdirSync(dir);
  await writeOwnerWorkbook(path.join(dir, 'a.xlsx'), { partnerskap: 'A', eiere: 'Lier', tiltak: [reading] });
  await writeOwnerWorkbook(path.join(dir, 'b.xlsx'), {
    partnerskap: 'B',
    eiere: 'Asker',
    tiltak: [{ ...reading, ordning: 'Kollektiv kompetanseutvikling' }],
  });
  const { page, errors } = await openOverview();
  await page.locator('input[data-oversikt="files"]').setInputFiles([path.join(dir, 'a.xlsx'), path.join(dir, 'b.xlsx')]);
  const choice = page.getByRole('radiogroup');
  await choice.waitFor();
  assert.match(await live(page).innerText(), /^Filene peker på ulike runder: .+ Velg hvilken runde som gjelder for alle filene:$/);
  const labels = await choice
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent ?? ''));
  assert.equal(labels.length, 3);
  assert.ok(
    labels.every((l) => / \(passer 1 fil\)$/.test(l)),
    labels.join(' / '),
  );
  // The candidates as the command line names them, most files first, then the newer round.
  await choice.getByRole('radio').nth(1).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lag oversikten med denne profilen' }).click();
  const sheets = await sheetsOf(fs.readFileSync((await (await download).path())!));
  const profileLine = sheets.Oversikt!.find((row) => row.includes('Profil '))!;
  assert.match(profileLine, /Profil kompetansenettverk-2024: Valgt i panelet blant profilene filene passer\./);
  assert.deepEqual(errors, []);
});

test('Avbryt stops the overview while files are being checked: said, and nothing handed over', async () => {
  const dir = path.join(work, 'mange');
  fs.mkdirSync(dir);
  for (let i = 1; i <= 5; i++)
    await writeOwnerWorkbook(path.join(dir, `eier-${i}.xlsx`), { partnerskap: `Eier ${i}`, eiere: `Eier ${i}`, tiltak: [reading] });
  const { page, errors } = await openOverview();
  // The worker's script is held back until Avbryt is pressed: no file can finish before it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/oversikt-worker.js', async (route) => {
    await held;
    await route.continue();
  });
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.locator('input[data-oversikt="folder"]').setInputFiles(dir);
  await page.getByText('0 av 5 filer').waitFor();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  release();
  await page.getByText('Oversikten ble avbrutt.').first().waitFor();
  assert.equal(await live(page).innerText(), 'Oversikten ble avbrutt.');
  assert.equal(await page.getByRole('progressbar').count(), 0);
  // A new pick works after a cancel.
  await page.unroute('**/oversikt-worker.js');
  const download = page.waitForEvent('download');
  await page.locator('input[data-oversikt="folder"]').setInputFiles(dir);
  await download;
  assert.equal(downloads, 1);
  assert.deepEqual(errors, []);
});
