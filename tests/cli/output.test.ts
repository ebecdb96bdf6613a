import { spawnSync } from 'node:child_process';
import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { nb } from '../../src/i18n';
import { textsFor } from '../../src/i18n/all';
import { planOutputs, writeFailure, writeOutput, type Output, type OutputRequest } from '../../src/cli/output';
import { tempDir } from './workbooks';

const OUT = (given?: string, defaultName = 'melding.xlsx'): OutputRequest => ({ option: '--out', given, defaultName });
const PDF = (given?: string): OutputRequest => ({ option: '--pdf', given, defaultName: 'melding.pdf' });

/** What a folder holds, names sorted: temporary files left behind would show here. */
const listing = (dir: string) => readdirSync(dir).sort();

async function plan(requests: OutputRequest[], inputs: string[], cwd: string): Promise<Output[]> {
  const planned = await planOutputs(requests, inputs, nb, cwd);
  if (!planned.ok) throw new Error(planned.message);
  return planned.outputs;
}

async function refusal(requests: OutputRequest[], inputs: string[], cwd: string): Promise<string> {
  const planned = await planOutputs(requests, inputs, nb, cwd);
  if (planned.ok) throw new Error(`planned ${planned.outputs.map((o) => o.path).join(', ')}`);
  return planned.message;
}

/** A folder with the workbook k.xlsx and links to it: a symbolic one, a hard one, and a linked folder. */
function setup() {
  const dir = tempDir();
  writeFileSync(join(dir, 'k.xlsx'), 'the owner’s workbook');
  symlinkSync('k.xlsx', join(dir, 'lenke.xlsx'));
  linkSync(join(dir, 'k.xlsx'), join(dir, 'hard.xlsx'));
  mkdirSync(join(dir, 'ut'));
  symlinkSync(dir, join(dir, 'her'));
  return dir;
}

describe('planOutputs: no output is an input, whatever path names it', () => {
  const same = (output: string, input: string) =>
    `--out «${output}» er den samme filen som «${input}», som bare skal leses: velg et annet filnavn for --out.`;

  it.each([
    ['the same path', 'k.xlsx', 'k.xlsx'],
    ['another spelling of the path', './ut/../k.xlsx', 'k.xlsx'],
    ['a symbolic link to it', 'lenke.xlsx', 'k.xlsx'],
    ['a hard link to it', 'hard.xlsx', 'k.xlsx'],
    ['a path through a linked folder', 'her/k.xlsx', 'k.xlsx'],
    ['the input given through a symbolic link', 'k.xlsx', 'lenke.xlsx'],
    ['the input given through a hard link', 'k.xlsx', 'hard.xlsx'],
  ])('refuses %s', async (_, output, input) => {
    const dir = setup();
    expect(await refusal([OUT(output)], [input], dir)).toBe(same(output, input));
  });

  it('refuses --pdf naming the input, and names the option', async () => {
    const dir = setup();
    expect(await refusal([OUT('m.xlsx'), PDF('lenke.xlsx')], ['k.xlsx'], dir)).toMatch(
      /^--pdf «lenke\.xlsx» er den samme filen som «k\.xlsx»/,
    );
  });

  it('refuses two outputs to one file, existing or not, in nynorsk too', async () => {
    const dir = setup();
    expect(await refusal([OUT('m.xlsx'), PDF('m.xlsx')], [], dir)).toBe(
      '--out og --pdf peker på samme fil («m.xlsx»): gi dem hvert sitt filnavn.',
    );
    writeFileSync(join(dir, 'gammel.pdf'), 'old');
    symlinkSync('gammel.pdf', join(dir, 'ny.pdf'));
    const planned = await planOutputs([OUT('gammel.pdf'), PDF('ny.pdf')], [], textsFor('nn'), dir);
    expect(planned).toEqual({ ok: false, message: '--out og --pdf peikar på same fil («ny.pdf»): gi dei kvart sitt filnamn.' });
  });

  it('writes into a folder given as --out, under the default name', async () => {
    const dir = setup();
    const [xlsx, pdf] = await plan([OUT('ut'), PDF(`her${'/'}`)], ['k.xlsx'], dir);
    expect(xlsx).toMatchObject({ shown: join('ut', 'melding.xlsx'), path: join(dir, 'ut', 'melding.xlsx'), before: null });
    expect(pdf).toMatchObject({ shown: join('her', 'melding.pdf'), path: join(dir, 'melding.pdf') });
  });

  it('says which folder is missing, and refuses a folder as the file', async () => {
    const dir = setup();
    expect(await refusal([OUT('borte/m.xlsx')], [], dir)).toBe('Mappen «borte» finnes ikke: opprett den, eller velg en annen mappe.');
    expect(await refusal([OUT('borte/')], [], dir)).toBe('Mappen «borte» finnes ikke: opprett den, eller velg en annen mappe.');
    mkdirSync(join(dir, 'ut', 'melding.xlsx'));
    expect(await refusal([OUT('ut')], [], dir)).toBe(
      `«${join('ut', 'melding.xlsx')}» er en mappe og kan ikke skrives over: velg et annet filnavn.`,
    );
  });

  it('refuses an existing file when it may not be replaced (mal without --force)', async () => {
    const dir = setup();
    const request = { ...OUT('m.xlsx'), replace: false };
    expect(await plan([request], [], dir)).toHaveLength(1);
    writeFileSync(join(dir, 'm.xlsx'), 'a template the user filled in');
    expect(await refusal([request], [], dir)).toBe(
      '«m.xlsx» finnes fra før: velg et annet filnavn, eller legg til --force for å skrive over den.',
    );
  });
});

describe('writeOutput', () => {
  it('creates a new file and leaves nothing else behind', async () => {
    const dir = tempDir();
    const [out] = await plan([OUT('m.xlsx')], [], dir);
    expect(await writeOutput(out!, new TextEncoder().encode('new'), nb)).toEqual({ ok: true });
    expect(readFileSync(join(dir, 'm.xlsx'), 'utf8')).toBe('new');
    expect(listing(dir)).toEqual(['m.xlsx']);
  });

  it('replaces an older file, keeping its permissions', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'm.xlsx'), 'old', { mode: 0o640 });
    const [out] = await plan([OUT('m.xlsx')], [], dir);
    expect(await writeOutput(out!, new TextEncoder().encode('new'), nb)).toEqual({ ok: true });
    expect(readFileSync(join(dir, 'm.xlsx'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'm.xlsx')).mode & 0o777).toBe(0o640);
    expect(listing(dir)).toEqual(['m.xlsx']);
  });

  it('writes through a link: the link stays and its target gets the content, also when the target is new', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'forrige.xlsx'), 'old');
    symlinkSync('forrige.xlsx', join(dir, 'siste.xlsx'));
    symlinkSync('kommer.xlsx', join(dir, 'neste.xlsx'));
    const [latest, next] = await plan([OUT('siste.xlsx'), PDF('neste.xlsx')], [], dir);
    expect(await writeOutput(latest!, new TextEncoder().encode('new'), nb)).toEqual({ ok: true });
    expect(await writeOutput(next!, new TextEncoder().encode('pdf'), nb)).toEqual({ ok: true });
    expect(lstatSync(join(dir, 'siste.xlsx')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'siste.xlsx'))).toBe('forrige.xlsx');
    expect(readFileSync(join(dir, 'forrige.xlsx'), 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'kommer.xlsx'), 'utf8')).toBe('pdf');
    expect(listing(dir)).toEqual(['forrige.xlsx', 'kommer.xlsx', 'neste.xlsx', 'siste.xlsx']);
  });

  it('leaves the old file whole when the content fails midway (a full disk), and removes its temporary file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'm.xlsx'), 'the good melding');
    const [out] = await plan([OUT('m.xlsx')], [], dir);
    async function* halfThenFull() {
      yield new Uint8Array(64 * 1024).fill(1);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    expect(await writeOutput(out!, halfThenFull(), nb)).toEqual({
      ok: false,
      message: 'Det er ikke nok plass på disken til «m.xlsx»: frigjør plass eller velg en annen disk, og kjør kommandoen på nytt.',
    });
    expect(readFileSync(join(dir, 'm.xlsx'), 'utf8')).toBe('the good melding');
    expect(listing(dir)).toEqual(['m.xlsx']);
  });

  it('does not replace a file that changed since the command started, and says so', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'm.xlsx'), 'old');
    const [out] = await plan([OUT('m.xlsx')], [], dir);
    writeFileSync(join(dir, 'm.xlsx'), 'saved meanwhile by the user, longer');
    const message =
      '«m.xlsx» ble endret av et annet program mens den nye filen ble laget, og er ikke skrevet over: kjør kommandoen på nytt når det andre programmet er ferdig.';
    expect(await writeOutput(out!, new TextEncoder().encode('new'), nb)).toEqual({ ok: false, message });
    expect(readFileSync(join(dir, 'm.xlsx'), 'utf8')).toBe('saved meanwhile by the user, longer');
    expect(listing(dir)).toEqual(['m.xlsx']);
  });

  it('does not replace a file that appeared since the command started', async () => {
    const dir = tempDir();
    const [out] = await plan([OUT('m.xlsx')], [], dir);
    writeFileSync(join(dir, 'm.xlsx'), 'another run was faster');
    expect(await writeOutput(out!, new TextEncoder().encode('new'), nb)).toMatchObject({ ok: false });
    expect(readFileSync(join(dir, 'm.xlsx'), 'utf8')).toBe('another run was faster');
    expect(listing(dir)).toEqual(['m.xlsx']);
  });

  it('leaves one whole file when writers race: each one wins outright or says the file changed', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'm.xlsx'), 'old');
    const writers = 6;
    const size = 1024 * 1024;
    const outputs = await Promise.all(Array.from({ length: writers }, () => plan([OUT('m.xlsx')], [], dir)));
    async function* content(writer: number) {
      for (let offset = 0; offset < size; offset += 64 * 1024) {
        yield new Uint8Array(64 * 1024).fill(writer + 1);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const results = await Promise.all(outputs.map(([out], i) => writeOutput(out!, content(i), nb)));
    const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners.length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (!r.ok) expect(r.message).toMatch(/^«m\.xlsx» ble endret av et annet program/);
    const final = readFileSync(join(dir, 'm.xlsx'));
    expect(final.length).toBe(size);
    const writer = final[0]! - 1;
    expect(winners).toContain(writer);
    expect(final.every((byte) => byte === writer + 1)).toBe(true);
    expect(listing(dir)).toEqual(['m.xlsx']);
  });

  it('leaves the old file whole when the process is killed (SIGKILL) in the middle of the write', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'm.xlsx'), 'the good melding');
    // A process of its own writes half of the new file, then kills itself as kill -9 would.
    const script = `
      const { planOutputs, writeOutput } = require(${JSON.stringify(require.resolve('../../src/cli/output'))});
      const { nb } = require(${JSON.stringify(require.resolve('../../src/i18n'))});
      (async () => {
        const planned = await planOutputs([{ option: '--out', given: 'm.xlsx', defaultName: 'x' }], [], nb, ${JSON.stringify(dir)});
        async function* content() {
          yield new Uint8Array(256 * 1024).fill(7);
          process.kill(process.pid, 'SIGKILL');
          yield new Uint8Array(1);
        }
        await writeOutput(planned.outputs[0], content(), nb);
      })();
    `;
    const r = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script], { encoding: 'utf8' });
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(join(dir, 'm.xlsx'), 'utf8')).toBe('the good melding');
    // What a kill leaves is the hidden temporary file beside it, never a broken m.xlsx.
    const left = listing(dir).filter((name) => name !== 'm.xlsx');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.m\.xlsx\.\d+-[0-9a-f]{8}\.tmp$/);
    expect(statSync(join(dir, left[0]!)).size).toBe(256 * 1024);
  });
});

describe('writeFailure: one sentence that says what to do, for each way a write fails', () => {
  const failure = (code: string) => writeFailure(Object.assign(new Error(code), { code }), { shown: join('ut', 'm.xlsx') }, nb);
  it.each([
    ['EACCES', 'Du har ikke lov til å skrive «ut/m.xlsx»: velg en mappe du kan skrive i, eller lukk filen hvis den er åpen i Excel.'],
    ['EPERM', 'Du har ikke lov til å skrive «ut/m.xlsx»: velg en mappe du kan skrive i, eller lukk filen hvis den er åpen i Excel.'],
    ['EBUSY', '«ut/m.xlsx» er i bruk av et annet program, kanskje Excel: lukk filen og kjør kommandoen på nytt.'],
    ['EROFS', 'Mappen «ut» er skrivebeskyttet: velg en annen mappe.'],
    ['ENOSPC', 'Det er ikke nok plass på disken til «ut/m.xlsx»: frigjør plass eller velg en annen disk, og kjør kommandoen på nytt.'],
    ['EFBIG', 'Filen «ut/m.xlsx» blir større enn disken eller systemet tillater: velg en annen disk, og kjør kommandoen på nytt.'],
    ['ENOENT', 'Mappen «ut» finnes ikke: opprett den, eller velg en annen mappe.'],
    ['ENAMETOOLONG', 'Filnavnet «ut/m.xlsx» er for langt: velg et kortere navn eller en mappe nærmere roten.'],
    ['EIO', 'Kunne ikke skrive «ut/m.xlsx» (EIO): sjekk at mappen finnes og at du kan skrive i den, og kjør kommandoen på nytt.'],
  ])('%s', (code, sentence) => {
    expect(failure(code)).toBe(sentence.replace(/\//g, sep));
  });
});
