// A cycle through a type import, as cli/main and cli/melding had.
import type { Io } from './melding';

export const cliName = 'behovsmelding';
export const write = (io: Io) => io.out(cliName);
export interface Options {
  json: boolean;
}
