import type { Catalogue } from '../texts';

/** Nynorsk. The task pane: buttons, headings, announcements, forms. */
export const pane: Catalogue['pane'] = {};
