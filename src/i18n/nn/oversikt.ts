import type { Catalogue } from '../texts';

/** Nynorsk. The coordinator's overview: its sheets, columns and sentences. */
export const oversikt: Catalogue['oversikt'] = {};
