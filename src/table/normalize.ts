import type { CellValue } from './grid';
import { isCellError } from './grid';
import { isoOfDate } from './calendar';
import { foldText, nameKey } from '../domain/format';

/** Headers and labels are compared by the domain's name keys. */
export { foldText, nameKey as normalizeKey };

/** Folded words (runs of letters and digits), for keyword matching: `Fase 2: Planlegging` → fase, 2, planlegging. */
export function words(text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  for (const word of folded.split(/[^a-z0-9]+/g)) if (word !== '') out.push(word);
  return out;
}

/** A cell as the text a user would read, for messages and text fields. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  if (value instanceof Date) return dateText(value);
  if (isCellError(value)) return value.error;
  return '';
}

/** Numbers without binary noise: 0.1 + 0.2 reads as 0.3, as Excel shows it. */
function numberText(n: number): string {
  return Number.isInteger(n) || !Number.isFinite(n) ? String(n) : String(Number(n.toPrecision(15)));
}

function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? 'ugyldig dato' : isoOfDate(d);
}
