import type { Profile } from '../domain/profile';
import type { CliArgs } from './args';
import type { Io } from './main';

/** `behovsmelding melding`: writes the user's workbook plus the melding sheets, and a PDF. */
export async function runMelding(_args: CliArgs, _profile: Profile, _today: string, io: Io): Promise<number> {
  io.err('Kommandoen melding er ikke tilgjengelig ennå.');
  return 2;
}
