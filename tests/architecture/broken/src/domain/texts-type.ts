// Allowed: the domain may name the texts' type.
import type { Catalogue } from '../i18n/catalogue';

export const size = (c: Catalogue) => Object.keys(c).length;
