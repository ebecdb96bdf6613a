/**
 * Excel's date serials: days since 30 December 1899 (the 1900 system, which counts a 29 February
 * 1900 that never was) or since 1 January 1904, with the time of day as the fraction.
 */
const DAY_MS = 86_400_000;
/** Days from 1899-12-30 to 1970-01-01. */
const EPOCH_1900 = 25_569;
const EPOCH_1904_OFFSET = 1_462;
/** 31 December 9999, the last day Excel shows; past it (or before day 0) a date cell shows ####. */
const LAST_1900 = 2_958_466;

/** A date serial → the UTC midnight (plus time of day) it shows; Excel dates carry no time zone. */
export function serialToDate(serial: number, date1904: boolean): Date {
  let days = serial + (date1904 ? EPOCH_1904_OFFSET : 0) - EPOCH_1900;
  // Excel's 1900 system counts a 29 February 1900 that never was: serials below 60 are a day later.
  if (!date1904 && serial < 60) days += 1;
  return new Date(Math.round(days * DAY_MS));
}

/** Whether Excel shows the serial as a date at all (otherwise a date cell shows ####). */
export function validSerial(serial: number, date1904: boolean): boolean {
  return serial >= 0 && serial < (date1904 ? LAST_1900 - EPOCH_1904_OFFSET : LAST_1900);
}

/** Characters of the longest ISO 8601 value read; a longer text is text. */
const MAX_ISO = 64;

const ISO_DATE = /^(-?\d{4,5})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?(Z|[+-]\d\d:?\d\d)?$/;
const ISO_TIME = /^(\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?$/;
const ISO_DURATION = /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * An ISO 8601 value of a `t="d"` cell → its serial, and whether it names a calendar day (a date
 * or date-time) rather than a time of day or a duration; undefined when it is none of these.
 * Read by hand: `Date.parse` keeps digits of fractional seconds past the third as milliseconds
 * ("11:00:00.00000020954" became 11:00:00.209). The patterns are anchored and have no nested
 * repetition, and run on at most MAX_ISO characters.
 */
export function isoToSerial(text: string, date1904: boolean): { serial: number; date: boolean } | undefined {
  // The longest ISO value a cell holds ("2009-01-01T11:00:00.00000020954757600") is far shorter.
  if (text.length > MAX_ISO) return undefined;
  const v = text.trim();
  const date = ISO_DATE.exec(v);
  if (date) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0', zone] = date;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) + Math.round(Number(sec) * 1000);
    const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (Number.isNaN(ms) || check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return undefined;
    const offset = zone === undefined || zone === 'Z' ? 0 : zoneMinutes(zone) * 60_000;
    return { serial: dateToSerial(ms - offset, date1904), date: true };
  }
  const time = ISO_TIME.exec(v);
  if (time) {
    const [, h, mi, sec = '0'] = time;
    return { serial: (Number(h) * 3600 + Number(mi) * 60 + Number(sec)) / 86_400, date: false };
  }
  const duration = ISO_DURATION.exec(v);
  if (duration && v !== 'P' && !v.endsWith('T')) {
    const [, minus, d = '0', h = '0', mi = '0', sec = '0'] = duration;
    const days = Number(d) + (Number(h) * 3600 + Number(mi) * 60 + Number(sec)) / 86_400;
    return { serial: minus ? -days : days, date: false };
  }
  return undefined;
}

function zoneMinutes(zone: string): number {
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

/** A UTC time → the serial Excel stores for that day and time (the inverse of serialToDate). */
function dateToSerial(ms: number, date1904: boolean): number {
  const days = ms / DAY_MS + EPOCH_1900 - (date1904 ? EPOCH_1904_OFFSET : 0);
  // Before 1 March 1900 the 1900 system's serials are a day less than the days counted.
  return !date1904 && days < 61 ? days - 1 : days;
}
