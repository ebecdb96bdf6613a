export const nb = { title: 'Behovsmelding' };
export type Catalogue = typeof nb;
