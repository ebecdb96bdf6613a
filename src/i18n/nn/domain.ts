import type { Catalogue } from '../texts';

/** Nynorsk. Other texts the domain builds: labels of fields, tiltak and meldinger, profile choice and profile errors. */
export const domain: Catalogue['domain'] = {};
