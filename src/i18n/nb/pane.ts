/** Bokmål. The task pane: buttons, headings, announcements, forms. */
export const pane = {};
