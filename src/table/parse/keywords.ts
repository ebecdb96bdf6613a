import type { Fase, Ordning } from '../../domain/model';
import { TARGET_GROUPS } from '../../domain/fields';
import type { CellValue } from '../grid';
import { normalizeKey, words } from '../normalize';
import { splitList } from './list';
import { Invalid, parseCell, unreadable } from './value';

/** Which allowed values a text names, by word prefixes; `exact` words must match whole. */
interface Keyword<T> {
  value: T;
  prefixes: string[];
  exact?: string[];
}

function oneOf<T extends string>(keywords: Keyword<T>[], names: Record<T, string>) {
  return (value: CellValue) =>
    parseCell(value, (_v, text): T | Invalid => {
      const found = new Set<T>();
      for (const word of words(text)) {
        for (const k of keywords) {
          if (k.exact?.includes(word) || k.prefixes.some((p) => word.startsWith(p))) found.add(k.value);
        }
      }
      if (found.size === 1) return [...found][0]!;
      if (found.size > 1) return new Invalid('multiple', [...found].map((v) => names[v]).join(', '));
      return new Invalid('not-allowed');
    });
}

export const parseOrdning = oneOf<Ordning>(
  [
    { value: 'regional', prefixes: ['rekom', 'regional'] },
    { value: 'desentralisert', prefixes: ['dekom', 'desentral'] },
    { value: 'kompetanseloftet', prefixes: ['kompetanseloft', 'spesialped', 'inkluderende'] },
  ],
  { regional: 'regional', desentralisert: 'desentralisert', kompetanseloftet: 'kompetanseløftet' },
);

export const parseFase = oneOf<Fase>(
  [
    { value: 'vurdering', prefixes: ['vurdering', 'kartlegg', 'behov'], exact: ['1'] },
    // "utvikling" as its own word only: "kompetanseutvikling" is not a phase.
    { value: 'planlegging', prefixes: ['planlegg', 'utvikling'], exact: ['2'] },
    { value: 'gjennomforing', prefixes: ['gjennomfor'], exact: ['3'] },
  ],
  { vurdering: 'vurdering', planlegging: 'planlegging', gjennomforing: 'gjennomføring' },
);

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', 'sant', 'true', '1']);
const NO = new Set(['nei', 'n', 'no', 'usant', 'false', '0']);

export function parseYesNo(value: CellValue) {
  return parseCell(value, (v, text): boolean | Invalid => {
    if (typeof v === 'boolean') return v;
    const key = normalizeKey(text);
    if (YES.has(key)) return true;
    if (NO.has(key)) return false;
    return unreadable;
  });
}

export function parseInteger(value: CellValue) {
  return parseCell(value, (v, text): number | Invalid => {
    const n = typeof v === 'number' ? v : /^\d+$/.test(text.replace(/[\s\u00a0]/g, '')) ? Number(text.replace(/[\s\u00a0]/g, '')) : NaN;
    return Number.isInteger(n) && n >= 0 ? n : unreadable;
  });
}

/** Målgruppe items mapped to the allowed list; singular/plural and PP-tjenesten accepted. */
const TARGET_KEYS: Record<string, (typeof TARGET_GROUPS)[number]> = {
  barnehage: 'barnehage',
  barnehager: 'barnehage',
  skole: 'skole',
  skoler: 'skole',
  ppt: 'PPT',
  pptjenesten: 'PPT',
  pptjeneste: 'PPT',
  lagetrundtbarnet: 'laget rundt barnet',
  leder: 'ledere',
  ledere: 'ledere',
  eier: 'eiere',
  eiere: 'eiere',
};

export function parseTargetGroups(value: CellValue) {
  return parseCell(value, (_v, text): string[] | Invalid => {
    const items = splitList(text);
    const stray = items.filter((item) => !(normalizeKey(item) in TARGET_KEYS));
    if (stray.length) return new Invalid('not-allowed', stray.join(', '));
    return [...new Set(items.map((item) => TARGET_KEYS[normalizeKey(item)]!))];
  });
}
