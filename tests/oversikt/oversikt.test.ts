import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../cli/workbooks';
import { writeOwnerWorkbook } from './workbooks';

/** End to end through the real command line (bin/behovsmelding.js, worker threads and all). */
const BIN = resolve(__dirname, '../../bin/behovsmelding.js');
function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'oversikt', ...args, '--today', '2023-11-01'], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface OversiktJson {
  profile: string;
  profileReason: string;
  files: Array<{ file: string; ok: boolean; message?: string }>;
  meldinger: Array<Record<string, unknown> & { file: string; status: string }>;
  felles: Array<{ tiltak: Array<{ file: string; row: number; tittel: string }>; grunn: string }>;
}

const root = tempDir();
const inbox = join(root, 'innsendt');
/** Files are shown relative to the folder given. */
const F = (name: string) => name;

beforeAll(async () => {
  mkdirSync(join(inbox, 'runde-2'), { recursive: true });
  await writeOwnerWorkbook(join(inbox, 'drammen.xlsx'), {
    partnerskap: 'Drammen',
    eiere: 'Drammen',
    tiltak: [
      { tittel: 'Lesing i alle fag', beskrivelse: 'Lærerne arbeider med lesing i alle fag i lærende team, med veiledning fra UH.' },
      {
        tittel: 'Matematikk på mellomtrinnet',
        beskrivelse: 'Praktisk regning og utforskende matematikkundervisning med konkreter.',
        eier: 200000,
      },
    ],
  });
  await writeOwnerWorkbook(join(inbox, 'asker.xlsx'), {
    partnerskap: 'Asker',
    eiere: 'Asker',
    layout: 'titled',
    tiltak: [
      {
        tittel: 'Leseopplæring i fagene',
        beskrivelse: 'Skolene styrker elevenes lesing i fagene; lærerne arbeider i team med veiledning.',
      },
      { tittel: 'Digital dømmekraft', beskrivelse: 'Elevene lærer kildekritikk og trygg bruk av nett og skjerm.' },
    ],
  });
  // Coordinator funds over the 30 % cap: a draft with the cap marked.
  await writeOwnerWorkbook(join(inbox, 'runde-2', 'lier.xlsx'), {
    partnerskap: 'Lier og Røyken',
    eiere: 'Lier, Røyken',
    layout: 'table',
    tiltak: [
      {
        tittel: 'Inkluderende barnehagemiljø',
        beskrivelse: 'Barnehagene utvikler et trygt og inkluderende miljø og forebygger mobbing.',
        fase: 'Planlegging',
        koordinator: 50000,
      },
    ],
  });
  // Written by openpyxl (tests/oversikt/fixtures/make-openpyxl.py): a third reading tiltak.
  copyFileSync(resolve(__dirname, 'fixtures/modum-openpyxl.xlsx'), join(inbox, 'runde-2', 'modum.xlsx'));
  // Saved by LibreOffice Calc (fixtures/make-libreoffice.sh), without a Partnerskap sheet.
  copyFileSync(resolve(__dirname, 'fixtures/hole-libreoffice.xlsx'), join(inbox, 'hole.xlsx'));
  copyFileSync(resolve(__dirname, '../../assets/eksempel.xlsx'), join(inbox, 'vest-viken.xlsx'));
  // Files that cannot be used, and files that are not workbooks at all (left out).
  writeFileSync(join(inbox, 'tom.xlsx'), 'ikke en arbeidsbok');
  writeFileSync(join(inbox, 'gammel.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  const zip = new JSZip().file('les-meg.txt', 'ingen ark her');
  writeFileSync(join(inbox, 'pakke.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
  const noHeader = new ExcelJS.Workbook();
  noHeader.addWorksheet('Ark1').addRow(['Handleliste', 'melk', 'brød']);
  await noHeader.xlsx.writeFile(join(inbox, 'runde-2', 'handleliste.xlsx'));
  writeFileSync(join(inbox, 'notater.txt'), 'ikke en arbeidsbok');
  writeFileSync(join(inbox, '~$drammen.xlsx'), 'Excels låsefil');
}, 30000);

describe('behovsmelding oversikt over a folder', () => {
  let json: OversiktJson;
  let run: ReturnType<typeof cli>;

  beforeAll(() => {
    run = cli(root, 'innsendt', '--json', '--out', 'oversikt.xlsx');
    json = JSON.parse(run.stdout) as OversiktJson;
  }, 60000);

  test('every file in the folder and its subfolders is accounted for: used, or with the sentence why not', () => {
    expect(json.files.map((f) => f.file)).toEqual(
      [
        'asker.xlsx',
        'drammen.xlsx',
        'gammel.xls',
        'hole.xlsx',
        'notater.txt',
        'pakke.xlsx',
        'runde-2/handleliste.xlsx',
        'runde-2/lier.xlsx',
        'runde-2/modum.xlsx',
        'tom.xlsx',
        'vest-viken.xlsx',
        '~$drammen.xlsx',
      ].sort((a, b) => a.localeCompare(b, 'nb')),
    );
    const unusable = json.files.filter((f) => !f.ok);
    expect(unusable.map((f) => f.file).sort()).toEqual(
      ['gammel.xls', 'notater.txt', 'pakke.xlsx', 'runde-2/handleliste.xlsx', 'tom.xlsx', '~$drammen.xlsx'].sort(),
    );
    for (const f of unusable) expect(f.message).toMatch(/^\S.*[.]$/);
    expect(unusable.find((f) => f.file === F('gammel.xls'))!.message).toContain('.xlsx');
    expect(unusable.find((f) => f.file === 'notater.txt')!.message).toBe(
      'Ikke en arbeidsbok (.xlsx, .xlsm, .ods eller .csv); hoppet over.',
    );
    expect(unusable.find((f) => f.file === '~$drammen.xlsx')!.message).toMatch(/^Låsefil fra Excel/);
    // Each unusable file's sentence also reaches stderr, so a script reading only stdout is not alone.
    for (const f of unusable) expect(run.stderr).toContain(f.message);
  });

  test('the JSON document has exactly the shape CONTRACT.md gives', () => {
    expect(Object.keys(json).sort()).toEqual(['felles', 'files', 'meldinger', 'profile', 'profileReason']);
    expect(json.profile).toBe('kompetansenettverk-2024');
    expect(json.profileReason).toBe(
      '6 av 7 filer peker på denne runden (ordningene i tabellen eller profilen som er lagret i arbeidsboken); 1 fil sier ikke hvilken runde den hører til. oslo-viken-2024 passer like godt.',
    );
    for (const f of json.files) expect(Object.keys(f).sort()).toEqual(f.ok ? ['file', 'ok'] : ['file', 'message', 'ok']);
    const keys = [
      'file',
      'partnerskap',
      'ordning',
      'tiltak',
      'tilskuddEier',
      'tilskuddUh',
      'koordinatorAndel',
      'flerarigAndel',
      'egenandelAndel',
      'status',
      'errors',
      'warnings',
    ];
    for (const m of json.meldinger) expect(Object.keys(m)).toEqual(keys);
    for (const f of json.felles) {
      expect(Object.keys(f).sort()).toEqual(['grunn', 'tiltak']);
      for (const t of f.tiltak) expect(Object.keys(t).sort()).toEqual(['file', 'row', 'tittel']);
    }
  });

  test('one row per melding with the melding model’s figures', () => {
    const drammen = json.meldinger.filter((m) => m.file === F('drammen.xlsx'));
    expect(drammen).toEqual([
      {
        file: F('drammen.xlsx'),
        partnerskap: 'Drammen',
        ordning: 'regional',
        tiltak: 2,
        tilskuddEier: 300000,
        tilskuddUh: 100000,
        koordinatorAndel: 0,
        flerarigAndel: 0,
        egenandelAndel: 0,
        status: 'komplett',
        errors: 0,
        warnings: 0,
      },
    ]);
    const lier = json.meldinger.find((m) => m.file === F('runde-2/lier.xlsx'))!;
    expect(lier).toMatchObject({ partnerskap: 'Lier og Røyken', tiltak: 1, koordinatorAndel: 0.5, status: 'utkast' });
    expect(lier.errors).toBeGreaterThan(0);
    // The sample workbook holds two meldinger (two ordninger), both drafts.
    expect(json.meldinger.filter((m) => m.file === F('vest-viken.xlsx')).map((m) => [m.ordning, m.status])).toEqual([
      ['desentralisert', 'utkast'],
      ['regional', 'utkast'],
    ]);
    expect(json.meldinger.find((m) => m.file === F('runde-2/modum.xlsx'))).toMatchObject({ tilskuddEier: 120000, status: 'komplett' });
    expect(json.meldinger.find((m) => m.file === F('hole.xlsx'))).toMatchObject({ partnerskap: '', tilskuddEier: 90000, status: 'utkast' });
  });

  test('the three reading tiltak of different owners are one joint candidate, the two on a safe kindergarten another; the others are not paired', () => {
    const reading = json.felles.find((f) => f.tiltak.some((t) => t.file === F('drammen.xlsx')));
    expect(reading!.tiltak.map((t) => [t.file, t.tittel]).sort()).toEqual(
      [
        [F('asker.xlsx'), 'Leseopplæring i fagene'],
        [F('drammen.xlsx'), 'Lesing i alle fag'],
        [F('runde-2/modum.xlsx'), 'Lesing og leseopplæring i fag'],
      ].sort(),
    );
    expect(reading!.tiltak.find((t) => t.file === F('drammen.xlsx'))!.row).toBe(2);
    expect(reading!.grunn).toContain('«lesing»');
    const paired = json.felles.flatMap((f) => f.tiltak.map((t) => t.tittel));
    const miljo = json.felles.find((f) => f.tiltak.some((t) => t.file === F('hole.xlsx')));
    expect(miljo!.tiltak.map((t) => t.tittel).sort()).toEqual(['Inkluderende barnehagemiljø', 'Trygt og inkluderende barnehagemiljø']);
    expect(json.felles).toHaveLength(2);
    for (const title of ['Matematikk på mellomtrinnet', 'Digital dømmekraft']) expect(paired).not.toContain(title);
  });

  test('exit status 1: some melding has errors', () => {
    expect(run.status).toBe(1);
  });

  describe('the overview workbook read back', () => {
    let wb: ExcelJS.Workbook;
    beforeAll(async () => {
      wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(root, 'oversikt.xlsx'));
    });

    const tableOf = (ws: ExcelJS.Worksheet) => Object.values((ws as unknown as { tables: Record<string, ExcelJS.Table> }).tables)[0]!;
    const rowsOf = (ws: ExcelJS.Worksheet, headerRow: number) => {
      const headers = (ws.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1).map(String);
      const rows: Array<Record<string, ExcelJS.Cell>> = [];
      for (let r = headerRow + 1; r <= ws.rowCount && ws.getCell(r, 1).value !== null; r++) {
        rows.push(Object.fromEntries(headers.map((h, i) => [h, ws.getCell(r, i + 1)])));
      }
      return rows;
    };
    const value = (cell: ExcelJS.Cell) =>
      typeof cell.value === 'object' && cell.value && 'result' in cell.value ? cell.value.result : cell.value;

    test('four sheets, each a filterable Excel Table printed on A4 fitted to width with the header repeated', () => {
      expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Oversikt', 'Funn', 'Felles tiltak', 'Filer']);
      for (const ws of wb.worksheets) {
        const table = tableOf(ws);
        expect(table).toBeDefined();
        const ref = (table as unknown as { table: { tableRef: string; autoFilterRef: string } }).table;
        const headerRow = Number(/\d+/.exec(ref.tableRef)![0]);
        expect(ref.autoFilterRef).toBe(ref.tableRef);
        expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
        expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
        expect(ws.headerFooter.oddFooter).toContain('Side &P av &N');
      }
    });

    test('Oversikt: the JSON’s meldinger as rows, shares as percent, amounts in kroner, caps exceeded marked', () => {
      const ws = wb.getWorksheet('Oversikt')!;
      const headerRow = Number(/\d+/.exec((tableOf(ws) as unknown as { table: { tableRef: string } }).table.tableRef)![0]);
      const rows = rowsOf(ws, headerRow);
      expect(rows.map((r) => [value(r.Fil!), value(r.Status!), value(r.Feil!)])).toEqual(
        json.meldinger.map((m) => [m.file, m.status, m.errors]),
      );
      const lier = rows.find((r) => value(r.Fil!) === F('runde-2/lier.xlsx'))!;
      expect(value(lier.Koordinator!)).toBe(0.5);
      expect(lier.Koordinator!.numFmt).toBe('0.0 %');
      expect(lier['Tilskudd eier']!.numFmt).toBe('#,##0 "kr"');
      expect(lier.Koordinator!.fill).toMatchObject({ fgColor: { argb: 'FFF8D7DA' } });
      expect(value(lier['Over grensen']!)).toBe('koordinator over maks 30 %');
      const drammen = rows.find((r) => value(r.Fil!) === F('drammen.xlsx'))!;
      expect(JSON.stringify(drammen.Koordinator!.fill ?? {})).not.toContain('F8D7DA');
      expect(value(drammen['Over grensen']!)).toBe('');
      expect(drammen.Sum!.value).toEqual({ formula: `E${drammen.Sum!.row}+F${drammen.Sum!.row}`, result: 400000 });
    });

    test('Oversikt: totals per ordning as formulas over the table, with their results', () => {
      const ws = wb.getWorksheet('Oversikt')!;
      const regional = json.meldinger.filter((m) => m.ordning === 'regional');
      let r = 5;
      while (ws.getCell(r, 1).value !== 'Regional ordning') r++;
      // Matched against the label cell (no literal over Excel's 255 characters), counting only rows «I summene».
      expect(ws.getCell(r, 2).value).toMatchObject({
        formula: expect.stringMatching(
          new RegExp(`^SUMPRODUCT\\(\\(\\$C\\$\\d+:\\$C\\$\\d+=\\$A${r}\\)\\*\\(\\$O\\$\\d+:\\$O\\$\\d+="ja"\\)\\)$`),
        ),
        result: regional.length,
      });
      expect(value(ws.getCell(r, 5))).toBe(regional.reduce((s, m) => s + (m.tilskuddEier as number), 0));
      expect(ws.getCell(r, 5).numFmt).toBe('#,##0 "kr"');
    });

    test('Funn: every finding of the usable files, exactly as validate reports them', () => {
      const rows = rowsOf(wb.getWorksheet('Funn')!, 1);
      expect(Object.keys(rows[0]!)).toEqual(['Fil', 'Ark', 'Celle', 'Regel', 'Alvorlighet', 'Melding', 'Kilde']);
      const usable = json.files.filter((f) => f.ok).map((f) => f.file);
      const validate = spawnSync(process.execPath, [BIN, 'validate', ...usable, '--json', '--today', '2023-11-01'], {
        cwd: inbox,
        encoding: 'utf8',
      });
      const reports = JSON.parse(validate.stdout) as Array<{
        file: string;
        findings: Array<{ sheet: string; cells: string[]; rule: string; message: string }>;
      }>;
      const expected = reports.flatMap((r) => r.findings.map((f) => [r.file, f.sheet, f.cells.join(', '), f.rule, f.message]));
      expect(expected.length).toBeGreaterThan(5);
      expect(rows.map((r) => [value(r.Fil!), value(r.Ark!), value(r.Celle!), value(r.Regel!), value(r.Melding!)])).toEqual(expected);
      const cap = rows.find((r) => value(r.Regel!) === 'coordinator-over-cap')!;
      expect([value(cap.Fil!), value(cap.Ark!), value(cap.Alvorlighet!)]).toEqual([F('runde-2/lier.xlsx'), 'Data', 'Feil']);
    });

    test('Felles tiltak: one row per tiltak of each candidate group, with the shared words and the score', () => {
      const rows = rowsOf(wb.getWorksheet('Felles tiltak')!, 1);
      expect(rows.length).toBe(json.felles.reduce((s, f) => s + f.tiltak.length, 0));
      const reading = rows.filter((r) => String(value(r.Tiltak!)).toLowerCase().includes('les'));
      expect(new Set(reading.map((r) => value(r.Gruppe!))).size).toBe(1);
      expect(value(reading[0]!.Ordning!)).toBe('Regional ordning');
      expect(reading.map((r) => value(r.Eiere!)).sort()).toEqual(['Asker', 'Drammen', 'Modum, Sigdal']);
      expect(value(reading[0]!.Fase!)).toBe('Gjennomføring av kompetansetiltak');
      expect(String(value(reading[0]!['Felles ord']!))).toContain('lesing');
      expect(value(reading[0]!.Likhet!)).toBeGreaterThan(0.3);
      expect(reading[0]!.Likhet!.numFmt).toBe('0 %');
    });

    test('Filer: every file, used (with its meldinger and tiltak) or with its sentence', () => {
      const rows = rowsOf(wb.getWorksheet('Filer')!, 1);
      expect(rows.map((r) => [value(r.Fil!), value(r.Brukt!), value(r.Merknad!) || undefined])).toEqual(
        json.files.map((f) => [
          f.file,
          f.ok ? 'brukt' : f.file.endsWith('.txt') || f.file.startsWith('~$') ? 'hoppet over' : 'kan ikke brukes',
          f.message,
        ]),
      );
      const vestViken = rows.find((r) => value(r.Fil!) === 'vest-viken.xlsx')!;
      expect([value(vestViken.Meldinger!), value(vestViken.Tiltak!)]).toEqual([
        2,
        json.meldinger.filter((m) => m.file === 'vest-viken.xlsx').reduce((s, m) => s + (m.tiltak as number), 0),
      ]);
    });

    test('Oversikt names the profile and why; no column cuts its longest value', () => {
      const ws = wb.getWorksheet('Oversikt')!;
      expect(ws.getCell('A3').value).toBe(`Profil kompetansenettverk-2024: ${json.profileReason}`);
      const headerRow = Number(/\d+/.exec((tableOf(ws) as unknown as { table: { tableRef: string } }).table.tableRef)![0]);
      const ordning = rowsOf(ws, headerRow).map((r) => r.Ordning!);
      const longest = Math.max(...ordning.map((c) => String(value(c)).length));
      expect(longest).toBe('Desentralisert ordning'.length);
      // Excel's width unit holds about 1.15 characters of 10-point Calibri.
      expect(ws.getColumn(ordning[0]!.col).width! * 1.15).toBeGreaterThanOrEqual(longest);
      // A text wider than its column is cut where the next cell holds something, unless it wraps.
      for (const sheet of wb.worksheets)
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value !== 'string' || cell.alignment?.wrapText || row.getCell(cell.col + 1).value === null) return;
            const fits = sheet.getColumn(cell.col).width! * 1.15 >= cell.value.length;
            expect([sheet.name, cell.address, fits]).toEqual([sheet.name, cell.address, true]);
          }),
        );
    });
  });
});

describe('behovsmelding oversikt exit status and output', () => {
  test('0 when every melding is complete; text summary; the overview written to oversikt.xlsx by default', async () => {
    const dir = tempDir();
    await writeOwnerWorkbook(join(dir, 'a.xlsx'), {
      partnerskap: 'A',
      eiere: 'Ringerike',
      tiltak: [{ tittel: 'Lesing', beskrivelse: 'Lesing i fag' }],
    });
    await writeOwnerWorkbook(join(dir, 'b.xlsx'), {
      partnerskap: 'B',
      eiere: 'Hole',
      tiltak: [{ tittel: 'Lesing', beskrivelse: 'Lesing i fag' }],
    });
    const r = cli(dir, 'a.xlsx', 'b.xlsx');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 filer sjekket: 2 meldinger (2 komplette, 0 utkast), 0 filer uten melding.');
    expect(r.stdout.split('\n')[0]).toBe(
      'Profil kompetansenettverk-2024: Alle 2 filer peker på denne runden (ordningene i tabellen eller profilen som er lagret i arbeidsboken). oslo-viken-2024 passer like godt.',
    );
    expect(r.stdout).toContain('1 kandidat til felles tiltak.');
    expect(existsSync(join(dir, 'oversikt.xlsx'))).toBe(true);
    expect(r.stderr).toMatch(/^[12]\/2 a\.xlsx$/m);
    // A re-run over the folder does not take the overview it wrote for an owner's workbook.
    const again = cli(dir, '.', '--json', '--out', 'oversikt.xlsx');
    expect((JSON.parse(again.stdout) as OversiktJson).files).toEqual([
      { file: 'a.xlsx', ok: true },
      { file: 'b.xlsx', ok: true },
      { file: 'oversikt.xlsx', ok: false, message: 'Oversikten fra en tidligere kjøring; den skrives over, ikke sjekket.' },
    ]);
  }, 30000);

  test('2 when no file could be used, with each file’s sentence; --json writes no workbook unless --out is given', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.xlsx'), 'tekst');
    const r = cli(dir, 'x.xlsx', 'mangler.xlsx', '--json');
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout) as OversiktJson;
    expect(doc.files).toEqual([
      {
        file: 'x.xlsx',
        ok: false,
        message: '«x.xlsx» er ikke en Excel-fil: bruk en arbeidsbok lagret som .xlsx (eller .xlsm, .ods, .csv).',
      },
      { file: 'mangler.xlsx', ok: false, message: 'Fant ikke filen «mangler.xlsx».' },
    ]);
    expect(doc.meldinger).toEqual([]);
    expect(existsSync(join(dir, 'oversikt.xlsx'))).toBe(false);
  });

  test('2 with one sentence when nothing is given or a folder holds no workbook', () => {
    const dir = tempDir();
    expect(cli(dir)).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringMatching(/^oversikt trenger minst én arbeidsbok eller mappe/),
    });
    expect(cli(dir, '.')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^Fant ingen arbeidsbøker/) });
  });

  test('never writes over an owner’s workbook, and says why when the overview cannot be written', async () => {
    const dir = tempDir();
    const owner = await writeOwnerWorkbook(join(dir, 'oversikt.xlsx'), {
      partnerskap: 'A',
      eiere: 'Hole',
      tiltak: [{ tittel: 'Lesing', beskrivelse: 'Lesing' }],
    });
    await writeOwnerWorkbook(join(dir, 'b.xlsx'), {
      partnerskap: 'B',
      eiere: 'Lier',
      tiltak: [{ tittel: 'Regning', beskrivelse: 'Regning' }],
    });
    const before = readFileSync(owner);
    // In a folder: an owner's workbook happens to have the default name.
    expect(cli(dir, '.')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^--out «oversikt\.xlsx» er den samme filen som «oversikt\.xlsx», som bare skal leses/),
    });
    // Named on the command line.
    expect(cli(dir, 'b.xlsx', 'oversikt.xlsx', '--out', 'b.xlsx')).toMatchObject({ status: 2 });
    expect(readFileSync(owner).equals(before)).toBe(true);
    const r = cli(dir, 'b.xlsx', '--out', join('finnes-ikke', 'o.xlsx'));
    expect(r).toMatchObject({ status: 2, stderr: 'Mappen «finnes-ikke» finnes ikke: opprett den, eller velg en annen mappe.\n' });
  }, 30000);
});
