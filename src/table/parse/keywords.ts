import { Invalid } from './value';

/**
 * Exactly one named value, or why not: several distinct ones are `multiple` (detail names
 * them in the order written, by `nameOf`), none is `not-allowed`.
 */
export function exactlyOne(found: readonly string[], nameOf: (value: string) => string): string | Invalid {
  const distinct = [...new Set(found)];
  if (distinct.length === 1) return distinct[0]!;
  if (distinct.length > 1) return new Invalid('multiple', distinct.map(nameOf).join(', '));
  return new Invalid('not-allowed');
}
