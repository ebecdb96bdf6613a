/** Bokmål. Excel (Office.js) errors and the self-check, as sentences that say what to do. */
export const excel = {};
