/**
 * A small evaluator for the formulas the melding sheet uses (SUM, SUMIF, IF, arithmetic and
 * comparisons over same-sheet references), so tests can recompute a sheet as Excel would and
 * compare with the cached results, also after a user edits a cell.
 */
export type Scalar = number | string | null;
export type Lookup = (address: string) => Scalar;

type Value = Scalar | Scalar[];

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|([A-Z]+\d+(?::[A-Z]+\d+)?)|([A-Z]+)\(|(<=|>=|<>|[-+*/(),<>=]))/y;

export function evaluate(formula: string, lookup: Lookup): Scalar {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`Cannot read formula at ${TOKEN.lastIndex}: ${formula}`);
    tokens.push(m[4] !== undefined ? `${m[4]}(` : m[0].trim());
  }
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const t = tokens[i++];
    if (expected !== undefined && t !== expected) throw new Error(`Expected ${expected}, got ${t} in ${formula}`);
    return t!;
  };
  const num = (v: Value): number => (typeof v === 'number' ? v : v === null || v === '' ? 0 : Number.NaN);

  function comparison(): Value {
    const left = additive();
    const op = peek();
    if (op === '<=' || op === '>=' || op === '<' || op === '>' || op === '=' || op === '<>') {
      take();
      const a = num(left);
      const b = num(additive());
      return { '<=': a <= b, '>=': a >= b, '<': a < b, '>': a > b, '=': a === b, '<>': a !== b }[op] ? 1 : 0;
    }
    return left;
  }
  function additive(): Value {
    let v = multiplicative();
    while (peek() === '+' || peek() === '-') v = take() === '+' ? num(v) + num(multiplicative()) : num(v) - num(multiplicative());
    return v;
  }
  function multiplicative(): Value {
    let v = primary();
    while (peek() === '*' || peek() === '/') v = take() === '*' ? num(v) * num(primary()) : num(v) / num(primary());
    return v;
  }
  function args(): Value[] {
    const list: Value[] = [comparison()];
    while (peek() === ',') {
      take();
      list.push(comparison());
    }
    take(')');
    return list;
  }
  function primary(): Value {
    const t = take();
    if (/^\d/.test(t)) return Number(t);
    if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
    if (t === '(') {
      const v = comparison();
      take(')');
      return v;
    }
    if (t.includes(':')) return range(t).map(lookup);
    if (/^[A-Z]+\d+$/.test(t)) return lookup(t);
    if (t === 'SUM(')
      return args()
        .flat()
        .reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
    if (t === 'SUMIF(') {
      const [test, criterion, values] = args() as [Scalar[], Scalar, Scalar[]];
      return test.reduce<number>(
        (s, v, k) => s + (String(v).toLowerCase() === String(criterion).toLowerCase() ? num(values[k] ?? 0) : 0),
        0,
      );
    }
    if (t === 'IF(') {
      const [cond, yes, no] = args();
      return (num(cond!) !== 0 ? yes : no) as Scalar;
    }
    throw new Error(`Unknown token ${t} in ${formula}`);
  }
  const result = comparison();
  if (i !== tokens.length) throw new Error(`Unread rest of ${formula}`);
  return result as Scalar;
}

function range(ref: string): string[] {
  const [a, b] = ref.split(':') as [string, string];
  const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
  const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b)!;
  if (c1 !== c2 && r1 !== r2) throw new Error(`Only one row or one column: ${ref}`);
  const out: string[] = [];
  if (c1 === c2) for (let r = Number(r1); r <= Number(r2); r++) out.push(`${c1}${r}`);
  else for (let c = c1!.charCodeAt(0); c <= c2!.charCodeAt(0); c++) out.push(`${String.fromCharCode(c)}${r1}`);
  return out;
}
