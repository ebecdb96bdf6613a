import { basename, resolve } from 'node:path';
import { TILTAK_FIELDS } from '../domain/fields';
import type { FieldKey } from '../domain/model';
import type { Profile } from '../domain/profile';
import { newestRound, PROFILES } from '../domain/profiles';
import type { checkFile as CheckFile } from './check-file';
import { HELP, localToday, parseArgs, type CliArgs } from './args';
import { loadProfile, profileJson, profileList } from './profile';
import { fileReport, formatText, type FileReport } from './report';

export const SAMPLE_WORKBOOK = resolve(__dirname, '../../assets/eksempel.xlsx');

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A file that could not be used: `error` is the sentence for JSON, `line` the same for a terminal. */
type FileOutcome = { ok: true; report: FileReport; profileReason?: string } | { ok: false; file: string; error: string; line: string };

/** The command line; returns the exit status (0 no errors, 1 errors, 2 unusable input). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.err(args.error);
    return 2;
  }
  if (args.command === 'help') {
    io.out(HELP);
    return 0;
  }
  if (args.command === 'profiles') {
    if (!args.json) {
      io.out(profileList());
      return 0;
    }
    const written = profileJson(args.files[0]);
    if (!written.ok) io.err(written.message);
    else io.out(written.json);
    return written.ok ? 0 : 2;
  }
  // Without --profile each workbook gets the profile that fits it (domain/profile-choice).
  const profile = args.profile === undefined ? null : await loadProfile(args.profile);
  if (profile && !profile.ok) {
    io.err(profile.message);
    return 2;
  }
  if (args.command === 'mal') {
    return (await import('./template')).runTemplate(args, profile?.profile ?? newestRound(PROFILES), io, new Date());
  }
  const today = args.today ?? localToday();
  // The PDF and xlsx writers (exceljs, pdfmake) load only for the commands that use them (start-up time).
  if (args.command === 'melding') {
    const chosen = profile?.profile ?? (await chooseForFile(args.files[0] ?? SAMPLE_WORKBOOK, args, today, io));
    return (await import('./melding')).runMelding(args, chosen, today, io, SAMPLE_WORKBOOK);
  }
  if (args.command === 'oversikt') {
    const choose = (file: string) => chooseForFile(file, args, today, io);
    return (await import('./oversikt/command')).runOversikt(args, profile?.profile ?? null, today, io, choose);
  }

  const files = args.files.length ? args.files : [SAMPLE_WORKBOOK];
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await validateFile(file, args, profile?.profile ?? null, today));

  // Unusable files are named on stderr in both modes, so a script reading only stdout still sees why it got 2.
  for (const o of outcomes) if (!o.ok) io.err(o.line);
  if (args.json) {
    const docs = outcomes.map((o) => (o.ok ? o.report : { file: o.file, error: o.error }));
    io.out(JSON.stringify(docs.length === 1 && args.files.length <= 1 ? docs[0] : docs, null, 2));
  } else {
    for (const o of outcomes) if (o.ok) io.out(formatText(o.report, TILTAK_FIELDS.length, o.profileReason) + '\n');
  }
  if (outcomes.some((o) => !o.ok)) return 2;
  return outcomes.some((o) => o.ok && o.report.summary.errors > 0) ? 1 : 0;
}

/**
 * The workbook reader loads on first use (import() here, where tsx never runs it: the CLI ships
 * compiled), so `profiles` and `--help` start without it; the oversikt worker imports it itself.
 */
async function checkFile(...args: Parameters<typeof CheckFile>): ReturnType<typeof CheckFile> {
  return (await import('./check-file')).checkFile(...args);
}

async function validateFile(file: string, args: CliArgs, profile: Profile | null, today: string): Promise<FileOutcome> {
  // As the user wrote it: collected workbooks often share a name in different folders.
  const shown = file === SAMPLE_WORKBOOK ? basename(file) : file;
  const options = { today, sheet: args.sheet, map: args.map as Partial<Record<FieldKey, string>> };
  const result = await checkFile(file, shown, profile ? { ...options, profile } : { ...options, profiles: PROFILES });
  if (!result.ok) return { ok: false, file: shown, error: result.message, line: result.line };
  const used = result.choice?.profile ?? profile!;
  return {
    ok: true,
    report: fileReport(shown, used.id, result.table, result.findings, result.summary),
    profileReason: result.choice?.reason,
  };
}

/** `melding` and `oversikt` without --profile: the profile that fits the workbook, said to the user. */
async function chooseForFile(file: string, args: CliArgs, today: string, io: Io): Promise<Profile> {
  const options = { today, sheet: args.sheet, map: args.map as Partial<Record<FieldKey, string>>, profiles: PROFILES };
  const result = await checkFile(file, file, options);
  if (!result.ok || !result.choice) return newestRound(PROFILES); // the command reports the unusable file itself
  // With --json stdout carries exactly one JSON document, so the choice goes to stderr.
  (args.json ? io.err : io.out)(`Profil ${result.choice.profile.id}: ${result.choice.reason}`);
  return result.choice.profile;
}
