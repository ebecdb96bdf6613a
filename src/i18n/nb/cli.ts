/** Bokmål. The command line: help, progress, what was written, errors. */
export const cli = {
  languageUnknown: (p: { option: string; value: string }) => `${p.option} må være nb (bokmål) eller nn (nynorsk), ikke «${p.value}».`,
};
