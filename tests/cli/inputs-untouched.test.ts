/**
 * CONTRACT.md's promise, tried as a hostile user would: whatever paths the outputs are given
 * (the input itself, links to it, links to the folder, a profile file), every command leaves
 * every input byte-identical. Every file under the folder is hashed before and after each run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import { writeOwnerWorkbook } from '../oversikt/workbooks';
import { tempDir } from './workbooks';

const BIN = resolve(__dirname, '../../bin/behovsmelding.js');

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--today', '2023-11-01'], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every regular file under `dir` (links not followed) with the hash of its bytes. */
function hashes(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, entry);
    if (lstatSync(path).isFile()) result[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return result;
}

/**
 * innsendt/k.xlsx and innsendt/b.xlsx (owners' workbooks), links to k.xlsx (symbolic, hard, and a
 * symbolic link to the folder), and a profile file.
 */
async function setup(): Promise<string> {
  const dir = tempDir();
  const folder = join(dir, 'innsendt');
  mkdirSync(folder);
  await writeOwnerWorkbook(join(folder, 'k.xlsx'), {
    partnerskap: 'A',
    eiere: 'Hole',
    tiltak: [{ tittel: 'Lesing', beskrivelse: 'Lesing' }],
  });
  await writeOwnerWorkbook(join(folder, 'b.xlsx'), {
    partnerskap: 'B',
    eiere: 'Lier',
    tiltak: [{ tittel: 'Regning', beskrivelse: 'Regning' }],
  });
  symlinkSync(join('innsendt', 'k.xlsx'), join(dir, 'lenke.xlsx'));
  linkSync(join(folder, 'k.xlsx'), join(dir, 'hard.xlsx'));
  symlinkSync('innsendt', join(dir, 'mappe'));
  writeFileSync(join(dir, 'runde.json'), spawnSync(process.execPath, [BIN, 'profiles', '--json', 'kompetansenettverk-2024']).stdout);
  return dir;
}

const SAME = /^--(out|pdf) «.*» er den samme filen som «.*», som bare skal leses: velg et annet filnavn for --(out|pdf)\.\n$/;

describe('every command leaves every input byte-identical, whatever paths it is given', () => {
  let dir: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    dir = await setup();
    before = hashes(dir);
  });

  it.each([
    ['melding: --out is the input', ['melding', 'innsendt/k.xlsx', '--out', 'innsendt/k.xlsx']],
    ['melding: --out is the input spelled another way', ['melding', 'innsendt/k.xlsx', '--out', './innsendt/../innsendt/k.xlsx']],
    ['melding: --out is a symbolic link to the input', ['melding', 'innsendt/k.xlsx', '--out', 'lenke.xlsx']],
    ['melding: --out is a hard link to the input', ['melding', 'innsendt/k.xlsx', '--out', 'hard.xlsx']],
    ['melding: --out reaches the input through a linked folder', ['melding', 'innsendt/k.xlsx', '--out', 'mappe/k.xlsx']],
    ['melding: the input is given through a symbolic link', ['melding', 'lenke.xlsx', '--out', 'innsendt/k.xlsx']],
    ['melding: the input is given through a hard link', ['melding', 'hard.xlsx', '--out', 'innsendt/k.xlsx']],
    ['melding: --pdf is the input', ['melding', 'innsendt/k.xlsx', '--out', 'm.xlsx', '--pdf', 'innsendt/k.xlsx']],
    ['melding: --pdf is a link to the input', ['melding', 'innsendt/k.xlsx', '--out', 'm.xlsx', '--pdf', 'lenke.xlsx']],
    ['melding: --out is the profile file', ['melding', 'innsendt/k.xlsx', '--profile', 'runde.json', '--out', 'runde.json']],
    ['oversikt: --out is a workbook given', ['oversikt', 'innsendt/b.xlsx', 'lenke.xlsx', '--out', 'innsendt/k.xlsx']],
    ['oversikt: --out is a workbook in the folder', ['oversikt', 'innsendt', '--out', 'innsendt/k.xlsx']],
    ['oversikt: --out links to a workbook in the folder', ['oversikt', 'innsendt', '--out', 'lenke.xlsx']],
    ['oversikt: --out is a hard link to a workbook in the folder', ['oversikt', 'innsendt', '--out', 'hard.xlsx']],
    ['oversikt: the folder is given through a link', ['oversikt', 'mappe', '--out', 'innsendt/k.xlsx']],
    ['oversikt: --out is the profile file', ['oversikt', 'innsendt', '--profile', 'runde.json', '--out', 'runde.json']],
  ])('%s: refused, exit 2, nothing changed', (_, args) => {
    const r = cli(dir, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(SAME);
    expect(hashes(dir)).toEqual(before);
  });

  it('melding: --out and --pdf to one file (here through a link) is refused before anything is written', () => {
    symlinkSync('m.pdf', join(dir, 'm-lenke.pdf'));
    const r = cli(dir, 'melding', 'innsendt/k.xlsx', '--out', 'm.pdf', '--pdf', 'm-lenke.pdf');
    expect(r).toMatchObject({ status: 2, stderr: '--out og --pdf peker på samme fil («m-lenke.pdf»): gi dem hvert sitt filnavn.\n' });
    expect(hashes(dir)).toEqual(before);
  });

  it('melding and oversikt with --out a folder write into it, and only there', () => {
    const out = join(dir, 'ut');
    mkdirSync(out);
    expect(cli(dir, 'melding', 'lenke.xlsx', '--out', 'ut', '--pdf', 'ut/').status).toBe(0);
    expect(cli(dir, 'oversikt', 'mappe', '--out', 'ut').status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['lenke-behovsmelding.pdf', 'lenke-behovsmelding.xlsx', 'oversikt.xlsx']);
    expect(Object.fromEntries(Object.entries(hashes(dir)).filter(([f]) => !f.startsWith('ut')))).toEqual(before);
  });
});

describe('writes that cannot leave a broken file', () => {
  it('a disk that fills up midway (a file size limit) leaves the previous melding whole, says so, and leaves no temporary file', async () => {
    const dir = await setup();
    const good = join(dir, 'innsendt', 'k.xlsx');
    copyFileSync(good, join(dir, 'm.xlsx')); // stands for the previous good melding
    const previous = readFileSync(join(dir, 'm.xlsx'));
    // `ulimit -f 4`: at most 2 KB per file (512-byte blocks), so the write fails with EFBIG midway.
    const command = `ulimit -f 4; exec "${process.execPath}" "${BIN}" melding innsendt/k.xlsx --out m.xlsx --today 2023-11-01`;
    const r = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'Filen «m.xlsx» blir større enn disken eller systemet tillater: velg en annen disk, og kjør kommandoen på nytt.\n',
    );
    expect(readFileSync(join(dir, 'm.xlsx')).equals(previous)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('two runs to one --out at the same time leave one whole workbook, and no run claims a write it did not make', async () => {
    const dir = await setup();
    const run = (input: string) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
        const child = spawn(process.execPath, [BIN, 'melding', input, '--out', 'm.xlsx', '--today', '2023-11-01'], { cwd: dir });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (status) => done({ status, stdout, stderr }));
      });
    const runs = await Promise.all(['innsendt/k.xlsx', 'innsendt/b.xlsx', 'innsendt/k.xlsx', 'innsendt/b.xlsx'].map(run));
    const wrote = runs.filter((r) => r.stdout.includes(`Skrev ${join(dir, 'm.xlsx')}\n`));
    expect(wrote.length).toBeGreaterThanOrEqual(1);
    for (const r of runs.filter((x) => !wrote.includes(x))) {
      expect(r).toMatchObject({ status: 2, stderr: expect.stringMatching(/^«m\.xlsx» ble endret av et annet program/) });
    }
    // Whole: every entry's CRC checks, and the sheet is one of the two meldinger.
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'm.xlsx')), { checkCRC32: true });
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet.length).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
