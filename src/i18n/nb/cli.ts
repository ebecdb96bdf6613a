/** Bokmål. The command line: help, progress, what was written, errors. */
export const cli = {};
