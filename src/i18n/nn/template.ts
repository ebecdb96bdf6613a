import type { Catalogue } from '../texts';

/** Nynorsk. The workbook template (mal): headers, input messages, Veiledning. */
export const template: Catalogue['template'] = {};
