import type { Catalogue } from '../texts';
import { common } from './common';
import { rules } from './rules';
import { domain } from './domain';
import { table } from './table';
import { reader } from './reader';
import { sheet } from './sheet';
import { oversikt } from './oversikt';
import { template } from './template';
import { cli } from './cli';
import { excel } from './excel';
import { pane } from './pane';

/** The nynorsk catalogue: the compiler refuses it if a text is missing or takes other parameters. */
export const nnCatalogue: Catalogue = {
  common,
  rules,
  domain,
  table,
  reader,
  sheet,
  oversikt,
  template,
  cli,
  excel,
  pane,
};
