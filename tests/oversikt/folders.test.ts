import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main';
import { tempDir } from '../cli/workbooks';
import { writeOwnerWorkbook } from './workbooks';

/**
 * The overview over folders as a coordinator collects them (issue 22): the rules chosen from all
 * files, every file accounted for, a partnership sent twice counted once, paths as the
 * coordinator knows them. Run in this process (main), the workbooks read back with exceljs.
 */
async function oversikt(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(['oversikt', ...argv, '--today', '2023-11-01'], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

interface Json {
  profile: string;
  profileReason: string;
  files: Array<{ file: string; ok: boolean; message?: string }>;
  meldinger: Array<{
    file: string;
    partnerskap: string;
    status: string;
    tilskuddEier: number;
    repeat?: { files: string[]; counted: boolean; identical: boolean };
  }>;
  felles: Array<{ tiltak: Array<{ file: string; tittel: string }>; grunn: string }>;
}
const json = (r: { out: string }) => JSON.parse(r.out) as Json;

async function readBack(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
const text = (ws: ExcelJS.Worksheet) => {
  const lines: string[] = [];
  ws.eachRow((row) =>
    lines.push(
      (row.values as ExcelJS.CellValue[])
        .slice(1)
        .map((v) => (v && typeof v === 'object' && 'result' in v ? v.result : v) ?? '')
        .join(' | '),
    ),
  );
  return lines;
};

const FIXTURES = resolve(__dirname, 'fixtures');
const reading = {
  tittel: 'Lesing i alle fag',
  beskrivelse: 'Lærerne arbeider med lesing i alle fag i lærende team, med veiledning fra UH.',
};

async function budget(file: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budsjett');
  ws.addRows([
    ['Post', 'Beløp'],
    ['Kurs', 10000],
    ['Reise', 5000],
  ]);
  await wb.xlsx.writeFile(file);
}

describe('the profile is chosen from all files, never from the first alone', () => {
  const dir = tempDir();
  beforeAll(async () => {
    // A budget first in name order: it points at no round, so it must not decide for the others.
    mkdirSync(join(dir, 'regional'));
    await budget(join(dir, 'regional', 'budsjett.xlsx'));
    copyFileSync(join(FIXTURES, 'ringerike-hole-openpyxl.xlsx'), join(dir, 'ringerike-hole.xlsx'));
    await writeOwnerWorkbook(join(dir, 'sandefjord.xlsx'), { partnerskap: 'Sandefjord', eiere: 'Sandefjord', tiltak: [reading] });
    await writeOwnerWorkbook(join(dir, 'tonsberg.xlsx'), {
      partnerskap: 'Tønsberg',
      eiere: 'Tønsberg',
      layout: 'titled',
      tiltak: [{ tittel: 'Digital dømmekraft', beskrivelse: 'Elevene lærer kildekritikk.', ordning: 'Desentralisert' }],
    });
  });

  test('a budget first in the folder does not make the owners drafts of the newest round', async () => {
    const r = await oversikt(dir, '--json');
    const doc = json(r);
    expect(r.status).toBe(0);
    expect(doc.profile).toBe('kompetansenettverk-2024');
    expect(doc.meldinger.map((m) => [m.file, m.status])).toEqual([
      ['ringerike-hole.xlsx', 'komplett'],
      ['sandefjord.xlsx', 'komplett'],
      ['tonsberg.xlsx', 'komplett'],
    ]);
    expect(doc.felles).toHaveLength(1);
    expect(doc.files[0]).toEqual({ file: 'regional/budsjett.xlsx', ok: false, message: expect.stringMatching(/^Fant /) });
    // Which profile and why, on the terminal (stderr beside --json) and in the JSON.
    expect(doc.profileReason).toBe(
      '3 av 4 filer peker på denne runden (ordningene i tabellen eller profilen som er lagret i arbeidsboken); 1 fil sier ikke hvilken runde den hører til. oslo-viken-2024 passer like godt.',
    );
    expect(r.err.split('\n')).toContain(`Profil kompetansenettverk-2024: ${doc.profileReason}`);
  });

  test('the Oversikt sheet names the profile and why', async () => {
    const out = join(dir, '..', 'oversikt-profil.xlsx');
    const r = await oversikt(dir, '--out', out);
    expect(r.out.split('\n')[0]).toMatch(/^Profil kompetansenettverk-2024: 3 av 4 filer peker på denne runden/);
    const lines = text((await readBack(out)).getWorksheet('Oversikt')!);
    expect(lines[2]).toBe(r.out.split('\n')[0]);
  });

  test('files that point at different rounds stop the run with one sentence naming --profile and the candidates', async () => {
    const mixed = tempDir();
    await writeOwnerWorkbook(join(mixed, 'a.xlsx'), { partnerskap: 'A', eiere: 'Lier', tiltak: [reading] });
    await writeOwnerWorkbook(join(mixed, 'b.xlsx'), {
      partnerskap: 'B',
      eiere: 'Asker',
      tiltak: [{ ...reading, ordning: 'Kollektiv kompetanseutvikling' }],
    });
    const out = join(mixed, 'o.xlsx');
    const r = await oversikt(mixed, '--out', out);
    expect(r.status).toBe(2);
    expect(r.err.split('\n').pop()).toBe(
      'Filene peker på ulike runder: kollektiv-kompetanseutvikling-2026 passer 1 fil («b.xlsx»), kompetansenettverk-2024 passer 1 fil («a.xlsx») og oslo-viken-2024 passer 1 fil («a.xlsx»). Velg runden med --profile, for eksempel --profile kollektiv-kompetanseutvikling-2026.',
    );
    expect(existsSync(out)).toBe(false);
    const chosen = await oversikt(mixed, '--out', out, '--profile', 'kompetansenettverk-2024');
    expect(chosen.out.split('\n')[0]).toBe('Profil kompetansenettverk-2024: Valgt med --profile.');
    expect(existsSync(out)).toBe(true);
  });
});

describe('every file in the folder is accounted for', () => {
  const dir = tempDir();
  const elsewhere = tempDir();
  let doc: Json;
  let r: Awaited<ReturnType<typeof oversikt>>;
  const out = join(elsewhere, 'oversikt.xlsx');
  beforeAll(async () => {
    await writeOwnerWorkbook(join(dir, 'asker.xlsx'), { partnerskap: 'Asker', eiere: 'Asker', tiltak: [reading] });
    await writeOwnerWorkbook(join(elsewhere, 'lier.xlsx'), { partnerskap: 'Lier', eiere: 'Lier', tiltak: [reading] });
    symlinkSync(join(elsewhere, 'lier.xlsx'), join(dir, 'lier-lenke.xlsx'));
    symlinkSync(join(elsewhere, 'finnes-ikke.xlsx'), join(dir, 'borte.xlsx'));
    symlinkSync(elsewhere, join(dir, 'mappelenke'));
    writeFileSync(join(dir, 'soknad.docx'), 'PK');
    writeFileSync(join(dir, 'binær.xlsb'), 'PK');
    const template = new ExcelJS.Workbook();
    template.addWorksheet('Tiltak').addRow(['Tiltak', 'Ordning', 'Fase', 'Beskrivelse', 'Eiere', 'UH', 'Tilskudd eier', 'Tilskudd UH']);
    await template.xlsx.writeFile(join(dir, 'mal.xlsx'));
    r = await oversikt(dir, '--json', '--out', out);
    doc = json(r);
  });

  test('in the JSON: used, or with its sentence', () => {
    expect(doc.files).toEqual([
      { file: 'asker.xlsx', ok: true },
      {
        file: 'binær.xlsb',
        ok: false,
        message:
          'Binær Excel-arbeidsbok (.xlsb), som ikke kan leses: åpne den i Excel, velg Fil → Lagre som → «Excel-arbeidsbok (.xlsx)» og kjør oversikten på nytt.',
      },
      { file: 'borte.xlsx', ok: false, message: 'En snarvei (lenke) som ikke peker på noen fil; hoppet over.' },
      { file: 'lier-lenke.xlsx', ok: true },
      { file: 'mal.xlsx', ok: false, message: 'Fant ingen tiltak under overskriftene i rad 1 på arket «Tiltak».' },
      { file: 'mappelenke', ok: false, message: expect.stringMatching(/^En snarvei \(lenke\) til en mappe; den følges ikke\./) },
      { file: 'soknad.docx', ok: false, message: 'Ikke en arbeidsbok (.xlsx, .xlsm, .ods eller .csv); hoppet over.' },
    ]);
    // The linked workbook is checked like any other: Asker and Lier share a reading tiltak.
    expect(doc.felles.map((g) => g.tiltak.map((t) => t.file))).toEqual([['asker.xlsx', 'lier-lenke.xlsx']]);
  });

  test('on the Filer sheet, each with what became of it; the template without tiltak too', async () => {
    const lines = text((await readBack(out)).getWorksheet('Filer')!);
    expect(lines[0]).toBe('Fil | Brukt | Meldinger | Tiltak | Merknad');
    expect(lines).toContain('mal.xlsx | ingen tiltak | 0 | 0 | Fant ingen tiltak under overskriftene i rad 1 på arket «Tiltak».');
    expect(lines).toContain('soknad.docx | hoppet over | 0 | 0 | Ikke en arbeidsbok (.xlsx, .xlsm, .ods eller .csv); hoppet over.');
    expect(lines).toContain('lier-lenke.xlsx | brukt | 1 | 1 | ');
    expect(lines).toHaveLength(doc.files.length + 1);
  });

  test('on the terminal: one sentence per file that gives no melding, and a count that says "1 fil"', async () => {
    for (const f of doc.files.filter((x) => !x.ok)) expect(r.err).toContain(f.message);
    const one = tempDir();
    await writeOwnerWorkbook(join(one, 'a.xlsx'), { partnerskap: 'A', eiere: 'Lier', tiltak: [reading] });
    const single = await oversikt(one, '--out', join(one, 'o.xlsx'));
    expect(single.out.split('\n')[1]).toBe('1 fil sjekket: 1 melding (1 komplett, 0 utkast), 0 filer uten melding.');
  });
});

describe('the same partnership in several files', () => {
  const dir = tempDir();
  let doc: Json;
  let r: Awaited<ReturnType<typeof oversikt>>;
  const out = join(dir, '..', 'oversikt-gjentatt.xlsx');
  beforeAll(async () => {
    // One melding sent twice: saved by LibreOffice as .ods, and the workbook it came from.
    copyFileSync(join(FIXTURES, 'ringerike-hole-libreoffice.ods'), join(dir, 'modum.ods'));
    copyFileSync(join(FIXTURES, 'ringerike-hole-openpyxl.xlsx'), join(dir, 'ringerike-hole.xlsx'));
    await writeOwnerWorkbook(join(dir, 'sandefjord.xlsx'), { partnerskap: 'Sandefjord', eiere: 'Sandefjord', tiltak: [reading] });
    r = await oversikt(dir, '--json', '--out', out);
    doc = json(r);
  });

  test('a melding sent twice counts once, and one line says so', async () => {
    const copies = doc.meldinger.filter((m) => m.partnerskap === 'Ringerike og Hole');
    expect(copies.map((m) => [m.file, m.repeat])).toEqual([
      ['modum.ods', { files: ['modum.ods', 'ringerike-hole.xlsx'], counted: true, identical: true }],
      ['ringerike-hole.xlsx', { files: ['modum.ods', 'ringerike-hole.xlsx'], counted: false, identical: true }],
    ]);
    const line =
      'Partnerskapet «Ringerike og Hole» (Regional ordning) står i 2 filer: «modum.ods» og «ringerike-hole.xlsx». Meldingene er like, så de telles én gang (modum.ods).';
    expect(r.err.split('\n')).toContain(line);
    const lines = text((await readBack(out)).getWorksheet('Oversikt')!);
    expect(lines[3]).toBe(line);
    // Regional: Ringerike og Hole once (260 000 kr) and Sandefjord (100 000 kr).
    expect(lines.find((l) => l.startsWith('Regional ordning |'))).toMatch(
      /^Regional ordning \| 2 \| 2 \| 3 \| 360000 \| 180000 \| 540000 \|/,
    );
    expect(lines.find((l) => l.startsWith('ringerike-hole.xlsx |'))).toMatch(
      /\| nei \| Lik meldingen i «modum\.ods»; telles ikke i summene\.$/,
    );
  });

  test('never offered as a joint tiltak with itself', () => {
    expect(doc.felles).toHaveLength(1);
    expect(doc.felles[0]!.tiltak.map((t) => t.file)).toEqual(['modum.ods', 'sandefjord.xlsx']);
  });

  test('meldinger that differ are each counted and marked', async () => {
    const changed = tempDir();
    copyFileSync(join(FIXTURES, 'ringerike-hole-openpyxl.xlsx'), join(changed, 'ringerike-hole.xlsx'));
    await writeOwnerWorkbook(join(changed, 'ringerike-hole-ny.xlsx'), {
      partnerskap: 'Ringerike og Hole',
      eiere: 'Ringerike, Hole',
      tiltak: [{ ...reading, eier: 200000 }],
    });
    const again = json(await oversikt(changed, '--json'));
    expect(again.meldinger.map((m) => m.repeat)).toEqual([
      { files: ['ringerike-hole-ny.xlsx', 'ringerike-hole.xlsx'], counted: true, identical: false },
      { files: ['ringerike-hole-ny.xlsx', 'ringerike-hole.xlsx'], counted: true, identical: false },
    ]);
    expect(again.felles).toEqual([]);
  });
});

describe('paths as the coordinator knows them', () => {
  test('relative to the one folder given, with the folder in front when several are given', async () => {
    const a = tempDir();
    const b = tempDir();
    mkdirSync(join(a, 'runde-2'));
    await writeOwnerWorkbook(join(a, 'runde-2', 'x.xlsx'), { partnerskap: 'X', eiere: 'Lier', tiltak: [reading] });
    await writeOwnerWorkbook(join(b, 'x.xlsx'), { partnerskap: 'Y', eiere: 'Hole', tiltak: [reading] });
    expect(json(await oversikt(a, '--json')).files.map((f) => f.file)).toEqual([join('runde-2', 'x.xlsx')]);
    const both = json(await oversikt(a, b, '--json')).files.map((f) => f.file);
    expect(both).toEqual([join(resolve(a).split('/').pop()!, 'runde-2', 'x.xlsx'), join(resolve(b).split('/').pop()!, 'x.xlsx')]);
  });
});

describe('in nynorsk', () => {
  test('the sheets and sentences follow --sprak nn', async () => {
    const dir = tempDir();
    await writeOwnerWorkbook(join(dir, 'a.xlsx'), { partnerskap: 'A', eiere: 'Lier', tiltak: [reading] });
    writeFileSync(join(dir, 'notat.txt'), 'x');
    const out = join(dir, '..', 'oversikt-nn.xlsx');
    const r = await oversikt(dir, '--out', out, '--sprak', 'nn');
    expect(r.out.split('\n')[1]).toBe(
      '1 fil sjekka: 1 melding (1 komplett, 0 utkast), 0 filer utan melding. 1 fil er ikkje ei arbeidsbok og er hoppa over (sjå arket Filer).',
    );
    const wb = await readBack(out);
    expect(text(wb.getWorksheet('Oversikt')!)).toContain(
      'Summar per ordning | Meldingar | Komplette | Tiltak | Tilskot eigar | Tilskot UH | Sum |  |  |  |  |  |  |  |  |  |  | Melding | Tilskot eigar | Tilskot UH | Melding | Koordinator | Maks koordinator | Fleirårig | Maks fleirårig',
    );
    expect(text(wb.getWorksheet('Filer')!)).toContain(
      'notat.txt | hoppa over | 0 | 0 | Ikkje ei arbeidsbok (.xlsx, .xlsm, .ods eller .csv); hoppa over.',
    );
  });
});
