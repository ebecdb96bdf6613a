import type { Catalogue } from '../texts';

/** Nynorsk. Header detection and column mapping: what was found, what is missing. */
export const table: Catalogue['table'] = {};
