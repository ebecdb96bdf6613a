import type { Catalogue } from '../texts';

/** Nynorsk. The melding sheet and its PDF: titles, headings, column headers, footers. */
export const sheet: Catalogue['sheet'] = {};
