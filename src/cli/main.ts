import { resolve } from 'node:path';
import type { FieldKey } from '../domain/model';
import type { Profile } from '../domain/profile';
import { newestRound, PROFILES } from '../domain/profiles';
import { textsFor } from '../i18n/all';
import type { Texts } from '../i18n/texts';
import { COMMANDS, languageOf, localToday, parseArgs, type CliArgs, type CommandId } from './args';
import { commandHelp, generalHelp } from './help';
import type { Io, Run } from './io';
import { loadProfile, profileJson, profileList } from './profile';

export const SAMPLE_WORKBOOK = resolve(__dirname, '../../assets/eksempel.xlsx');

/**
 * One runner per command. The PDF and xlsx writers (exceljs, pdfmake) and the workbook reader load
 * only for the commands that use them (start-up time).
 */
const RUNNERS: Record<CommandId, (run: Run) => Promise<number>> = {
  validate: async (run) => (await import('./validate')).runValidate(run, SAMPLE_WORKBOOK),
  melding: async (run) => {
    const { args, io, today, texts } = run;
    const chosen = run.profile ?? (await chooseForFile(args.files[0] ?? SAMPLE_WORKBOOK, args, today, io, texts));
    return (await import('./melding')).runMelding(args, chosen, today, io, SAMPLE_WORKBOOK, texts);
  },
  oversikt: async (run) => (await import('./oversikt/command')).runOversikt(run),
  mal: async (run) => (await import('./template')).runTemplate(run, new Date()),
  profiles: async ({ args, io, texts }) => {
    if (!args.json) {
      io.out(profileList(texts));
      return 0;
    }
    const written = profileJson(args.files[0], texts);
    if (!written.ok) io.err(written.message);
    else io.out(written.json);
    return written.ok ? 0 : 2;
  },
};

/** The command line; returns the exit status (0 no errors, 1 errors, 2 unusable input). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const texts = textsFor(languageOf(argv) ?? 'nb');
  const args = parseArgs(argv, texts);
  if ('error' in args) {
    io.err(args.error);
    return 2;
  }
  if ('help' in args) {
    io.out(args.help ? commandHelp(args.help, texts) : generalHelp(texts));
    return 0;
  }
  const takesProfile = COMMANDS.find((c) => c.id === args.command)!.options.includes('profile');
  // Without --profile each command chooses (domain/profile-choice; oversikt across all its files).
  const loaded = takesProfile && args.profile !== undefined ? await loadProfile(args.profile, texts) : null;
  if (loaded && !loaded.ok) {
    io.err(loaded.message);
    return 2;
  }
  return RUNNERS[args.command]({ args, io, texts, today: args.today ?? localToday(), profile: loaded?.profile ?? null });
}

/**
 * The command line as bin/behovsmelding.js runs it: an error nothing else foresaw becomes one
 * sentence in the user's language (no stack trace) and exit 2.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await main(argv, io);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.err(textsFor(languageOf(argv) ?? 'nb').cli.unexpected({ message }));
    return 2;
  }
}

/** `melding` without --profile: the profile that fits the workbook, said to the user. */
async function chooseForFile(file: string, args: CliArgs, today: string, io: Io, texts: Texts): Promise<Profile> {
  const options = { today, texts, sheet: args.sheet, map: args.map as Partial<Record<FieldKey, string>>, profiles: PROFILES };
  const result = await (await import('./check-file')).checkFile(file, file, options);
  if (!result.ok || !result.choice) return newestRound(PROFILES); // the command reports the unusable file itself
  io.out(texts.cli.report.profile({ profile: result.choice.profile.id, reason: result.choice.reason }));
  return result.choice.profile;
}
