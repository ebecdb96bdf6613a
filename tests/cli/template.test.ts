import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main';
import { findProfile } from '../../src/domain/profiles';
import { profileCarriedBy } from '../../src/table/check';
import { readWorkbookGridSync } from '../../src/xlsx/read';
import { tempDir } from './workbooks';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const dir = tempDir();
const carried = (file: string) => profileCarriedBy(readWorkbookGridSync(new Uint8Array(readFileSync(file))));

describe('behovsmelding mal', () => {
  it('writes the newest round’s template in bokmål, under its Norwegian and its English name', async () => {
    const out = join(dir, 'mal.xlsx');
    expect(await run('mal', '--out', out)).toEqual({
      status: 0,
      out: `Skrev malen ${out} for kollektiv-kompetanseutvikling-2026 (bokmål).`,
      err: '',
    });
    expect(carried(out)).toEqual({ stored: { kind: 'builtin', id: 'kollektiv-kompetanseutvikling-2026' }, language: 'nb' });
    const english = join(dir, 'template.xlsx');
    expect((await run('template', '--profile', 'oslo-viken-2024', '--sprak', 'nn', '--out', english)).status).toBe(0);
    expect(carried(english)).toEqual({ stored: { kind: 'builtin', id: 'oslo-viken-2024' }, language: 'nn' });
  });

  it('never overwrites a file without --force, and leaves no temporary file behind', async () => {
    const out = join(dir, 'finnes.xlsx');
    writeFileSync(out, 'mitt eget');
    const refused = await run('mal', '--out', out);
    expect(refused).toEqual({
      status: 2,
      out: '',
      err: `«${out}» finnes fra før: velg et annet filnavn, eller legg til --force for å skrive over den.`,
    });
    expect(readFileSync(out, 'utf8')).toBe('mitt eget');
    expect((await run('mal', '--out', out, '--force', '--language', 'nynorsk')).status).toBe(0);
    expect(carried(out)?.language).toBe('nn');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('without --out writes mal-ID.xlsx into the folder given', async () => {
    const r = await run('mal', '--profile', 'oslo-viken-2024', '--out', `${dir}/`);
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'mal-oslo-viken-2024.xlsx'))).toBe(true);
  });

  it('never writes over the profile file it reads', async () => {
    const file = join(dir, 'egen.json');
    writeFileSync(file, JSON.stringify({ ...findProfile('kompetansenettverk-2024')!, id: 'egen-2024' }));
    const r = await run('mal', '--profile', file, '--out', file.replace(/json$/, 'xlsx'));
    expect(r.status).toBe(0);
    const same = await run('mal', '--profile', file, '--out', file, '--force');
    expect(same.status).toBe(2);
    expect(JSON.parse(readFileSync(file, 'utf8')).id).toBe('egen-2024');
  });

  it('stores a profile from a file whole', async () => {
    const file = join(dir, 'vestland.json');
    writeFileSync(file, JSON.stringify({ ...findProfile('kollektiv-kompetanseutvikling-2026')!, id: 'vestland-2026' }));
    const out = join(dir, 'vestland.xlsx');
    expect((await run('mal', '--profile', file, '--out', out)).status).toBe(0);
    const stored = carried(out)!.stored;
    expect(stored.kind === 'file' && JSON.parse(stored.json).id).toBe('vestland-2026');
  });

  it.each([
    [['mal', '--out', 'mal.csv'], /^Malen skrives som en Excel-arbeidsbok: gi --out et navn som slutter på \.xlsx, ikke «mal\.csv»\.$/],
    [['mal', '--out', 'x.xlsx', '--sprak', 'en'], /^--sprak tar nb \(bokmål\) eller nn \(nynorsk\), ikke «en»\.$/],
    [['mal', 'a.xlsx', '--out', 'x.xlsx'], /^template leser ingen arbeidsbok, så «a\.xlsx» kan ikke brukes/],
    [['mal', '--out', 'x.xlsx', '--json'], /^template tar ikke valget --json/],
    [['mal', '--out', 'x.xlsx', '--profile', 'borte-2020'], /^Ukjent profil «borte-2020»/],
  ])('refuses %j with one sentence and exit 2', async (argv, message) => {
    expect(await run(...argv)).toEqual({ status: 2, out: '', err: expect.stringMatching(message) });
    expect(existsSync('x.xlsx')).toBe(false);
  });

  it('runs as a program and the file it writes checks with its own profile', () => {
    const out = join(dir, 'prosess.xlsx');
    const bin = resolve(__dirname, '../../bin/behovsmelding.js');
    const made = spawnSync(process.execPath, [bin, 'mal', '--profile', 'kompetansenettverk-2024', '--out', out], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(10_000);
    const checked = spawnSync(process.execPath, [bin, 'validate', out, '--json', '--today', '2023-12-01'], { encoding: 'utf8' });
    const report = JSON.parse(checked.stdout) as { profile: string; findings: Array<{ rule: string }> };
    expect(checked.status).toBe(0);
    expect(report.profile).toBe('kompetansenettverk-2024');
    expect(report.findings.map((f) => f.rule)).toEqual(['no-measures']);
  });
});
