import type { Catalogue } from '../texts';

/** Nynorsk. Reading files (xlsx, xlsm, ods, csv): why a file cannot be used. */
export const reader: Catalogue['reader'] = {};
