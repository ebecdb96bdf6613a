import { damaged, LIMITS, ReadRefusal, type Where } from './limits';

/**
 * A strict XML scanner for the parts of a workbook, written by hand because the reader must be
 * near the floor (a DOM or SAX parser costs 5–10 times as long on a 100 000-row sheet, issue 9)
 * and because every step must be linear in the input: no regular expression runs over untrusted
 * XML. It reads the XML a workbook part is (XML 1.0 §2–4):
 * - start, end and empty-element tags, with attributes in double or single quotes, names with
 *   or without a namespace prefix (`x:c`, as the .NET Open XML SDK writes them);
 * - text, with the five predefined entities and character references, line ends normalised
 *   (§2.11: CR LF and CR become LF), and CDATA sections;
 * - comments and processing instructions, which are skipped (a value in a comment is no cell).
 * It refuses what a workbook never holds or a damaged one does: a DOCTYPE (so no entity can be
 * declared or fetched), an undefined entity, tags that do not nest or match, a document that
 * ends before its root element does, a second root, a tag or a text longer than LIMITS.token,
 * more than LIMITS.depth open elements or LIMITS.attributes attributes on a tag.
 *
 * Text arrives in pieces (`feed`); `next()` answers MORE when the rest of a token has not come
 * yet, and the piece that follows continues where it stopped.
 */
export const DONE = 0;
export const START = 1;
export const END = 2;
export const TEXT = 3;
export const CDATA = 4;
export const MORE = 5;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const AMP = 38;
const COLON = 58;
const CR = 13;

/** The bounds, as plain numbers for the hot loops. */
const TOKEN = LIMITS.token;
const DEPTH = LIMITS.depth;
const ATTRIBUTES = LIMITS.attributes;

const SPACE = new Uint8Array(128);
for (const c of [32, 10, 13, 9]) SPACE[c] = 1;
/** Characters that end a name: white space and controls, `>`, `/`, `=`, `<` and quotes. */
const NAME_END = new Uint8Array(128);
for (let c = 0; c <= 32; c++) NAME_END[c] = 1;
for (const c of [GT, SLASH, EQUALS, LT, DQUOTE, SQUOTE]) NAME_END[c] = 1;
const isSpace = (c: number) => c < 128 && SPACE[c] === 1;
const endsName = (c: number) => c < 128 && NAME_END[c] === 1;

export class XmlScanner {
  private buf = '';
  private pos = 0;
  private ended = false;
  /** Where an unfinished text token's search for `<` goes on, and what it met so far. */
  private resume = 0;
  private pendingEntities = false;
  private pendingCr = false;
  private readonly stack: string[] = [];
  private rootClosed = false;
  private pendingEnd = false;
  private readonly locals = new Map<string, string>();

  /** The current token: its qualified name (START, END), whether it was `<x/>` (START). */
  name = '';
  selfClosing = false;
  /** Span of the current TEXT or CDATA token in `source`. */
  textStart = 0;
  textEnd = 0;
  private textEntities = false;
  private textCr = false;
  /** Attributes of the current START: name start, name end, value start, value end, per attribute. */
  attrCount = 0;
  readonly attrSpans = new Int32Array(4 * LIMITS.attributes);

  /** `where` names the part in refusals (its path, or what the user knows it by). */
  constructor(readonly where?: Where) {}

  /** The text the spans point into. */
  get source(): string {
    return this.buf;
  }

  get depth(): number {
    return this.stack.length;
  }

  feed(text: string): void {
    if (this.pos > 0) {
      this.buf = this.buf.slice(this.pos) + text;
      this.resume -= this.pos;
      this.pos = 0;
    } else {
      this.buf += text;
    }
  }

  /** No more text will come: a token still open is a part cut short. */
  finish(): void {
    this.ended = true;
  }

  /** The next token: START, END, TEXT, CDATA, MORE (feed more text) or DONE. */
  next(): number {
    if (this.pendingEnd) {
      this.pendingEnd = false;
      this.close();
      return END;
    }
    const buf = this.buf;
    for (;;) {
      const at = this.pos;
      if (at >= buf.length) {
        if (!this.ended) return MORE;
        if (this.stack.length > 0 || !this.rootClosed) throw damaged(this.where);
        return DONE;
      }
      if (buf.charCodeAt(at) !== LT) return this.scanText(at);
      const second = buf.charCodeAt(at + 1);
      if (second === SLASH) return this.endTag(at);
      if (second === BANG) {
        const kind = this.markup(at);
        if (kind !== DONE) return kind;
        continue;
      }
      if (second === QUESTION) {
        const close = buf.indexOf('?>', at + 2);
        if (close < 0) return this.incomplete(at);
        this.pos = close + 2;
        continue;
      }
      if (at + 1 >= buf.length) return this.incomplete(at);
      return this.startTag(at);
    }
  }

  /** The current TEXT or CDATA token as a string: entities decoded, line ends normalised. */
  text(): string {
    let s = this.buf.slice(this.textStart, this.textEnd);
    if (this.textCr) s = normaliseLineEnds(s);
    if (this.textEntities) s = decodeEntities(s, this.where);
    return s;
  }

  /**
   * The hot path of sheets and string tables: right after the start tag of an element, its whole
   * rest when that is `<x>text</x></name>` with `x` a one-letter child (`v` in a cell, `t` in a
   * string item) and plain text (no entity, CR, CDATA or comment): true, with the text's span in
   * textStart/textEnd and the element closed as if its tokens had been read one by one. False, and
   * nothing read, for anything else, which the tokens then give.
   */
  simpleChild(child: number): boolean {
    if (this.pendingEnd) return false;
    const buf = this.buf;
    const length = buf.length;
    const at = this.pos;
    if (at + 3 >= length || buf.charCodeAt(at) !== LT || buf.charCodeAt(at + 1) !== child || buf.charCodeAt(at + 2) !== GT) return false;
    let i = at + 3;
    for (; i < length; i++) {
      const c = buf.charCodeAt(i);
      if (c === LT) break;
      if (c === AMP || c === CR) return false;
    }
    const textEnd = i;
    if (i + 4 >= length || buf.charCodeAt(i + 1) !== SLASH || buf.charCodeAt(i + 2) !== child || buf.charCodeAt(i + 3) !== GT) return false;
    i += 4;
    const open = this.stack[this.stack.length - 1]!;
    const n = open.length;
    if (i + n + 2 >= length || buf.charCodeAt(i) !== LT || buf.charCodeAt(i + 1) !== SLASH) return false;
    i += 2;
    for (let k = 0; k < n; k++, i++) if (buf.charCodeAt(i) !== open.charCodeAt(k)) return false;
    if (buf.charCodeAt(i) !== GT) return false;
    this.pos = i + 1;
    this.textStart = at + 3;
    this.textEnd = textEnd;
    this.close();
    return true;
  }

  /** The value of the current start tag's attribute `name` (qualified, or local when `name` has no prefix), decoded. */
  attr(name: string): string | undefined {
    const k = this.attrIndex(name);
    return k < 0 ? undefined : this.attrValue(k);
  }

  /** Index of attribute `name` of the current start tag, or -1. */
  attrIndex(name: string): number {
    const spans = this.attrSpans;
    const prefixed = name.includes(':');
    for (let k = 0; k < this.attrCount; k++) {
      let from = spans[4 * k]!;
      const to = spans[4 * k + 1]!;
      if (!prefixed) {
        for (let i = from; i < to; i++) {
          if (this.buf.charCodeAt(i) === COLON) {
            from = i + 1;
            break;
          }
        }
      }
      if (to - from === name.length && this.buf.startsWith(name, from)) return k;
    }
    return -1;
  }

  attrValue(k: number): string {
    const from = this.attrSpans[4 * k + 2]!;
    const to = this.attrSpans[4 * k + 3]!;
    const value = this.buf.slice(from, to);
    return needsNormalising(this.buf, from, to) ? normaliseAttribute(value, this.where) : value;
  }

  /** The local part of the current element's name (`c` of `x:c`). */
  get local(): string {
    const name = this.name;
    if (name.length <= 3 && !name.includes(':')) return name;
    let local = this.locals.get(name);
    if (local === undefined) {
      local = name.slice(name.indexOf(':') + 1);
      this.locals.set(name, local);
    }
    return local;
  }

  /** Text up to the next `<`, noting entities and CRs on the way: one pass over its characters. */
  private scanText(at: number): number {
    const buf = this.buf;
    const length = buf.length;
    let i = at > this.resume ? at : this.resume;
    let entities = this.pendingEntities;
    let cr = this.pendingCr;
    for (; i < length; i++) {
      const c = buf.charCodeAt(i);
      if (c === LT) break;
      if (c === AMP) entities = true;
      else if (c === CR) cr = true;
    }
    // Longer than any cell's text can be written (32 767 characters, each at most ten escaped).
    if (i - at > TOKEN) throw damaged(this.where);
    if (i === length && !this.ended) {
      this.resume = length;
      this.pendingEntities = entities;
      this.pendingCr = cr;
      return MORE;
    }
    this.resume = 0;
    this.pendingEntities = false;
    this.pendingCr = false;
    this.pos = i;
    this.textStart = at;
    this.textEnd = i;
    this.textEntities = entities;
    this.textCr = cr;
    // Outside the root element only white space may stand.
    if (this.stack.length === 0 && !isBlank(buf, at, i)) throw damaged(this.where);
    return TEXT;
  }

  /** `<!--…-->` (skipped: DONE), `<![CDATA[…]]>` (CDATA), or a DOCTYPE (refused). */
  private markup(at: number): number {
    const buf = this.buf;
    if (buf.startsWith('<!--', at)) {
      const close = buf.indexOf('-->', at + 4);
      if (close < 0) return this.incomplete(at);
      this.pos = close + 3;
      return DONE;
    }
    if (buf.startsWith('<![CDATA[', at)) {
      const close = buf.indexOf(']]>', at + 9);
      if (close < 0) return this.incomplete(at);
      if (this.stack.length === 0) throw damaged(this.where);
      if (close - at > TOKEN) throw damaged(this.where);
      this.pos = close + 3;
      this.textStart = at + 9;
      this.textEnd = close;
      this.textEntities = false;
      this.textCr = has(buf, CR, at + 9, close);
      return CDATA;
    }
    if (buf.length - at < 9 && !this.ended) return MORE;
    if (buf.startsWith('<!DOCTYPE', at)) throw new ReadRefusal({ kind: 'doctype', where: this.where });
    throw damaged(this.where);
  }

  /** `</name>`, which must close the element open last: its name compared in place, then `>`. */
  private endTag(at: number): number {
    const buf = this.buf;
    const length = buf.length;
    const open = this.stack[this.stack.length - 1];
    if (open === undefined) throw damaged(this.where);
    const n = open.length;
    let i = at + 2;
    for (let k = 0; k < n; k++, i++) {
      if (i >= length) return this.incomplete(at);
      if (buf.charCodeAt(i) !== open.charCodeAt(k)) throw damaged(this.where);
    }
    while (i < length && isSpace(buf.charCodeAt(i))) i++;
    if (i >= length) return this.incomplete(at);
    if (buf.charCodeAt(i) !== GT) throw damaged(this.where);
    this.name = open;
    this.pos = i + 1;
    this.close();
    return END;
  }

  private close(): void {
    this.stack.pop();
    if (this.stack.length === 0) this.rootClosed = true;
  }

  private startTag(at: number): number {
    const buf = this.buf;
    const length = buf.length;
    let i = at + 1;
    while (i < length && !endsName(buf.charCodeAt(i))) i++;
    if (i >= length) return this.incomplete(at);
    if (i === at + 1) throw damaged(this.where);
    const name = nameOf(buf, at + 1, i);
    const spans = this.attrSpans;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      const before = i;
      while (i < length && isSpace(buf.charCodeAt(i))) i++;
      if (i >= length) return this.incomplete(at);
      const c = buf.charCodeAt(i);
      if (c === GT) break;
      if (c === SLASH) {
        if (i + 1 >= length) return this.incomplete(at);
        if (buf.charCodeAt(i + 1) !== GT) throw damaged(this.where);
        selfClosing = true;
        i++;
        break;
      }
      // An attribute: white space before it, a name, `=`, a quoted value without `<`.
      if (i === before || count === ATTRIBUTES) throw damaged(this.where);
      const nameStart = i;
      while (i < length && !endsName(buf.charCodeAt(i))) i++;
      const nameEnd = i;
      while (i < length && isSpace(buf.charCodeAt(i))) i++;
      if (i >= length) return this.incomplete(at);
      if (nameEnd === nameStart || buf.charCodeAt(i) !== EQUALS) throw damaged(this.where);
      i++;
      while (i < length && isSpace(buf.charCodeAt(i))) i++;
      if (i >= length) return this.incomplete(at);
      const quote = buf.charCodeAt(i);
      if (quote !== DQUOTE && quote !== SQUOTE) throw damaged(this.where);
      // The value, to its closing quote; `<` may not stand in it (§3.1).
      let valueEnd = i + 1;
      for (; valueEnd < length; valueEnd++) {
        const v = buf.charCodeAt(valueEnd);
        if (v === quote) break;
        if (v === LT) throw damaged(this.where);
      }
      if (valueEnd >= length) return this.incomplete(at);
      spans[4 * count] = nameStart;
      spans[4 * count + 1] = nameEnd;
      spans[4 * count + 2] = i + 1;
      spans[4 * count + 3] = valueEnd;
      count++;
      i = valueEnd + 1;
      if (i - at > TOKEN) throw damaged(this.where);
    }
    if (count > 1) this.checkUnique(count);
    if (this.stack.length === 0 && this.rootClosed) throw damaged(this.where);
    if (this.stack.length >= DEPTH) throw damaged(this.where);
    this.stack.push(name);
    this.name = name;
    this.selfClosing = selfClosing;
    this.pendingEnd = selfClosing;
    this.attrCount = count;
    this.pos = i + 1;
    return START;
  }

  /** An attribute named twice makes the tag ill-formed (§3.1), and readers would differ on which counts. */
  private checkUnique(count: number): void {
    const spans = this.attrSpans;
    const buf = this.buf;
    if (count <= 16) {
      for (let a = 1; a < count; a++) {
        const start = spans[4 * a]!;
        const length = spans[4 * a + 1]! - start;
        for (let b = 0; b < a; b++) {
          const other = spans[4 * b]!;
          if (spans[4 * b + 1]! - other !== length) continue;
          let k = 0;
          while (k < length && buf.charCodeAt(start + k) === buf.charCodeAt(other + k)) k++;
          if (k === length) throw damaged(this.where);
        }
      }
      return;
    }
    const seen = new Set<string>();
    for (let a = 0; a < count; a++) {
      const name = buf.slice(spans[4 * a], spans[4 * a + 1]);
      if (seen.has(name)) throw damaged(this.where);
      seen.add(name);
    }
  }

  /** A token not complete in the text so far: wait for more, or refuse a part that ends inside it. */
  private incomplete(at: number): number {
    if (this.ended) throw damaged(this.where);
    if (this.buf.length - at > TOKEN) throw damaged(this.where);
    this.pos = at;
    return MORE;
  }
}

/** Element names of the hot paths without allocating a string for each tag. */
function nameOf(buf: string, start: number, end: number): string {
  const length = end - start;
  const c = buf.charCodeAt(start);
  if (length === 1) {
    if (c === 99) return 'c';
    if (c === 118) return 'v';
    if (c === 116) return 't';
    if (c === 102) return 'f';
    if (c === 114) return 'r';
  } else if (length === 3 && c === 114 && buf.charCodeAt(start + 1) === 111 && buf.charCodeAt(start + 2) === 119) return 'row';
  else if (length === 2 && c === 105 && buf.charCodeAt(start + 1) === 115) return 'is';
  else if (length === 2 && c === 115 && buf.charCodeAt(start + 1) === 105) return 'si';
  return buf.slice(start, end);
}

function isBlank(buf: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(buf.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether `code` stands in `buf` between `from` and `to`. A loop, not indexOf: indexOf would
 * search on past `to` to the end of the text when the character is absent, once per token.
 */
function has(buf: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf.charCodeAt(i) === code) return true;
  return false;
}

/** An attribute value with an entity, a line end or a tab (§3.3.3) to normalise. */
function needsNormalising(buf: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = buf.charCodeAt(i);
    if (c === AMP || c === 10 || c === CR || c === 9) return true;
  }
  return false;
}

/** §2.11: CR LF and a lone CR are read as LF. */
export function normaliseLineEnds(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

/** §3.3.3: in an attribute value, line ends and tabs are spaces; character references are kept as written. */
function normaliseAttribute(value: string, where: Where | undefined): string {
  let s = value;
  if (/[\r\n\t]/.test(s)) s = normaliseLineEnds(s).replace(/[\n\t]/g, ' ');
  return s.includes('&') ? decodeEntities(s, where) : s;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else is an undefined entity (no DOCTYPE declares one). */
export function decodeEntities(text: string, where?: Where): string {
  let out = '';
  let from = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', from)) {
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 32) throw damaged(where);
    out += text.slice(from, amp);
    const body = text.slice(amp + 1, semi);
    if (body.charCodeAt(0) === 35) {
      const hex = body.charCodeAt(1) === 120;
      const digits = body.slice(hex ? 2 : 1);
      if (digits === '' || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) throw damaged(where);
      const code = parseInt(digits, hex ? 16 : 10);
      if (!isXmlChar(code)) throw damaged(where);
      out += String.fromCodePoint(code);
    } else {
      const named = NAMED[body];
      if (named === undefined) throw damaged(where);
      out += named;
    }
    from = semi + 1;
  }
  return out + text.slice(from);
}

/** XML 1.0 §2.2 Char. */
const isXmlChar = (c: number) =>
  c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/** OOXML's `_xHHHH_` escapes in cell text (ECMA-376 §22.4.2.4): Excel writes a CR as `_x000D_`. */
export function decodeOoxmlEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Scans a whole part (small parts: relationships, workbook, styles, content), calling `visit` for each token. */
export function scanWhole(xml: string, where: Where | undefined, visit: (s: XmlScanner, kind: number) => void): void {
  const scanner = new XmlScanner(where);
  scanner.feed(xml);
  scanner.finish();
  for (let kind = scanner.next(); kind !== DONE; kind = scanner.next()) visit(scanner, kind);
}

/**
 * Collects the text of a string item (`<si>`, `<is>`, an ODS paragraph's runs): the `<t>` of the
 * item or of each rich-text run `<r>`, joined; phonetic guides (`<rPh>`, Japanese readings) are
 * not shown in a cell and are left out. Feed it the tokens inside the item.
 */
export class StringItem {
  private parts = '';
  private inT = 0;
  private inPhonetic = 0;
  private length = 0;

  reset(): void {
    this.parts = '';
    this.inT = 0;
    this.inPhonetic = 0;
    this.length = 0;
  }

  token(s: XmlScanner, kind: number): void {
    if (kind === START) {
      const local = s.local;
      if (local === 't') this.inT++;
      else if (local === 'rPh') this.inPhonetic++;
    } else if (kind === END) {
      const local = s.local;
      if (local === 't') this.inT--;
      else if (local === 'rPh') this.inPhonetic--;
    } else if ((kind === TEXT || kind === CDATA) && this.inT > 0 && this.inPhonetic === 0) {
      const text = s.text();
      this.length += text.length;
      // Escapes (_xHHHH_) make the text shorter, never longer: checked again after decoding.
      if (this.length > 8 * LIMITS.cellText) throw new ReadRefusal({ kind: 'textTooLong', max: LIMITS.cellText, where: s.where });
      this.parts += text;
    }
  }

  value(): string {
    return decodeOoxmlEscapes(this.parts);
  }
}
