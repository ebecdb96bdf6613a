import type { Profile } from '../domain/profile';
import type { Texts } from '../i18n/texts';
import type { CliArgs } from './args';

/** Where a command writes: its standard output and its error stream. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** What every command is run with: its arguments, where to write, in which language, for which day, with which profile. */
export interface Run {
  args: CliArgs;
  io: Io;
  texts: Texts;
  /** ISO date the check is made for (--today, else today where the user is). */
  today: string;
  /** The profile --profile names; null when the command is to choose. */
  profile: Profile | null;
}
