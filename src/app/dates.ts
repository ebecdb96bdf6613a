/**
 * Dates as the pane, the ribbon, the demo and the command line handle them: ISO (YYYY-MM-DD)
 * inside, dd.mm.åååå for people, whatever the browser's locale says.
 */

/** Today in the machine's own time zone, as ISO: the date a user means by "i dag". */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A date that exists in the calendar, written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * A Norwegian date as typed: day first, then month, then a four-digit year, separated by dots,
 * slashes, dashes or spaces ("15.11.2023", "1.8.2024", "15/11/2023"). An ISO date is taken as it
 * is. Anything else, or a day that does not exist, is undefined: never guessed, never read month
 * first.
 */
export function parseNorwegianDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const m = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/.exec(trimmed);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** ISO as a Norwegian writes it in a cell: "2023-11-15" → "15.11.2023". */
export function norwegianDate(iso: string): string {
  return iso.split('-').reverse().join('.');
}
