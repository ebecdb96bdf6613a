import { END, scanWhole, START } from './xml';

/** How a cell style shows a number: as itself, as a date or time of day, or as elapsed time (`[h]:mm`). */
export const NUMBER = 0;
export const DATE = 1;
export const ELAPSED = 2;

export interface CellStyles {
  /** By cell style index (`s`): NUMBER, DATE or ELAPSED. Styles past the end are NUMBER. */
  kinds: Uint8Array;
  /** The format code of each ELAPSED style, by index. */
  elapsed: Map<number, string>;
}

export const NO_STYLES: CellStyles = { kinds: new Uint8Array(0), elapsed: new Map() };

/**
 * Which cell styles show a number as a date, a time or elapsed time. A date in .xlsx is a
 * number (days since 1900 or 1904) whose style's number format is a date format: one of the
 * built-in ids, or a custom format code from `<numFmts>` with day, month, year or time tokens
 * outside quotes, escapes and `[…]` sections (`[$-414]d. mmmm yyyy` is a date, `# ##0 "kr"` and
 * `[Red]0` are not). A `<numFmt>` elsewhere (inside `<dxfs>`, the formats conditional formats
 * and pivot tables apply) does not define a cell style's format, even with the same id.
 */
export function cellStyles(stylesXml: string | undefined, part: string): CellStyles {
  if (stylesXml === undefined) return NO_STYLES;
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let parent = '';
  let parentDepth = 0;
  scanWhole(stylesXml, { part }, (s, kind) => {
    if (kind === START) {
      const local = s.local;
      if (s.depth === 2 && (local === 'numFmts' || local === 'cellXfs')) {
        parent = local;
        parentDepth = 2;
      } else if (parent === 'numFmts' && s.depth === 3 && local === 'numFmt') {
        custom.set(Number(s.attr('numFmtId')), s.attr('formatCode') ?? '');
      } else if (parent === 'cellXfs' && s.depth === 3 && local === 'xf') {
        formats.push(Number(s.attr('numFmtId') ?? 0));
      }
    } else if (kind === END && parent !== '' && s.depth < parentDepth) {
      parent = '';
    }
  });
  const kinds = new Uint8Array(formats.length);
  const elapsed = new Map<number, string>();
  formats.forEach((id, index) => {
    const code = custom.get(id) ?? BUILT_IN[id];
    const kind = code === undefined ? NUMBER : formatKind(code);
    kinds[index] = kind;
    if (kind === ELAPSED) elapsed.set(index, code!);
  });
  return { kinds, elapsed };
}

/** Built-in date and time formats (ECMA-376 §18.8.30; the East Asian 27–36 and 50–58 are dates too). */
const BUILT_IN: Record<number, string> = {
  14: 'd.m.yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'd.m.yyyy h:mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  ...Object.fromEntries([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58].map((id) => [id, 'yyyy-mm-dd'])),
};

/** Excel refuses format codes longer than this; a longer one is not read as a date. */
const MAX_FORMAT_CODE = 255;

/** The first section of a format code (positive numbers, which decides how Excel shows a value) without quoted text, escapes and fills. */
function bareSection(code: string): string {
  return (
    code
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .replace(/_.|\*./g, '')
      .split(';')[0] ?? ''
  );
}

export function formatKind(code: string): number {
  if (code.length > MAX_FORMAT_CODE) return NUMBER;
  const bare = bareSection(code);
  if (/\[(?:h+|m+|s+)\]/i.test(bare)) return ELAPSED;
  const plain = bare.replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(plain) && !/^general$/i.test(plain.trim()) ? DATE : NUMBER;
}

export const isDateFormat = (code: string) => formatKind(code) !== NUMBER;

const DAY_MS = 86_400_000;

/**
 * A number of days shown in an elapsed-time format, as Excel shows it: `[h]:mm:ss` of 10.632
 * is "255:10:10", `[mm]:ss` of one hour "60:00". The first bracketed unit counts without bound,
 * the units after it within theirs; the value is rounded to the smallest unit shown.
 */
export function formatElapsed(days: number, code: string): string {
  const tokens = elapsedTokens(code);
  const decimals = tokens.find((t) => t.kind === '.')?.width ?? 0;
  const smallest = tokens.some((t) => t.kind === 's') ? 1000 / 10 ** decimals : tokens.some((t) => t.kind === 'm') ? 60_000 : 3_600_000;
  const ms = Math.round((Math.abs(days) * DAY_MS) / smallest) * smallest;
  const totals: Record<string, number> = { h: Math.floor(ms / 3_600_000), m: Math.floor(ms / 60_000), s: Math.floor(ms / 1000) };
  const within: Record<string, number> = { h: totals.h! % 24, m: totals.m! % 60, s: totals.s! % 60 };
  let out = days < 0 && ms > 0 ? '-' : '';
  for (const t of tokens) {
    if (t.kind === 'lit') out += t.text;
    else if (t.kind === '.')
      out +=
        '.' +
        String(Math.round(ms % 1000))
          .padStart(3, '0')
          .slice(0, t.width);
    else out += String(t.elapsed ? totals[t.kind]! : within[t.kind]!).padStart(t.width, '0');
  }
  return out;
}

interface ElapsedToken {
  kind: 'h' | 'm' | 's' | '.' | 'lit';
  width: number;
  elapsed?: boolean;
  text?: string;
}

function elapsedTokens(code: string): ElapsedToken[] {
  const section = code.split(';')[0] ?? '';
  const tokens: ElapsedToken[] = [];
  for (let i = 0; i < section.length;) {
    const c = section[i]!;
    const lower = c.toLowerCase();
    if (c === '"') {
      const close = section.indexOf('"', i + 1);
      const end = close < 0 ? section.length : close;
      tokens.push({ kind: 'lit', width: 0, text: section.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '\\' && i + 1 < section.length) {
      tokens.push({ kind: 'lit', width: 0, text: section[i + 1] });
      i += 2;
    } else if (c === '_' || c === '*') {
      i += 2;
    } else if (c === '[') {
      const close = section.indexOf(']', i);
      const inner = close < 0 ? '' : section.slice(i + 1, close).toLowerCase();
      if (/^(?:h+|m+|s+)$/.test(inner)) tokens.push({ kind: inner[0] as 'h' | 'm' | 's', width: inner.length, elapsed: true });
      i = close < 0 ? section.length : close + 1;
    } else if (lower === 'h' || lower === 'm' || lower === 's') {
      let j = i;
      while (j < section.length && section[j]!.toLowerCase() === lower) j++;
      tokens.push({ kind: lower, width: j - i });
      i = j;
    } else if (c === '.' && section[i + 1] === '0') {
      let j = i + 1;
      while (section[j] === '0') j++;
      tokens.push({ kind: '.', width: Math.min(j - i - 1, 3) });
      i = j;
    } else {
      tokens.push({ kind: 'lit', width: 0, text: c });
      i++;
    }
  }
  return tokens;
}
