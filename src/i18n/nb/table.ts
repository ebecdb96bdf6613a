/** Bokmål. Header detection and column mapping: what was found, what is missing. */
export const table = {};
