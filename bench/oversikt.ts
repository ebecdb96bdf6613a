/**
 * `behovsmelding oversikt` over 500 and 2 000 owners' workbooks of 12 tiltak each (a whole
 * country's owners, issue 20), generated into a temp folder: the whole command as a user runs it
 * (own process, worker threads, start-up included), then its parts in a fresh process with worker
 * threads and (up to 500 files) with one thread, for the speed-up on this machine's cores, and the
 * joint-tiltak grouping's share. Peak memory is the process's maximum resident set, worker threads
 * included. Goal (issue 11): 500 workbooks in under 30 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { collectFiles } from '../src/cli/oversikt/collect';
import { checkAll } from '../src/cli/oversikt/pool';
import { buildOversikt } from '../src/domain/oversikt/build';
import { jointCandidates } from '../src/domain/oversikt/similarity';
import { findProfile } from '../src/domain/profiles';
import { nb } from '../src/i18n';
import { writeOversiktWorkbook } from '../src/xlsx/oversikt-workbook';
import { writeOwnerWorkbook, type TiltakSpec } from '../tests/oversikt/workbooks';

const BIN = resolve(__dirname, '../bin/behovsmelding.js');
const TODAY = '2023-11-01';
const SIZES = [500, 2000];
/** Above this the one-thread comparison is left out: it only repeats what 500 files show, slowly. */
const SINGLE_THREAD_UP_TO = 500;

/** Topics owners write about, each phrased a few ways, so the joint-tiltak search has real work. */
const TOPICS: Array<[string[], string]> = [
  [['Lesing i alle fag', 'Leseopplæring i fagene', 'Lesing og skriving'], 'Lærerne arbeider med lesing i fagene i lærende team'],
  [
    ['Matematikk på mellomtrinnet', 'Regning i alle fag', 'Utforskende matematikk'],
    'Praktisk regning og matematikkundervisning med konkreter',
  ],
  [
    ['Inkluderende barnehagemiljø', 'Trygt barnehagemiljø', 'Et godt leke- og læringsmiljø'],
    'Personalet forebygger mobbing og bygger et inkluderende miljø',
  ],
  [
    ['Digital dømmekraft', 'Digitale verktøy i undervisningen', 'Kildekritikk og nettvett'],
    'Elevene lærer kildekritikk og trygg bruk av digitale verktøy',
  ],
  [['Vurdering for læring', 'Underveisvurdering', 'Elevmedvirkning i vurdering'], 'Lærerne utvikler underveisvurdering som fremmer læring'],
  [
    ['Spesialpedagogisk kompetanse', 'Tidlig innsats', 'Tilpasset opplæring'],
    'Ansatte styrker den spesialpedagogiske hjelpen i det ordinære tilbudet',
  ],
  [
    ['Språkutvikling i barnehagen', 'Flerspråklige barn', 'Språkmiljø'],
    'Barnehagene styrker språkmiljøet for alle barn, også flerspråklige',
  ],
  [['Profesjonsfellesskap', 'Lærende møter', 'Kollektiv refleksjon'], 'Ledere og ansatte utvikler profesjonsfellesskapet i skolen'],
];
const ORDNINGER = ['Regional', 'Desentralisert', 'Kompetanseløftet'];
const FASER = ['Vurdering', 'Planlegging', 'Gjennomføring'];

function ownerTiltak(owner: number): TiltakSpec[] {
  return Array.from({ length: 12 }, (_, i) => {
    const [titles, description] = TOPICS[(owner * 5 + i) % TOPICS.length]!;
    return {
      tittel: titles[(owner + i) % titles.length]!,
      beskrivelse: `${description} i kommune ${owner + 1}.`,
      // Four tiltak per ordning: within the five the rules allow.
      ordning: ORDNINGER[i % 3]!,
      fase: FASER[(owner + i) % 3]!,
      eier: 100000 + owner * 10 + i,
      uh: 50000,
    };
  });
}

export async function generate(dir: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await writeOwnerWorkbook(join(dir, `eier-${String(i + 1).padStart(3, '0')}.xlsx`), {
      partnerskap: `Partnerskap ${i + 1}`,
      eiere: `Kommune ${i + 1}`,
      layout: i % 3 === 0 ? 'table' : i % 3 === 1 ? 'titled' : 'plain',
      tiltak: ownerTiltak(i),
    });
  }
}

interface Parts {
  check: number;
  build: number;
  /** The joint-tiltak grouping alone (part of build), timed once more on the same tiltak. */
  grouping: number;
  tiltak: number;
  write: number;
  maxRssMb: number;
  felles: number;
}

/** Run in a fresh process: its parts' times and the process's peak memory, with `threads` threads. */
async function child(dir: string, threads: number): Promise<void> {
  const profile = findProfile('kompetansenettverk-2024')!;
  const t0 = performance.now();
  const files = (await collectFiles([dir], nb)).filter((f) => !('skipped' in f));
  const results = await checkAll(files, { profile, today: TODAY, language: 'nb' }, threads === 1 ? { inThisThread: true } : { threads });
  const t1 = performance.now();
  const oversikt = buildOversikt({ profile, reason: '' }, TODAY, results, nb);
  const t2 = performance.now();
  await writeOversiktWorkbook(oversikt, nb);
  const t3 = performance.now();
  const tiltak = results.flatMap((r) => (r.ok ? r.checked.tiltak : []));
  const g0 = performance.now();
  jointCandidates(tiltak, nb);
  const grouping = performance.now() - g0;
  const parts: Parts = {
    check: t1 - t0,
    build: t2 - t1,
    grouping,
    tiltak: tiltak.length,
    write: t3 - t2,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    felles: oversikt.felles.length,
  };
  process.stdout.write(JSON.stringify(parts));
}

function parts(dir: string, threads: number): Parts {
  const r = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--child', dir, String(threads)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Parts;
}

/** The command as a user runs it; peak memory read by a preloaded exit hook. */
function wholeCommand(dir: string, out: string): { ms: number; maxRssMb: number; status: number | null } {
  const hook = join(dir, '..', 'rss-hook.js');
  const rssFile = join(dir, '..', 'rss.txt');
  writeFileSync(
    hook,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`,
  );
  const start = performance.now();
  const r = spawnSync(process.execPath, ['-r', hook, BIN, 'oversikt', dir, '--out', out, '--today', TODAY], { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status === 2) throw new Error(r.stderr);
  return { ms, maxRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024, status: r.status };
}

export async function benchOversikt(): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'behovsmelding-oversikt-bench-'));
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  // Threads of one process share its CPU share when the machine is busy (Linux autogroups), so
  // the speed-up is only meaningful next to the load it was measured under.
  const load = () => loadavg()[0]!.toFixed(1);
  const lines = [`oversikt, arbeidsbøker med 12 tiltak, ${availableParallelism()} kjerner, belastning før start ${load()}:`];
  try {
    for (const count of SIZES) {
      const dir = join(root, String(count));
      mkdirSync(dir);
      const g = performance.now();
      await generate(dir, count);
      const generated = performance.now() - g;
      const whole = wholeCommand(dir, join(root, `oversikt-${count}.xlsx`));
      const workers = parts(dir, availableParallelism());
      const single = count <= SINGLE_THREAD_UP_TO ? parts(dir, 1) : null;
      lines.push(
        `  ${count} filer (laget på ${s(generated)}): hele kommandoen ${s(whole.ms)} (${(whole.ms / count).toFixed(1)} ms per fil), topp minne ${whole.maxRssMb.toFixed(0)} MB`,
        single
          ? `    sjekk med arbeidstråder ${s(workers.check)}, i én tråd ${s(single.check)}: ${(single.check / workers.check).toFixed(2)}× raskere` +
              ` (topp minne ${workers.maxRssMb.toFixed(0)} MB mot ${single.maxRssMb.toFixed(0)} MB)`
          : `    sjekk med arbeidstråder ${s(workers.check)} (topp minne ${workers.maxRssMb.toFixed(0)} MB)`,
        `    sammenstilling med felles tiltak ${s(workers.build)} (${workers.felles} kandidatgrupper), skrive oversikten ${s(workers.write)}`,
        `    grupperingen av felles tiltak alene: ${s(workers.grouping)} for ${workers.tiltak} tiltak, ${((workers.grouping / whole.ms) * 100).toFixed(1)} % av hele kommandoen; belastning ${load()}`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv[2] === '--child') void child(process.argv[3]!, Number(process.argv[4]));
