/** Bokmål. Findings, keyed by rule id (RULES.md): each rule's title, message(s) and hint. */
export const rules = {};
