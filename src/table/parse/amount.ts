import type { CellValue } from '../grid';
import { ambiguous, Invalid, parseCell, unreadable } from './value';

const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

/**
 * NOK amounts as typed: 150000, 150 000, 150 000 kr, kr 150.000,-, 150.000,50, 1,5 mill, 150k.
 * Forms that read two ways (1,500 / 1.5) are ambiguous; approximations (ca., ranges) unreadable.
 */
export function parseAmount(value: CellValue) {
  return parseCell(value, (v, text) => (typeof v === 'number' ? (Number.isFinite(v) ? roundOre(v) : unreadable) : readAmountText(text)));
}

function roundOre(n: number): number {
  return Math.round(n * 100) / 100;
}

const MULTIPLIERS: Array<[RegExp, number]> = [
  [/(?:mill(?:ioner|ion)?|mnok|mkr)\.?$/, 1_000_000],
  [/(?:k|tusen|knok)\.?$/, 1_000],
];

function readAmountText(text: string): number | Invalid {
  let s = text.toLowerCase().replace(SPACES, ' ').trim();
  s = s.replace(/^(?:kr\.?|nok)\s*/, '').replace(/\s*(?:kr\.?|nok|kroner)$/, '');
  s = s.replace(/[,.]-$/, '').trim();
  let multiplier = 1;
  for (const [suffix, factor] of MULTIPLIERS) {
    if (suffix.test(s)) {
      multiplier = factor;
      s = s.replace(suffix, '').trim();
      break;
    }
  }
  const negative = /^[-−–]/.test(s);
  if (negative) s = s.slice(1).trim();
  const n = readNumber(s, multiplier !== 1);
  if (n instanceof Invalid) return n;
  const amount = roundOre(n * multiplier);
  if (multiplier !== 1 && Math.abs(n * multiplier - amount) > 1e-6) return unreadable;
  return negative ? -amount : amount;
}

/** Digits with Norwegian separators: space or dot thousands, comma decimals. */
function readNumber(s: string, scaled: boolean): number | Invalid {
  if (/^\d{1,3}( \d{3})+(,\d{1,2})?$/.test(s) || /^\d+(,\d{1,2})?$/.test(s)) return Number(s.replace(/ /g, '').replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  // With a scale word, a decimal is meant: 1,5 mill / 1.5 mill / 2,25 mill.
  if (scaled && /^\d+[.,]\d+$/.test(s)) return Number(s.replace(',', '.'));
  // 1,500 or 1.5 or 1,000,000: could be a decimal or English thousands.
  if (/^\d+([.,]\d+)+$/.test(s)) return ambiguous;
  return unreadable;
}
