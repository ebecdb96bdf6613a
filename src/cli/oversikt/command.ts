import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { makeOverview, type PickedFile } from '../../app/oversikt';
import { oversiktExitCode, oversiktJson } from '../../domain/oversikt/build';
import { oversiktCounts } from '../../domain/oversikt/counts';
import type { FileResult, Oversikt } from '../../domain/oversikt/model';
import { PROFILES } from '../../domain/profiles';
import type { Texts } from '../../i18n/texts';
import { writeOversiktWorkbook } from '../../xlsx/oversikt-workbook';
import type { Io, Run } from '../io';
import { isOutputFile, planOutputs, writeOutput, type Output } from '../output';
import { isOversiktWorkbook, type CheckSettings } from './check-file';
import { collectFiles } from './collect';
import { checkAll, type CheckableFile } from './pool';
import { progressDisplay, type ProgressOutput } from './progress';

/**
 * `behovsmelding oversikt`: every file given (folders recursively) accounted for, every workbook
 * checked as `validate` does, then one overview workbook (--out, default oversikt.xlsx) and with
 * --json the overview as one JSON document, by the steps the pane's overview takes (app/oversikt.ts).
 * Without --profile the profile is chosen across all files (domain/oversikt/profile-across): the
 * files are checked with the profile each fits, and those checked with another than the one chosen
 * are checked again with it. With --json the
 * workbook is written only when --out is given, so a script reading stdout gets no file it did not
 * ask for. Exit codes as CONTRACT.md says; 2 also when the files point at different rounds.
 */
export async function runOversikt({ args, io, texts, today, profile: given }: Run): Promise<number> {
  const t = texts.cli.oversikt;
  if (args.files.length === 0) {
    io.err(t.noFiles);
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
  const collected = await collectFiles(args.files, texts);
  const own = out?.before ? await filterAsync(collected, (f) => isOutputFile(out, f.path)) : [];
  if (own.length > 0 && !(await isOversiktWorkbook(out!.path))) {
    io.err(texts.cli.outputIsInput({ option: '--out', output: out!.shown, input: own[0]!.shown }));
    return 2;
  }
  // An earlier overview in the folder is replaced, not checked as an owner's workbook.
  const files = collected.map((f) => (own.includes(f) ? { ...f, skipped: texts.oversikt.file.earlierOverview } : f));
  const checkable = files.filter((f) => !('skipped' in f));
  if (checkable.length === 0) {
    io.err(t.noWorkbooks({ given: args.files, others: files.length }));
    return 2;
  }

  const settings: CheckSettings = { profile: given, today, sheet: args.sheet, map: args.map, language: texts.language };
  // The steps the pane's overview takes too (app/oversikt.ts), the files checked in worker threads.
  const picked = files.map((f): PickedFile & { path: string } => ({
    path: f.path,
    shown: f.shown,
    ...('skipped' in f ? { skipped: f.skipped } : {}),
    read: async () => new Uint8Array(await readFile(f.path)),
  }));
  let passes = 0;
  const outcome = await makeOverview({
    files: picked,
    profile: given,
    givenReason: t.givenProfile,
    profiles: PROFILES,
    today,
    texts,
    check: (jobs) => {
      // The second pass: the files checked with another profile than the one chosen for all.
      if (passes++ > 0) io.err(t.recheck({ files: jobs.length, profile: jobs[0]!.profileId! }));
      const paths = jobs.map((j) => ({ path: (j.file as (typeof picked)[number]).path, shown: j.file.shown, profileId: j.profileId }));
      return checkShowingProgress(paths, settings, io, texts);
    },
  });
  if (!outcome.ok) {
    io.err(`${outcome.message} ${t.chooseProfile({ example: outcome.candidates[0]!.profile.id })}`);
    return 2;
  }
  const { oversikt } = outcome;
  // Which profile and why, and every partnership met in several files; with --json stdout carries
  // exactly one JSON document, so these lines go to stderr.
  const say = args.json ? io.err : io.out;
  say(texts.oversikt.sheet.profileLine({ id: oversikt.profile.id, reason: oversikt.profile.reason }));
  for (const r of oversikt.repeats) {
    say(texts.oversikt.repeat.line({ partnerskap: r.partnerskap, ordning: r.ordningNavn, files: r.files, identical: r.identical }));
  }
  for (const f of oversikt.files) if (!f.ok) io.err(f.message.includes(basename(f.file)) ? f.message : `${f.file}: ${f.message}`);
  if (out) {
    const written = await writeOutput(out, await writeOversiktWorkbook(oversikt, texts), texts);
    if (!written.ok) {
      io.err(written.message);
      return 2;
    }
  }
  if (args.json) io.out(JSON.stringify(oversiktJson(oversikt), null, 2));
  else io.out(summary(oversikt, out, texts));
  return oversiktExitCode(oversikt);
}

async function checkShowingProgress(files: readonly CheckableFile[], settings: CheckSettings, io: Io, texts: Texts): Promise<FileResult[]> {
  const progress = progressDisplay(files.length, stderrProgress(io), texts);
  const results = await checkAll(files, settings, progress);
  progress.end();
  return results;
}

function summary(o: Oversikt, out: Output | null, texts: Texts): string {
  const t = texts.cli.oversikt;
  return [t.summary(oversiktCounts(o)), t.felles({ count: o.felles.length }), out ? texts.cli.wrote({ path: out.path }) : '']
    .filter(Boolean)
    .join('\n');
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
