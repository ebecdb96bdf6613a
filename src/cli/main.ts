import { basename, resolve } from 'node:path';
import { TILTAK_FIELDS } from '../domain/fields';
import type { FieldKey } from '../domain/model';
import { PROFILES } from '../domain/profiles';
import { checkWorkbook } from '../table/check';
import { HELP, localToday, parseArgs, type CliArgs } from './args';
import { loadProfile } from './profile';
import { fileReport, formatText, type FileReport } from './report';

export const SAMPLE_WORKBOOK = resolve(__dirname, '../../assets/eksempel.xlsx');

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A file that could not be used: `error` is the sentence for JSON, `line` the same for a terminal. */
type FileOutcome = { ok: true; report: FileReport } | { ok: false; file: string; error: string; line: string };

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
    for (const p of PROFILES) io.out(`${p.id.padEnd(26)} ${p.name} (versjon ${p.version})\n${' '.repeat(27)}Kilde: ${p.source}`);
    return 0;
  }
  const profile = await loadProfile(args.profile);
  if (!profile.ok) {
    io.err(profile.message);
    return 2;
  }
  const today = args.today ?? localToday();
  // The workbook reader, PDF and xlsx writer load only for the commands that use them (start-up time).
  if (args.command === 'melding') return (await import('./melding')).runMelding(args, profile.profile, today, io, SAMPLE_WORKBOOK);

  const files = args.files.length ? args.files : [SAMPLE_WORKBOOK];
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await validateFile(file, args, profile.profile, today));

  // Unusable files are named on stderr in both modes, so a script reading only stdout still sees why it got 2.
  for (const o of outcomes) if (!o.ok) io.err(o.line);
  if (args.json) {
    const docs = outcomes.map((o) => (o.ok ? o.report : { file: o.file, error: o.error }));
    io.out(JSON.stringify(docs.length === 1 && args.files.length <= 1 ? docs[0] : docs, null, 2));
  } else {
    for (const o of outcomes) if (o.ok) io.out(formatText(o.report, TILTAK_FIELDS.length) + '\n');
  }
  if (outcomes.some((o) => !o.ok)) return 2;
  return outcomes.some((o) => o.ok && o.report.summary.errors > 0) ? 1 : 0;
}

async function validateFile(
  file: string,
  args: CliArgs,
  profile: Parameters<typeof checkWorkbook>[1]['profile'],
  today: string,
): Promise<FileOutcome> {
  // As the user wrote it: collected workbooks often share a name in different folders.
  const shown = file === SAMPLE_WORKBOOK ? basename(file) : file;
  const { openWorkbookFile } = await import('../xlsx/open');
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return { ok: false, file: shown, error: opened.message, line: opened.message };
  const result = checkWorkbook(opened.grid, { profile, today, sheet: args.sheet, map: args.map as Partial<Record<FieldKey, string>> });
  if (!result.ok) return { ok: false, file: shown, error: result.message, line: `${shown}: ${result.message}` };
  return { ok: true, report: fileReport(shown, profile.id, result.table, result.findings, result.summary) };
}
