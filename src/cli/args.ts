import { isIsoDate } from '../app/dates';
import { parseLanguage, type Language } from '../i18n/language';
import type { Texts } from '../i18n/texts';

/**
 * The command line's commands and options, as data: what each command answers to (its English and
 * its Norwegian name), which options it takes, and how many files. Parsing, the per-command help
 * (help.ts) and the dispatch in main.ts all read these tables, so a new command is one entry in
 * COMMANDS (plus its runner in main.ts and its help text in the `cli` catalogue), and a new option
 * one entry in OPTIONS plus its name in the commands that take it.
 */

export type CommandId = 'validate' | 'melding' | 'oversikt' | 'profiles' | 'mal';

/** Options by the key they are stored under in CliArgs. */
export type OptionKey = 'profile' | 'sheet' | 'map' | 'json' | 'out' | 'pdf' | 'today' | 'language' | 'force';

/** Options that stand alone (`--json`, `--force`): set to true when given. */
export type FlagKey = 'json' | 'force';

export interface OptionSpec {
  /** What the user writes; the first is the one help shows first. */
  flags: readonly string[];
  /** Whether it takes a value (`--out UT.xlsx`) or stands alone (`--json`). */
  value: boolean;
}

export const OPTIONS: Record<OptionKey, OptionSpec> = {
  profile: { flags: ['--profile'], value: true },
  sheet: { flags: ['--sheet'], value: true },
  map: { flags: ['--map'], value: true },
  json: { flags: ['--json'], value: false },
  out: { flags: ['--out'], value: true },
  pdf: { flags: ['--pdf'], value: true },
  today: { flags: ['--today'], value: true },
  language: { flags: ['--sprak', '--language'], value: true },
  force: { flags: ['--force'], value: false },
};

export interface CommandSpec {
  id: CommandId;
  /** The names it answers to: English first, then the Norwegian one where it differs. */
  names: readonly string[];
  options: readonly OptionKey[];
  /** How many files or folders it takes; `one` refuses a second. */
  files: 'none' | 'one' | 'many';
}

const CHECKING: readonly OptionKey[] = ['profile', 'sheet', 'map', 'today', 'language'];

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'validate', names: ['validate', 'valider'], options: [...CHECKING, 'json'], files: 'many' },
  { id: 'melding', names: ['melding'], options: [...CHECKING, 'out', 'pdf'], files: 'one' },
  { id: 'oversikt', names: ['oversikt'], options: [...CHECKING, 'out', 'json'], files: 'many' },
  // `profiles --json ID`: the id is its one "file".
  { id: 'profiles', names: ['profiles', 'profiler'], options: ['json', 'language'], files: 'one' },
  { id: 'mal', names: ['template', 'mal'], options: ['profile', 'language', 'out', 'force'], files: 'none' },
];

export interface CliArgs {
  command: CommandId;
  files: string[];
  profile?: string;
  sheet?: string;
  map: Record<string, string>;
  json: boolean;
  out?: string;
  pdf?: string;
  today?: string;
  language?: Language;
  /** mal: replace an existing --out. */
  force?: boolean;
}

/** What the user asked for: a command to run, help (general, or one command's), or a mistake to explain. */
export type ParsedArgs = CliArgs | { help: CommandId | null; language?: Language } | { error: string };

const HELP_FLAGS = new Set(['--help', '-h', 'help', 'hjelp']);

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.names.includes(name.toLowerCase()));
}

/**
 * The language asked for anywhere on the line (`--sprak nn`, `--language=nn`), read before
 * anything else so that even a mistake on the same line is explained in that language.
 * Undefined when none (or none that is nb or nn) is given: the caller uses bokmål.
 */
export function languageOf(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = splitOption(argv[i]!);
    if (isLanguageFlag(name)) return parseLanguage(inline ?? argv[i + 1]);
  }
  return undefined;
}

export function parseArgs(argv: readonly string[], texts: Texts): ParsedArgs {
  const t = texts.cli.args;
  const language = languageOf(argv);
  const general = { help: null, ...(language ? { language } : {}) };
  // `--sprak nn validate …`: the language may come before the command; it is moved behind it.
  let lead = 0;
  while (lead < argv.length && isLanguageFlag(argv[lead]!)) lead += splitOption(argv[lead]!)[1] === undefined ? 2 : 1;
  if (lead > 0) return lead >= argv.length ? general : parseArgs([...argv.slice(lead), ...argv.slice(0, lead)], texts);
  const [first = 'help', ...rest] = argv;
  if (HELP_FLAGS.has(first)) {
    // `help validate` and `--help validate` are that command's help, as `validate --help` is.
    const named = rest.map(findCommand).find(Boolean);
    return named ? { ...general, help: named.id } : general;
  }
  const spec = findCommand(first);
  if (!spec) return { error: t.unknownCommand({ command: first, commands: COMMANDS.map((c) => c.names[0]!) }) };
  const args: CliArgs = { command: spec.id, files: [], map: {}, json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (HELP_FLAGS.has(arg) && arg !== 'help' && arg !== 'hjelp') return { ...general, help: spec.id };
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') args.files.push(arg);
      continue;
    }
    const [name, inline] = splitOption(arg);
    const key = (Object.keys(OPTIONS) as OptionKey[]).find((k) => OPTIONS[k].flags.includes(name));
    if (!key) return { error: t.unknownOption({ option: name, command: spec.names[0]! }) };
    if (!spec.options.includes(key)) return { error: t.optionNotForCommand({ option: name, command: spec.names[0]! }) };
    if (!OPTIONS[key].value) {
      args[key as FlagKey] = true;
      continue;
    }
    const value = inline ?? rest[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) return { error: t.needsValue({ option: name }) };
    const problem = store(args, key as Exclude<OptionKey, FlagKey>, value, texts);
    if (problem) return { error: problem };
  }
  if (spec.files === 'one' && args.files.length > 1) return { error: t.oneFile({ command: spec.names[0]! }) };
  if (spec.files === 'none' && args.files.length > 0) return { error: t.noFile({ command: spec.names[0]!, given: args.files[0]! }) };
  return args;
}

const isLanguageFlag = (arg: string) => OPTIONS.language.flags.includes(splitOption(arg)[0]);

/** `--name=value` as [name, value]; `--name` as [name, undefined]. */
function splitOption(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

/** Stores an option's value; returns the sentence that explains a bad one. */
function store(args: CliArgs, key: Exclude<OptionKey, FlagKey>, value: string, texts: Texts): string | undefined {
  const t = texts.cli.args;
  switch (key) {
    case 'map': {
      const eq = value.indexOf('=');
      if (eq <= 0) return t.mapSyntax;
      args.map[value.slice(0, eq).trim()] = value.slice(eq + 1).trim();
      return undefined;
    }
    case 'today':
      if (!isIsoDate(value)) return t.todaySyntax({ value });
      args.today = value;
      return undefined;
    case 'language': {
      const language = parseLanguage(value);
      if (!language) return t.languageUnknown({ value });
      args.language = language;
      return undefined;
    }
    default:
      args[key] = value;
      return undefined;
  }
}

/** Today's date where the user is (not UTC: just after midnight in Norway it is still yesterday in UTC). */
export { localToday } from '../app/dates';
