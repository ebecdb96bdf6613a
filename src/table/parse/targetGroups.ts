import { BASELINE_VOCABULARY } from './baseline';
import type { FieldValue } from '../../domain/model';
import type { Profile } from '../../domain/profile';
import type { CellValue } from '../grid';
import { normalizeKey } from '../normalize';
import { splitList } from './list';
import { Invalid, NOTHING, parseCell } from './value';

type TargetGroups = Profile['vocabulary']['targetGroups'];

/**
 * Målgrupper as a list of the profile's groups; items outside it are named in `detail`. A
 * spelling holding "og" ("laget rundt barnet og eleven") is read whole, not split. An item
 * `otherScheme` names (a group of another scheme, which the domain reports) is read as that group.
 */
export function targetGroupParser(
  groups: TargetGroups,
  otherScheme: (item: string) => string | undefined = () => undefined,
): (value: CellValue) => FieldValue<string[]> {
  const spellings = new Map<string, string>();
  for (const g of groups) for (const s of g.spellings) spellings.set(normalizeKey(s), g.name);
  const lookup = (item: string) => spellings.get(normalizeKey(item));
  return (value) =>
    parseCell(value, (_v, text) => {
      const found: string[] = [];
      const stray: string[] = [];
      const items = splitList(text);
      for (let i = 0; i < items.length; i++) {
        const joined = i + 1 < items.length ? lookup(`${items[i]} og ${items[i + 1]}`) : undefined;
        const group = joined ?? lookup(items[i]!) ?? otherScheme(items[i]!);
        if (joined !== undefined) i++;
        if (group === undefined) stray.push(items[i]!);
        else if (!found.includes(group)) found.push(group);
      }
      if (stray.length > 0) return new Invalid('not-allowed', stray.join(', '));
      return found.length > 0 ? found : NOTHING;
    });
}

/** The baseline vocabulary's målgrupper, for callers without a profile. */
export const parseTargetGroups = targetGroupParser(BASELINE_VOCABULARY.targetGroups);
