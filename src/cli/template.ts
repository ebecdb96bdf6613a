import { constants } from 'node:fs';
import { copyFile, link, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Profile } from '../domain/profile';
import type { StoredProfileRef } from '../domain/profile-choice';
import { findProfile } from '../domain/profiles';
import { textsFor } from '../i18n/all';
import { parseLanguage } from '../i18n/language';
import { templateSpec } from '../sheet/template/template';
import { writeTemplateWorkbook } from '../xlsx/template-workbook';
import type { CliArgs } from './args';
import type { Io } from './main';

/**
 * `behovsmelding mal`: the round's workbook template written to --out, never over an existing file
 * without --force. Exit 0 written, 2 not.
 */
export async function runTemplate(args: CliArgs, profile: Profile, io: Io, now: Date): Promise<number> {
  const fallback = textsFor('nb').template.cli;
  const language = args.language === undefined ? 'nb' : parseLanguage(args.language);
  if (language === undefined) return fail(io, fallback.language({ value: args.language! }));
  const texts = textsFor(language);
  const t = texts.template.cli;
  if (args.out === undefined) return fail(io, t.outMissing);
  if (extname(args.out).toLowerCase() !== '.xlsx') return fail(io, t.notXlsx({ file: args.out }));

  // A built-in profile is stored by id (the program's own copy is used), one from a file whole.
  const stored: StoredProfileRef =
    findProfile(args.profile ?? profile.id) === profile
      ? { kind: 'builtin', id: profile.id }
      : { kind: 'file', json: JSON.stringify(profile) };
  const bytes = await writeTemplateWorkbook(templateSpec(profile, stored, texts), now);
  const out = resolve(args.out);
  const written = await writeNew(out, bytes, args.force === true);
  if (written === 'exists') return fail(io, t.exists({ file: args.out }));
  if (written !== 'ok') return fail(io, t.notWritten({ file: args.out, reason: written }));
  io.out(t.written({ file: args.out, profile: profile.id, language: t.languageName[language] }));
  return 0;
}

function fail(io: Io, message: string): number {
  io.err(message);
  return 2;
}

/**
 * Writes beside the target first, then puts the whole file in place in one step: a link, which
 * refuses an existing name, or with `force` a rename over it. A reader never sees half a file.
 */
async function writeNew(out: string, bytes: Uint8Array, force: boolean): Promise<'ok' | 'exists' | string> {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    if (force) await rename(temp, out);
    else await placeExclusive(temp, out);
    return 'ok';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EEXIST' ? 'exists' : (code ?? String(e));
  } finally {
    await rm(temp, { force: true });
  }
}

/** A hard link refuses an existing name atomically; where a file system has none, an exclusive copy does. */
async function placeExclusive(temp: string, out: string): Promise<void> {
  try {
    await link(temp, out);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw e;
    await copyFile(temp, out, constants.COPYFILE_EXCL);
  }
}
