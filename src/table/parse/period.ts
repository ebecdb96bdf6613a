import type { FieldValue, Period } from '../../domain/model';
import type { CellValue } from '../grid';
import { daysInMonth, isoDate } from '../calendar';
import { words } from '../normalize';
import { Invalid, parseCell, unreadable, type Present } from './value';

/** A bare year, semester or school year is read in this span; a full date in a wider one. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const FIRST_DATE_YEAR = 1900;
const LAST_DATE_YEAR = 2199;
/** Excel serial numbers of 1954-10-03 … 2119-01-10: dates, never amounts of days. */
const FIRST_SERIAL = 20000;
const LAST_SERIAL = 80000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const YEAR = /^\d{4}$/;
/** Norwegian order, day first: 1.8.2024, 01.08.24, 1/8/2024, 1-8-2024, 1. 8. 2024. */
const DAY_FIRST = /^(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})$/;
const MONTH_YEAR = /^(\d{1,2})[./](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/;
const SEMESTER_WORD = /^([hv])(\d{4}|\d{2})$/;
const SHORT_OR_LONG_YEAR = /^(?:\d{4}|\d{2})$/;
const AUTUMN = new Set(['h', 'host', 'hosten']);
const SPRING = new Set(['v', 'var', 'varen']);
const SCHOOL_YEAR = new Set(['skolear', 'skolearet']);
const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/**
 * When something starts or ends, as people write it: an Excel date or serial number, a year
 * (2024), a semester (høst 2024, V2025), a school year (2024/25), a month (aug. 2024,
 * 08.2024) or a date (1.8.2024, 2024-08-01). The caller takes `from` for a start and `to`
 * for an end.
 */
export function parsePeriod(value: CellValue): FieldValue<Period> {
  // Date cells are common and always exact: straight to the value.
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const d = dayOfDate(value);
    if (!(d instanceof Invalid)) return { kind: 'ok', value: d, raw: d.from };
  }
  return parseCell(value, readPeriod);
}

function dayOfDate(value: Date): Period | Invalid {
  return day(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

function readPeriod(value: Present, text: string): Period | Invalid {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? unreadable : dayOfDate(value);
  if (typeof value === 'number') return readSerialOrYear(value);
  if (typeof value !== 'string') return unreadable;
  return readPeriodText(text.toLowerCase());
}

function readSerialOrYear(n: number): Period | Invalid {
  if (Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR) return wholeYear(n);
  if (n >= FIRST_SERIAL && n <= LAST_SERIAL) {
    // A fraction is the time of day.
    const d = new Date(EXCEL_EPOCH + Math.floor(n) * DAY_MS);
    return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return unreadable;
}

function readPeriodText(t: string): Period | Invalid {
  if (YEAR.test(t)) return readSerialOrYear(Number(t));
  let m = DAY_FIRST.exec(t);
  if (m) return day(fullYear(m[4]!), Number(m[3]), Number(m[1]));
  m = ISO_DATE.exec(t);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_YEAR.exec(t);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? monthOf(Number(m[2]), Number(m[1])) : unreadable;
  return readPeriodWords(words(t));
}

/** Semesters, school years and months: forms where spacing and punctuation vary freely. */
function readPeriodWords(w: string[]): Period | Invalid {
  if (w.length === 1) {
    const m = SEMESTER_WORD.exec(w[0]!);
    return m ? semester(m[1] === 'h' ? 'host' : 'var', fullYear(m[2]!)) : unreadable;
  }
  const ys = SCHOOL_YEAR.has(w[0]!) ? w.slice(1) : w;
  if (ys.length === 2 && YEAR.test(ys[0]!) && SHORT_OR_LONG_YEAR.test(ys[1]!)) return schoolYear(Number(ys[0]), ys[1]!);
  if (w.length !== 2) return unreadable;
  const [first, second] = w as [string, string];
  if (SHORT_OR_LONG_YEAR.test(second)) {
    if (AUTUMN.has(first)) return semester('host', fullYear(second));
    if (SPRING.has(first)) return semester('var', fullYear(second));
  }
  if (YEAR.test(second) && first.length >= 3) {
    // "aug", "sept" and "desember" all name their month; two-digit years stay out ("aug 24" may be a day).
    const month = MONTHS.findIndex((name) => name.startsWith(first));
    if (month >= 0) return monthOf(Number(second), month + 1);
  }
  return unreadable;
}

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function inRange(y: number): boolean {
  return y >= FIRST_YEAR && y <= LAST_YEAR;
}

/** One calendar day; impossible dates (31.02) are unreadable, never rolled over. */
function day(y: number, m: number, d: number): Period | Invalid {
  if (y < FIRST_DATE_YEAR || y > LAST_DATE_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return unreadable;
  const s = isoDate(y, m, d);
  return { from: s, to: s };
}

function wholeYear(y: number): Period {
  return { from: isoDate(y, 1, 1), to: isoDate(y, 12, 31) };
}

/** The school year's halves: autumn is August–December, spring January–July. */
function semester(which: 'host' | 'var', y: number): Period | Invalid {
  if (!inRange(y)) return unreadable;
  return which === 'host' ? { from: isoDate(y, 8, 1), to: isoDate(y, 12, 31) } : { from: isoDate(y, 1, 1), to: isoDate(y, 7, 31) };
}

/** 2024/2025 or 2024/25: August 2024 to July 2025; the second year must follow the first. */
function schoolYear(from: number, second: string): Period | Invalid {
  const to = second.length === 2 ? from - (from % 100) + Number(second) + (Number(second) < from % 100 ? 100 : 0) : Number(second);
  if (to !== from + 1 || !inRange(from) || !inRange(to)) return unreadable;
  return { from: isoDate(from, 8, 1), to: isoDate(to, 7, 31) };
}

function monthOf(y: number, m: number): Period | Invalid {
  if (!inRange(y)) return unreadable;
  return { from: isoDate(y, m, 1), to: isoDate(y, m, daysInMonth(y, m)) };
}
