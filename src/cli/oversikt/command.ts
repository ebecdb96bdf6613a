import { basename } from 'node:path';
import { buildOversikt, oversiktExitCode, oversiktJson } from '../../domain/oversikt/build';
import type { Profile } from '../../domain/profile';
import { writeOversiktWorkbook } from '../../xlsx/oversikt-workbook';
import type { CliArgs } from '../args';
import type { Io } from '../main';
import { isOutputFile, planOutputs, writeOutput } from '../output';
import type { Texts } from '../../i18n';
import { isOversiktWorkbook } from './check-file';
import { collectFiles } from './collect';
import { checkAll } from './pool';
import { progressDisplay, type ProgressOutput } from './progress';

/**
 * `behovsmelding oversikt`: every workbook given (folders recursively) checked as `validate`
 * does, then one overview workbook (--out, default oversikt.xlsx) and with --json the overview
 * as one JSON document. Without --profile the profile that fits the first workbook is used. With --json the workbook is written only when --out is given, so a
 * script reading stdout gets no file it did not ask for. Exit codes as CONTRACT.md says.
 */
export async function runOversikt(
  args: CliArgs,
  given: Profile | null,
  today: string,
  io: Io,
  choose: (file: string) => Promise<Profile>,
  texts: Texts,
): Promise<number> {
  if (args.files.length === 0) {
    io.err('oversikt trenger minst én arbeidsbok eller mappe, for eksempel: behovsmelding oversikt innsendt/');
    return 2;
  }
  // Checked by file identity, links followed: the overview never replaces a workbook it reads (or the profile file).
  const planned =
    args.json && !args.out
      ? null
      : await planOutputs(
          [{ option: '--out', given: args.out, defaultName: 'oversikt.xlsx' }],
          [...args.files, ...(args.profile ? [args.profile] : [])],
          texts,
        );
  if (planned && !planned.ok) {
    io.err(planned.message);
    return 2;
  }
  const out = planned?.outputs[0] ?? null;
  const collected = await collectFiles(args.files);
  const own = out?.before ? await filterAsync(collected, (f) => isOutputFile(out, f.path)) : [];
  if (own.length > 0 && !(await isOversiktWorkbook(out!.path))) {
    io.err(texts.cli.outputIsInput({ option: '--out', output: out!.shown, input: own[0]!.shown }));
    return 2;
  }
  // An earlier overview in the folder is replaced, not checked as an owner's workbook.
  const files = collected.filter((f) => !own.includes(f));
  if (files.length === 0) {
    io.err(`Fant ingen arbeidsbøker (.xlsx, .xlsm, .ods, .xls, .csv) i ${args.files.map((f) => `«${f}»`).join(', ')}.`);
    return 2;
  }
  // Without --profile the first workbook's fitting profile holds for all: one overview, one rule set.
  const profile = given ?? (await choose(files[0]!.path));
  const progress = progressDisplay(files.length, stderrProgress(io));
  const results = await checkAll(files, { profile, today, language: args.language, sheet: args.sheet, map: args.map }, progress);
  progress.end();

  const oversikt = buildOversikt(profile, today, results);
  for (const r of results) if (!r.ok) io.err(r.message.includes(basename(r.file)) ? r.message : `${r.file}: ${r.message}`);
  if (out) {
    const written = await writeOutput(out, await writeOversiktWorkbook(oversikt), texts);
    if (!written.ok) {
      io.err(written.message);
      return 2;
    }
  }
  if (args.json) {
    io.out(JSON.stringify(oversiktJson(oversikt), null, 2));
  } else {
    const drafts = oversikt.meldinger.filter((m) => m.status === 'utkast').length;
    const unusable = oversikt.files.filter((f) => !f.ok).length;
    io.out(
      [
        `${files.length} filer sjekket: ${oversikt.meldinger.length} meldinger (${oversikt.meldinger.length - drafts} komplette, ${drafts} utkast), ${unusable} filer kunne ikke brukes.`,
        `${oversikt.felles.length} ${oversikt.felles.length === 1 ? 'kandidat' : 'kandidater'} til felles tiltak.`,
        out ? texts.cli.wrote({ path: out.path }) : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
  return oversiktExitCode(oversikt);
}

/** A bar on stderr when it is a terminal, else plain lines through io.err. */
function stderrProgress(io: Io): ProgressOutput {
  const stderr = process.stderr;
  return {
    terminal: stderr.isTTY ? { write: (text) => stderr.write(text), columns: stderr.columns || 80 } : undefined,
    line: io.err,
  };
}

async function filterAsync<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept = await Promise.all(items.map(keep));
  return items.filter((_, i) => kept[i]);
}
