/**
 * The little XML the cell reader needs, by plain string scanning. A DOM or SAX parser costs
 * 5–10 times as long on a 100 000-row sheet (issue 9's measurements), and a workbook part is
 * machine-written XML: elements, attributes in double or single quotes, the five named entities
 * and numeric character references. Element names may carry a namespace prefix (`x:c`), as the
 * .NET Open XML SDK writes them.
 */

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of one start tag (the text between the element name and `>`), decoded. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
    const name = m[1]!;
    // A prefixed attribute (r:id) is also found by its local name (id) unless that is taken.
    const raw = m[2] ?? m[3] ?? '';
    const value = raw.includes('&') ? decodeEntities(raw) : raw;
    out[name] = value;
    const colon = name.indexOf(':');
    if (colon >= 0 && !(name.slice(colon + 1) in out)) out[name.slice(colon + 1)] = value;
  }
  return out;
}

/** One attribute of a start tag, without building the whole record (the hot path in sheets). */
export function attribute(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = at === 0 ? ' ' : tag[at - 1]!;
    if (before !== ' ' && before !== '\t' && before !== '\n' && before !== '\r') continue;
    let i = from;
    while (tag[i] === ' ') i++;
    if (tag[i] !== '=') continue;
    i++;
    while (tag[i] === ' ') i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") continue;
    const value = tag.slice(i + 1, tag.indexOf(quote, i + 1));
    // Attribute values hold entities at most (no OOXML _xHHHH_ escapes); most hold neither.
    return value.includes('&') ? decodeEntities(value) : value;
  }
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Entities and character references only: what an attribute value or a name may hold. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, named: string | undefined, dec: string | undefined, hex: string | undefined) =>
    named ? NAMED[named]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}

/** XML text → string: entities, then OOXML's `_xHHHH_` escapes (Excel writes a CR as `_x000D_`). */
export function decodeXml(text: string): string {
  let s = text;
  if (s.includes('&')) s = decodeEntities(s);
  if (s.includes('_x')) s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

/** Element name pattern with an optional namespace prefix; `table:table` does not match `table:table-row`. */
export const el = (name: string) => `<(?:[\\w.-]+:)?${name}(?=[\\s/>])`;

/** Every start tag of an element (self-closing or not) as its attribute text. */
export function startTags(xml: string, name: string): string[] {
  const re = new RegExp(`${el(name)}([^>]*)>`, 'g');
  const out: string[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1]!.replace(/\/$/, ''));
  return out;
}

/** Each element with its attribute text and its content ('' when self-closing). */
export function elements(xml: string, name: string): Array<{ tag: string; body: string }> {
  const re = new RegExp(`${el(name)}([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>)`, 'g');
  const out: Array<{ tag: string; body: string }> = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push({ tag: m[1]!, body: m[2] ?? '' });
  return out;
}

const T = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>/g;
const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;

/**
 * The text of a string item (`<si>` or `<is>`): its `<t>`, or the `<t>` of every rich-text run
 * `<r>` joined. Phonetic guides (`<rPh>`, Japanese readings) are not shown in a cell and are left out.
 */
export function stringItemText(body: string): string {
  const plain = body.includes('<rPh') || body.includes(':rPh') ? body.replace(PHONETIC, '') : body;
  let text = '';
  T.lastIndex = 0;
  for (let m = T.exec(plain); m; m = T.exec(plain)) text += m[1];
  return decodeXml(text);
}
