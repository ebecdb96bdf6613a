import type { Period } from '../../domain/model';
import type { CellValue } from '../grid';
import { words } from '../normalize';
import { Invalid, parseCell, unreadable } from './value';

/**
 * Times as people write them: a year, a semester (høst 2024, vår 2025), a school year
 * (2024/2025), a month (august 2024), a date (1.8.2024, 2024-08-01) or an Excel date.
 */
export function parsePeriod(value: CellValue) {
  return parseCell(value, (v, text): Period | Invalid => {
    if (v instanceof Date) return day(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) ?? unreadable;
    if (typeof v === 'number') return readNumber(v);
    return readText(text);
  });
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function readNumber(n: number): Period | Invalid {
  if (Number.isInteger(n) && n >= 1990 && n <= 2100) return year(n);
  if (n >= 20000 && n <= 80000) {
    const d = new Date(EXCEL_EPOCH + Math.floor(n) * 86_400_000);
    return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ?? unreadable;
  }
  return unreadable;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];

function readText(text: string): Period | Invalid {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})$/.exec(t);
  if (m) return readNumber(Number(m[1]));
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$/.exec(t);
  if (m) return day(fullYear(m[3]!), Number(m[2]), Number(m[1])) ?? unreadable;
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3])) ?? unreadable;
  m = /^(\d{4})\s*[/–-]\s*(\d{4}|\d{2})$/.exec(t);
  if (m) {
    const from = Number(m[1]);
    const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    return to === from + 1 ? { from: `${from}-08-01`, to: `${to}-07-31` } : unreadable;
  }
  const w = words(t);
  if (w.length === 1) {
    m = /^([hv])(\d{4}|\d{2})$/.exec(w[0]!);
    if (m) return semester(m[1] === 'h' ? 'host' : 'var', fullYear(m[2]!));
  }
  if (w.length === 2 && /^\d{4}$/.test(w[1]!)) {
    const y = Number(w[1]);
    if (/^(host|hosten|h)$/.test(w[0]!)) return semester('host', y);
    if (/^(var|varen|v)$/.test(w[0]!)) return semester('var', y);
    const month = MONTHS.findIndex((name) => w[0]!.startsWith(name) && (w[0]!.length === 3 || isMonthWord(w[0]!)));
    if (month >= 0) return monthSpan(y, month + 1);
  }
  return unreadable;
}

const MONTH_WORDS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

function isMonthWord(word: string): boolean {
  return MONTH_WORDS.includes(word);
}

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function day(y: number, m: number, d: number): Period | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  const s = iso(y, m, d);
  return { from: s, to: s };
}

function year(y: number): Period {
  return { from: iso(y, 1, 1), to: iso(y, 12, 31) };
}

/** Autumn: August–December; spring: January–July (the school year's halves). */
function semester(which: 'host' | 'var', y: number): Period {
  return which === 'host' ? { from: iso(y, 8, 1), to: iso(y, 12, 31) } : { from: iso(y, 1, 1), to: iso(y, 7, 31) };
}

function monthSpan(y: number, m: number): Period {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: iso(y, m, 1), to: iso(y, m, last) };
}
