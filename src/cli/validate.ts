import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { TILTAK_FIELDS } from '../domain/fields';
import type { FieldKey } from '../domain/model';
import type { Profile } from '../domain/profile';
import type { Texts } from '../i18n';
import { PROFILES } from '../domain/profiles';
import type { checkFile as CheckFile } from './check-file';
import type { CliArgs } from './args';
import type { Run } from './io';
import { fileReport, formatText, type FileReport } from './report';

/** A file that could not be used: `error` is the sentence for JSON, `line` the same for a terminal. */
type FileOutcome = { ok: true; report: FileReport; profileReason?: string } | { ok: false; file: string; error: string; line: string };

/** `behovsmelding validate`: each file checked, its findings as text or one JSON document (an array for several). */
export async function runValidate({ args, io, texts, today, profile }: Run, sample: string): Promise<number> {
  const files = args.files.length ? args.files : [sample];
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const shown = file === sample ? basename(file) : file;
    if (await isFolder(file)) {
      const error = texts.cli.validate.folder({ folder: file });
      outcomes.push({ ok: false, file: shown, error, line: error });
    } else outcomes.push(await validateFile(file, shown, args, profile, today, texts));
  }

  // Unusable files are named on stderr in both modes, so a script reading only stdout still sees why it got 2.
  for (const o of outcomes) if (!o.ok) io.err(o.line);
  if (args.json) {
    const docs = outcomes.map((o) => (o.ok ? o.report : { file: o.file, error: o.error }));
    io.out(JSON.stringify(docs.length === 1 && args.files.length <= 1 ? docs[0] : docs, null, 2));
  } else {
    for (const o of outcomes) if (o.ok) io.out(formatText(o.report, TILTAK_FIELDS.length, texts, o.profileReason) + '\n');
  }
  if (outcomes.some((o) => !o.ok)) return 2;
  return outcomes.some((o) => o.ok && o.report.summary.errors > 0) ? 1 : 0;
}

const isFolder = async (path: string) => (await stat(path).catch(() => undefined))?.isDirectory() ?? false;

/**
 * The workbook reader loads on first use (import() here, where tsx never runs it: the CLI ships
 * compiled), so `profiles` and `--help` start without it; the oversikt worker imports it itself.
 */
async function checkFile(...args: Parameters<typeof CheckFile>): ReturnType<typeof CheckFile> {
  return (await import('./check-file')).checkFile(...args);
}

async function validateFile(
  file: string,
  shown: string,
  args: CliArgs,
  profile: Profile | null,
  today: string,
  texts: Texts,
): Promise<FileOutcome> {
  const options = { today, texts, sheet: args.sheet, map: args.map as Partial<Record<FieldKey, string>> };
  // As the user wrote it: collected workbooks often share a name in different folders.
  const result = await checkFile(file, shown, profile ? { ...options, profile } : { ...options, profiles: PROFILES });
  if (!result.ok) return { ok: false, file: shown, error: result.message, line: result.line };
  const used = result.choice?.profile ?? profile!;
  return {
    ok: true,
    report: fileReport(shown, used.id, result.table, result.findings, result.summary),
    profileReason: result.choice?.reason,
  };
}
