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

/** The bokmål catalogue: the shape every language fills (see ../texts.ts). */
export const nbCatalogue = {
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
