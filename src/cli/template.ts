import { extname } from 'node:path';
import type { StoredProfileRef } from '../domain/profile-choice';
import { findProfile, newestRound, PROFILES } from '../domain/profiles';
import { templateSpec } from '../sheet/template/template';
import { writeTemplateWorkbook } from '../xlsx/template-workbook';
import type { Run } from './io';
import { planOutputs, writeOutput } from './output';

/**
 * `behovsmelding mal`: the round's workbook template written to --out, by default mal-ID.xlsx in the
 * current folder (src/cli/output.ts: never
 * over an existing file without --force, never over the profile file it reads, written whole or
 * not at all). Exit 0 written, 2 not.
 */
export async function runTemplate({ args, io, texts, profile: given }: Run, now: Date): Promise<number> {
  const t = texts.template.cli;
  const profile = given ?? newestRound(PROFILES);
  const builtIn = findProfile(profile.id) === profile;
  const planned = await planOutputs(
    [{ option: '--out', given: args.out, defaultName: `mal-${profile.id}.xlsx`, replace: args.force === true }],
    builtIn || args.profile === undefined ? [] : [args.profile],
    texts,
  );
  if (!planned.ok) return fail(io, planned.message);
  const [output] = planned.outputs;
  if (extname(output!.shown).toLowerCase() !== '.xlsx') return fail(io, t.notXlsx({ file: output!.shown }));
  // A built-in profile is stored by id (the program's own copy is used), one from a file whole.
  const stored: StoredProfileRef = builtIn ? { kind: 'builtin', id: profile.id } : { kind: 'file', json: JSON.stringify(profile) };
  const written = await writeOutput(output!, await writeTemplateWorkbook(templateSpec(profile, stored, texts), now), texts);
  if (!written.ok) return fail(io, written.message);
  io.out(t.written({ file: output!.shown, profile: profile.id, language: t.languageName[texts.language] }));
  return 0;
}

function fail(io: Run['io'], message: string): number {
  io.err(message);
  return 2;
}
