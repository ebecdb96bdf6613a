import { TILTAK_FIELDS } from '../domain/fields';
import type { Texts } from '../i18n/texts';
import { COMMANDS, OPTIONS, type CommandSpec, type CommandId, type FlagKey, type OptionKey } from './args';

const PROGRAM = 'behovsmelding';

/** `behovsmelding --help`: every command with its names and what it does, and where to read more. */
export function generalHelp(texts: Texts): string {
  const t = texts.cli.help;
  const width = Math.max(...COMMANDS.map((c) => c.names.join(', ').length));
  return [
    t.title,
    '',
    ...COMMANDS.map((c) => `  ${c.names.join(', ').padEnd(width)}  ${t.commands[c.id].summary}`),
    '',
    t.perCommand({ program: PROGRAM }),
    t.language,
  ].join('\n');
}

/** `behovsmelding COMMAND --help`: its usage, what it does, its options, and for checking commands the fields --map takes. */
export function commandHelp(id: CommandId, texts: Texts): string {
  const t = texts.cli.help;
  const spec = COMMANDS.find((c) => c.id === id)!;
  const about = t.commands[id];
  const lines = [usage(spec, texts), '', about.about, '', t.optionsHeading];
  const shown = spec.options.map((key) => ({ key, flags: flagsWithValue(key, texts) }));
  const width = Math.max(...shown.map((o) => o.flags.length));
  for (const { key, flags } of shown) {
    const [first = '', ...more] = optionText(id, key, texts).split('\n');
    lines.push(`  ${flags.padEnd(width)}  ${first}`, ...more.map((line) => `  ${' '.repeat(width)}  ${line}`));
  }
  if (spec.options.includes('map')) lines.push('', t.fieldsHeading, ...fieldLines(texts));
  lines.push('', about.exit);
  return lines.join('\n');
}

function usage(spec: CommandSpec, texts: Texts): string {
  const t = texts.cli.help;
  const options = spec.options.map((key) => `[${flagsWithValue(key, texts, true)}]`);
  return `${t.usage}: ${PROGRAM} ${spec.names.join('|')} ${[t.commands[spec.id].files, ...options].filter(Boolean).join(' ')}`;
}

/** `--sheet ARK`, `--sprak|--language nb|nn` (in the usage line only the first name). */
function flagsWithValue(key: OptionKey, texts: Texts, first = false): string {
  const { flags, value } = OPTIONS[key];
  const names = first ? flags[0]! : flags.join(', ');
  return value ? `${names} ${texts.cli.help.values[key as Exclude<OptionKey, FlagKey>]}` : names;
}

/** An option's description: the command's own where it has one (--out, --json), else the shared one. */
function optionText(id: CommandId, key: OptionKey, texts: Texts): string {
  const own = texts.cli.help.commands[id].options as Partial<Record<OptionKey, string>>;
  return own[key] ?? texts.cli.help.options[key];
}

/** The fields --map accepts: key, what it is called, and whether a table must have it. */
function fieldLines(texts: Texts): string[] {
  const width = Math.max(...TILTAK_FIELDS.map((f) => f.key.length));
  return TILTAK_FIELDS.map(
    (f) =>
      `  ${f.key.padEnd(width)}  ${texts.domain.fields[f.key]}${f.required ? ` (${texts.cli.help.required})` : ''}: ${f.synonyms.join(', ')}`,
  );
}
