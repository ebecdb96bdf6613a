import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { localToday, parseArgs } from '../../src/cli/args';
import { TILTAK_FIELDS } from '../../src/domain/fields';
import { main, runCli } from '../../src/cli/main';
import { nb } from '../../src/i18n';

/** The command line in this process: options and messages, without paying for a Node start each time. */
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'behovsmelding-main-'));
const base = JSON.parse(readFileSync(resolve(__dirname, 'profile-base.json'), 'utf8')) as Record<string, unknown>;
writeFileSync(join(dir, 'ugyldig.json'), '{ "id": ');
writeFileSync(
  join(dir, 'feil-andel.json'),
  JSON.stringify({ ...base, parameters: { ...(base.parameters as object), coordinatorMaxShareOfOwnerFunds: 30 } }),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('arguments', () => {
  it('reads files, repeated --map, --opt=value and the flags in any order', () => {
    expect(
      parseArgs(['validate', 'a.xlsx', '--map', 'tittel=Navn på tiltak', '--json', 'b.xlsx', '--map=fase=D', '--sheet=Ark 2'], nb),
    ).toEqual({
      command: 'validate',
      files: ['a.xlsx', 'b.xlsx'],
      map: { tittel: 'Navn på tiltak', fase: 'D' },
      json: true,
      sheet: 'Ark 2',
    });
  });

  it.each([
    [['lag'], /^Ukjent kommando «lag»: bruk validate, melding, oversikt, profiles eller template \(se --help\)\.$/],
    [['validate', '--fil', 'a.xlsx'], /^Ukjent valg «--fil» \(se validate --help\)\.$/],
    [['validate', '--out', 'a.xlsx'], /^validate tar ikke valget --out \(se validate --help\)\.$/],
    [['profiles', '--profile', 'x'], /^profiles tar ikke valget --profile/],
    [['validate', '--sprak', 'svensk'], /^--sprak tar nb \(bokmål\) eller nn \(nynorsk\), ikke «svensk»\.$/],
    [['valider', '--fil', '--sprak', 'nn'], /^Ukjent val «--fil» \(sjå validate --help\)\.$/],
    [['validate', '--sheet'], /^Valget --sheet trenger en verdi/],
    [['validate', '--profile', '--json'], /^Valget --profile trenger en verdi/],
    [['validate', '--map', 'tittel'], /^--map skrives felt=Overskrift/],
    [['validate', '--today', '2024-02-30'], /^--today må være en dato skrevet ÅÅÅÅ-MM-DD, ikke «2024-02-30»\.$/],
    [['validate', '--today', '1.11.2023'], /^--today må være en dato/],
    [['melding', 'a.xlsx', 'b.xlsx'], /^melding tar én arbeidsbok om gangen\.$/],
  ])('rejects %j with one sentence and exit 2', async (argv, message) => {
    const r = await run(...argv);
    expect(r).toEqual({ status: 2, out: '', err: expect.stringMatching(message) });
  });

  it('gives today where the user is, not in UTC', () => {
    expect(localToday(new Date(2024, 0, 1, 0, 30))).toBe('2024-01-01');
    expect(localToday(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });
});

describe('help and profiles', () => {
  it('answers to the Norwegian command names as to the English', () => {
    for (const [norwegian, english] of [
      ['valider', 'validate'],
      ['profiler', 'profiles'],
      ['melding', 'melding'],
      ['oversikt', 'oversikt'],
    ])
      expect(parseArgs([norwegian!, 'a.xlsx'], nb)).toMatchObject({ command: english });
    expect(parseArgs(['--sprak', 'nn', 'valider', 'a.xlsx'], nb)).toMatchObject({ command: 'validate', files: ['a.xlsx'], language: 'nn' });
  });

  it('lists every command with both its names, and points to each command’s own help', async () => {
    const r = await run('--help');
    expect(r.status).toBe(0);
    for (const names of ['validate, valider', 'melding', 'oversikt', 'profiles, profiler'])
      expect(r.out).toMatch(new RegExp(`^  ${names} +\\S`, 'm'));
    expect(r.out).toContain('behovsmelding KOMMANDO --help');
  });

  it('gives each command its own help: usage, what it does, only its options', async () => {
    for (const argv of [
      ['validate', '--help'],
      ['valider', '-h'],
      ['help', 'validate'],
      ['--help', 'valider'],
    ]) {
      const r = await run(...argv);
      expect(r.status).toBe(0);
      expect(r.out.split('\n')[0]).toMatch(/^Bruk: behovsmelding validate\|valider \[FIL \.\.\.\] \[--profile ID\|profil\.json\]/);
      for (const option of ['--profile', '--sheet', '--map', '--json', '--today', '--sprak']) expect(r.out).toContain(option);
      expect(r.out).not.toContain('--out');
      expect(r.out).toContain('behovsmelding oversikt MAPPE');
    }
    const oversikt = await run('oversikt', '--help');
    expect(oversikt.out).toMatch(/--out UT\.xlsx +hvor oversikten skrives/);
    expect(oversikt.out).not.toContain('--pdf');
    expect((await run('profiles', '--help')).out).not.toContain('--map');
  });

  it('names every field --map takes, with the headers it knows, in the help of the commands that take --map', async () => {
    const r = await run('validate', '--help');
    const fields = r.out.slice(r.out.indexOf('Feltene --map'));
    for (const field of TILTAK_FIELDS) expect(fields).toMatch(new RegExp(`^  ${field.key} +${nb.domain.fields[field.key]}`, 'm'));
    expect(fields).toMatch(/^ {2}tittel +Tiltak \(må finnes\): Tiltak, Navn på tiltak/m);
    expect((await run('melding', '--help')).out).toContain('Feltene --map');
  });

  it('speaks nynorsk with --sprak nn, before or after the command', async () => {
    expect((await run('--sprak', 'nn', 'validate', '--help')).out).toMatch(/^Val:$/m);
    expect((await run('validate', '--help', '--language=nn')).out).toContain('Ei heil mappe blir sjekka med behovsmelding oversikt MAPPE.');
    expect((await run('--sprak', 'nn')).out).toContain('Skriv behovsmelding KOMMANDO --help for kva ein kommando gjer');
  });

  it('lists id, name, version and source of each built-in profile', async () => {
    const r = await run('profiles');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(
      /^kompetansenettverk-2024\s+Kompetansenettverk 2024 .*\(versjon 2024\.2, fastsatt\)\n\s+Kilde: Brukerveiledning/m,
    );
    expect(r.out).toMatch(/^oslo-viken-2024\s/m);
    expect(r.out).toMatch(
      /^kollektiv-kompetanseutvikling-2026\s.*foreløpig\)\n\s+Kilde: Kollektiv kompetanseutvikling i barnehage og grunnskole \(Statsforvalteren i Rogaland/m,
    );
  });
});

describe('--profile', () => {
  it.each([
    [
      'finnes-ikke',
      /^Ukjent profil «finnes-ikke»: bruk en innebygd profil \(kollektiv-kompetanseutvikling-2026, kompetansenettverk-2024, oslo-viken-2024\) eller en JSON-fil\.$/,
    ],
    ['borte.json', /^Fant ikke profilfilen «borte\.json»: sjekk navnet og mappen\.$/],
    ['ugyldig.json', /^Profilfilen «.*ugyldig\.json» er ikke gyldig JSON: lagre den som JSON på nytt/],
    [
      'feil-andel.json',
      /^Profilfilen «.*feil-andel\.json»: Profilen er ikke gyldig: «parameters › coordinatorMaxShareOfOwnerFunds» – skal være høyst 1\.$/,
    ],
  ])('refuses %s with exit 2', async (ref, message) => {
    const r = await run('validate', '--profile', ref.endsWith('.json') && ref !== 'borte.json' ? join(dir, ref) : ref);
    expect(r).toEqual({ status: 2, out: '', err: expect.stringMatching(message) });
  });

  it('takes the other built-in profile by id', async () => {
    const r = await run('validate', '--profile', 'oslo-viken-2024', '--json', '--today', '2023-11-01');
    expect(JSON.parse(r.out)).toMatchObject({ file: 'eksempel.xlsx', profile: 'oslo-viken-2024' });
  });
});

describe('a table with headers and no tiltak', () => {
  it('says it found no tiltak, not "0 tiltak sjekket: 6 feil"', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const template = new ExcelJS.Workbook();
    template.addWorksheet('Tiltak').addRow(['Tiltak', 'Ordning', 'Fase', 'Beskrivelse', 'Eiere', 'UH', 'Tilskudd eier', 'Tilskudd UH']);
    const file = join(dir, 'mal.xlsx');
    await template.xlsx.writeFile(file);
    const r = await run('validate', file, '--today', '2023-11-01');
    const last = r.out.trim().split('\n').pop();
    expect(last).toBe(
      'Fant ingen tiltak under overskriftene i rad 1 på arket «Tiltak»: skriv ett tiltak per rad under dem og sjekk igjen. Funnene over gjelder overskriftene og arket Partnerskap.',
    );
    expect(r.out).not.toContain('0 tiltak sjekket');
    const nn = await run('validate', file, '--today', '2023-11-01', '--sprak', 'nn');
    expect(nn.out.trim().split('\n').pop()).toMatch(/^Fann ingen tiltak under overskriftene i rad 1 på arket «Tiltak»/);
  });
});

describe('validate given a folder', () => {
  it('points to oversikt, with the folder as given', async () => {
    const r = await run('validate', dir);
    expect(r).toEqual({
      status: 2,
      out: '',
      err: `«${dir}» er en mappe: behovsmelding oversikt ${dir} sjekker alle arbeidsbøkene i den og lager én oversikt.`,
    });
  });
});

describe('unusable tables', () => {
  it.each([
    [['--sheet', 'Budsjett'], /^eksempel\.xlsx: Fant ikke arket «Budsjett»\./],
    [['--map', 'budsjett=C'], /^eksempel\.xlsx: «budsjett» er ikke et felt/],
    [['--map', 'tittel=Navn på tiltak'], /^eksempel\.xlsx: Fant ingen kolonne «Navn på tiltak»/],
  ])('exit 2 for %j, the reason on stderr and in the JSON', async (options, message) => {
    const r = await run('validate', ...options, '--json');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
    const doc = JSON.parse(r.out) as { file: string; error: string };
    expect(Object.keys(doc)).toEqual(['file', 'error']);
    expect(`${doc.file}: ${doc.error}`).toBe(r.err);
  });
});

describe('profiles --json and the profile that fits', () => {
  it('writes a built-in profile as JSON that --profile reads back, with identical findings', async () => {
    const written = await run('profiles', '--json', 'oslo-viken-2024');
    expect(written.status).toBe(0);
    const profile = JSON.parse(written.out) as { id: string; parameters: { coordinatorMaxShareOfOwnerFunds: number | null } };
    expect(profile).toMatchObject({ id: 'oslo-viken-2024', status: 'fastsatt', parameters: { coordinatorMaxShareOfOwnerFunds: null } });
    const file = join(dir, 'oslo-viken.json');
    writeFileSync(file, written.out);
    const byId = await run('validate', '--profile', 'oslo-viken-2024', '--json', '--today', '2023-11-01');
    const byFile = await run('validate', '--profile', file, '--json', '--today', '2023-11-01');
    expect(JSON.parse(byFile.out)).toEqual(JSON.parse(byId.out));
    expect(byFile.status).toBe(byId.status);
  });

  it('refuses an unknown or missing id for --json', async () => {
    expect(await run('profiles', '--json', 'vestland-2030')).toEqual({
      status: 2,
      out: '',
      err: 'Ukjent profil «vestland-2030»: de innebygde profilene er kollektiv-kompetanseutvikling-2026, kompetansenettverk-2024, oslo-viken-2024.',
    });
    expect((await run('profiles', '--json')).err).toMatch(/^Skriv hvilken profil som skal skrives ut/);
  });

  it('without --profile chooses by the table and says so; every finding carries its source', async () => {
    const text = await run('validate', '--today', '2023-11-01');
    expect(text.out).toMatch(
      /^eksempel\.xlsx – .*profil kompetansenettverk-2024\nProfilen kompetansenettverk-2024 er valgt: Ordning-kolonnen nevner .*, som hører til denne runden\.\n/,
    );
    expect(text.out).toMatch(/\n {11}Kilde: Brukerveiledning Behovsmeldinger 2024: «.+»\n/);
    const json = JSON.parse((await run('validate', '--json', '--today', '2023-11-01')).out) as {
      profile: string;
      findings: Array<{ source?: { title: string; quote: string } }>;
    };
    expect(json.profile).toBe('kompetansenettverk-2024');
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) expect(f.source).toEqual({ title: expect.any(String), quote: expect.any(String) });
  });
});

describe('melding without --profile', () => {
  it('chooses the profile that fits the workbook and says so', async () => {
    const out = join(dir, 'melding.xlsx');
    const r = await run('melding', '--out', out, '--today', '2023-11-01');
    expect(r.out.split('\n')[0]).toMatch(/^Profil kompetansenettverk-2024: Ordning-kolonnen nevner .* som hører til denne runden\.$/);
    expect(r.out).toContain(`Skrev ${out}`);
  });
});

describe('an error nothing foresaw', () => {
  it.each([
    [[], /^Noe uventet gikk galt \(terminalen er lukket\): kjør kommandoen på nytt, og meld fra om feilen .*\.$/],
    [['--sprak', 'nn'], /^Noko uventa gjekk gale \(terminalen er lukket\): køyr kommandoen på nytt, og meld frå om feilen .*\.$/],
  ])('is one sentence in the language asked for %j, and exit 2', async (language, sentence) => {
    const err: string[] = [];
    const broken = () => {
      throw new Error('terminalen er lukket');
    };
    await expect(runCli(['profiles', ...language], { out: broken, err: (t) => err.push(t) })).resolves.toBe(2);
    expect(err).toEqual([expect.stringMatching(sentence)]);
  });
});
