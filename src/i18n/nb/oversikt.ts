/** Bokmål. The coordinator's overview: its sheets, columns and sentences. */
export const oversikt = {};
