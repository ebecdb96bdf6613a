import type { FieldValue } from '../../domain/model';
import type { CellValue } from '../grid';
import { ambiguous, Invalid, parseCell, unreadable, type Present } from './value';

/** Most typed amounts are bare digits; they skip everything below. */
const PLAIN = /^\d{1,13}$/;
/**
 * The usual forms in one step (150 000, 150.000, kr 150 000,-, 150 000,50 kr): one kind of
 * thousands separator, at most two decimals. Everything else takes the long way below.
 */
const USUAL = /^(?:(?:kr\.?|nok)\s?)?(\d{1,3}(?:(\s|\.)\d{3})?(?:\2\d{3})*)(?:,(\d\d?)|,-)?(?:\s?(?:kr\.?|kroner|nok))?$/i;
/** Space, NBSP, thin space, narrow NBSP (all in \s): each is used as a thousands separator. */
const SPACES = /\s+/g;
const MINUS = /^[-\u2212\u2013]\s?/;
const CURRENCY_BEFORE = /^(?:kr\.?|nok)\s?/;
/** One word or mark at the end: currency, `,-`, or a scale word (`mill`, `k`, `tusen`). */
const TRAILER = /\s?(kr\.?|kroner|nok|[,.][-\u2013\u2014]|mill(?:ion(?:er)?)?\.?|mnok|mkr|kkr|tkr|tnok|k|tusen)$/;
/** Powers of ten of the scale words. */
const SCALES: Record<string, number> = { mnok: 6, mkr: 6, kkr: 3, tkr: 3, tnok: 3, k: 3, tusen: 3 };

const DIGITS = /^\d+$/;
/** Norwegian style: digits grouped by space or dot, comma decimals. */
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?:,\d+)?$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_DECIMAL = /^\d+,\d+$/;
/** English style (1,500,000 or 150,000.50): the writer's convention is not the form's. */
const ENGLISH = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_OR_COMMA_DECIMAL = /^\d+[.,]\d+$/;
/** 1,500 or 1.500 before a scale word: a decimal, or thousands? */
const THREE_DECIMALS = /^\d{1,3}[.,]\d{3}$/;
const NUMERIC = /^\d[\d .,]*$/;
/** Up to ten thousand billion kroner: exact in øre as a double. */
const MAX_DIGITS = 13;

/**
 * A NOK amount: a number as it is, or text as people type it (`150 000 kr`, `kr 150.000,-`,
 * `1,5 mill`, `150k`). What reads two ways (`1,500`, `1.5`) is ambiguous; approximations
 * and ranges (`ca. 150 000`, `150-200 000`) are unreadable. Rounded to øre.
 */
export function parseAmount(value: CellValue): FieldValue<number> {
  return parseCell(value, readAmount);
}

function readAmount(value: Present, text: string): number | Invalid {
  if (typeof value === 'number') return Number.isFinite(value) ? roundOre(value) : unreadable;
  if (typeof value !== 'string') return unreadable;
  if (PLAIN.test(text)) return Number(text);
  const usual = USUAL.exec(text);
  if (usual) {
    const digits = usual[1]!.replace(/\D/g, '');
    if (digits.length <= MAX_DIGITS) return decimal(digits, usual[3] ?? '');
  }
  return readAmountText(text);
}

function readAmountText(text: string): number | Invalid {
  let s = text.toLowerCase().replace(SPACES, ' ');
  let negative = false;
  const takeSign = () => {
    const m = negative ? null : MINUS.exec(s);
    if (m) {
      negative = true;
      s = s.slice(m[0].length);
    }
  };
  takeSign(); // -kr 5000
  s = s.replace(CURRENCY_BEFORE, '');
  takeSign(); // kr -5000
  let exponent = 0;
  for (let m = TRAILER.exec(s); m; m = TRAILER.exec(s)) {
    const word = m[1]!;
    const scale = word.startsWith('mill') ? 6 : SCALES[word];
    if (scale !== undefined) {
      if (exponent !== 0) return unreadable;
      exponent = scale;
    }
    s = s.slice(0, m.index).trimEnd();
  }
  if (!NUMERIC.test(s)) return unreadable;
  const n = exponent === 0 ? readNumber(s) : readScaled(s, exponent);
  if (n instanceof Invalid) return n;
  return negative && n !== 0 ? -n : n;
}

/** Digits and separators without a scale word. */
function readNumber(s: string): number | Invalid {
  if (DIGITS.test(s)) return decimal(s, '');
  if (SPACE_GROUPED.test(s) || DOT_GROUPED.test(s)) {
    const [int, fraction = ''] = s.split(',');
    return decimal(int!.replace(/[ .]/g, ''), fraction);
  }
  if (ENGLISH.test(s)) return ambiguous;
  if (COMMA_DECIMAL.test(s)) {
    const [int, fraction] = s.split(',');
    return decimal(int!, fraction!);
  }
  // 1.5 or 150000.50: a dot decimal is not Norwegian; thousands or millions may have been meant.
  if (DOT_OR_COMMA_DECIMAL.test(s)) return ambiguous;
  return unreadable;
}

/** Half-up to øre, on the digits themselves so that no binary fraction gets in the way. */
function decimal(int: string, fraction: string): number | Invalid {
  const digits = int.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return unreadable;
  const ore = Number(digits + fraction.slice(0, 2).padEnd(2, '0'));
  const roundUp = fraction.length > 2 && fraction[2]! >= '5';
  return (ore + (roundUp ? 1 : 0)) / 100;
}

/**
 * With a scale word a decimal is meant, by comma or dot (1,5 mill, 1.5 mill), unless three
 * digits follow that could be thousands. Exact to the øre or not at all.
 */
function readScaled(s: string, exponent: number): number | Invalid {
  let int: string;
  let fraction = '';
  if (DIGITS.test(s)) int = s;
  else if (SPACE_GROUPED.test(s) && !s.includes(',')) int = s.replace(/ /g, '');
  else if (THREE_DECIMALS.test(s)) return ambiguous;
  else if (DOT_OR_COMMA_DECIMAL.test(s)) [int, fraction] = s.split(/[.,]/) as [string, string];
  else return unreadable;
  const places = exponent + 2;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > places) return unreadable;
  const ore = (int + significant.padEnd(places, '0')).replace(/^0+(?=\d)/, '');
  if (ore.length > MAX_DIGITS + 2) return unreadable;
  return Number(ore) / 100;
}

function roundOre(n: number): number {
  const rounded = Math.round(n * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}
