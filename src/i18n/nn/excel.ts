import type { Catalogue } from '../texts';

/** Nynorsk. Excel (Office.js) errors and the self-check, as sentences that say what to do. */
export const excel: Catalogue['excel'] = {};
