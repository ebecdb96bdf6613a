/**
 * Words the spell-check accepts beyond dictionary-nb and dictionary-nn, each group with the reason.
 * Keep it short: a word belongs here only when the dictionary lacks a right word, or when the word
 * is a name the user must see as it is. Names in «» (columns, sheets, values, Excel's menus) are
 * not checked at all; compounds of known words are accepted without a list (see spelling.ts).
 */
export const PROJECT_WORDS: { both: readonly string[]; nb: readonly string[]; nn: readonly string[] } = {
  both: [
    // Programs, file formats and standards, named as their makers name them (any case: JSON, json).
    'Excel',
    'Excels',
    'ExcelApi',
    'LibreOffice',
    'Mac',
    'PDF',
    'XPS',
    'UTF',
    'DOCTYPE',
    'MB',
    'ID',
    'xlsx',
    'xlsm',
    'xls',
    'ods',
    'csv',
    'json',
    // What the user types on the command line, printed as typed: commands, the sample's folder, language codes.
    'validate',
    'profiles',
    'assets',
    'nb',
    'nn',
    // Keys on the keyboard.
    'Enter',
    'Esc',
    // Right in both standards, missing from both dictionaries.
    'datoen',
    'kommandoen',
    'skjemaet',
  ],
  nb: [
    // Right bokmål that dictionary-nb 3.0 lacks (checked in Bokmålsordboka).
    'noe',
    'noen',
    'datoer',
    'beløps',
  ],
  nn: [
    // Official term of the grant process (Udir's nynorsk), missing from dictionary-nn 2.2.
    'eigenandel',
    // Right nynorsk that dictionary-nn lacks: the stressed forms of ei/ein, the weak form of mellombels.
    'éi',
    'éin',
    'mellombelse',
  ],
};
