import { TARGET_GROUPS } from '../../domain/fields';
import type { FieldValue } from '../../domain/model';
import type { CellValue } from '../grid';
import { normalizeKey } from '../normalize';
import { splitList } from './list';
import { Invalid, NOTHING, parseCell } from './value';

type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Normalised spellings (singular, plural, definite) of each allowed målgruppe. */
const SPELLINGS: ReadonlyMap<string, TargetGroup> = new Map<string, TargetGroup>([
  ...(['barnehage', 'barnehager', 'barnehagen', 'barnehagene'] as const).map((k) => [k, 'barnehage'] as const),
  ...(['skole', 'skoler', 'skolen', 'skolene'] as const).map((k) => [k, 'skole'] as const),
  ...(['ppt', 'pptjeneste', 'pptjenesten', 'pptjenester', 'pedagogiskpsykologisktjeneste'] as const).map((k) => [k, 'PPT'] as const),
  ...(['lagetrundtbarnet', 'lagetrundtbarna', 'lagetrundteleven'] as const).map((k) => [k, 'laget rundt barnet'] as const),
  ...(['leder', 'ledere', 'lederne'] as const).map((k) => [k, 'ledere'] as const),
  ...(['eier', 'eiere', 'eierne'] as const).map((k) => [k, 'eiere'] as const),
]);

/** The official phrase holds an "og" that is not a list separator. */
const LAGET_RUNDT = /(laget rundt (?:barnet|barna))\s+og\s+(?:eleven|elevene)/gi;

/** Målgrupper as a list of the allowed values; items outside the list are named in `detail`. */
export function parseTargetGroups(value: CellValue): FieldValue<string[]> {
  return parseCell(value, (_v, text) => {
    const groups: string[] = [];
    const stray: string[] = [];
    for (const item of splitList(text.replace(LAGET_RUNDT, '$1'))) {
      const group = SPELLINGS.get(normalizeKey(item));
      if (group === undefined) stray.push(item);
      else if (!groups.includes(group)) groups.push(group);
    }
    if (stray.length > 0) return new Invalid('not-allowed', stray.join(', '));
    return groups.length > 0 ? groups : NOTHING;
  });
}
