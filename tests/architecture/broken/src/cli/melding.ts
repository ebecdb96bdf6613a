import type { Options } from './main';

export interface Io {
  out(text: string): void;
  options?: Options;
}
