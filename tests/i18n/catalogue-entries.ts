import { resolve } from 'node:path';
import ts from 'typescript';

/**
 * Every entry of the catalogue with parameters to render it with, read from the bokmål catalogue's
 * types: so a function entry is checked in every form it can take (a count of 3, 1 and 0, each
 * literal of a union, an option given and left out), and a new entry or parameter needs no list here.
 */
export interface Entry {
  /** Keys from the catalogue's root: ['rules', 'header-missing', 'message']. */
  path: string[];
  /** Parameter sets to call a function entry with; null for a text (or a list of texts). */
  samples: unknown[] | null;
}

/** Marks a sample text: words holding it are the sample's, not the catalogue's. */
export const SAMPLE = 'Qqx';

/** Parameters that hold an ISO date, which entries format: they get a date, not a sample word. */
const DATE_NAMES = /(^(from|to|last|after|start|end)$|date|day|deadline|today|generated|dato)$/i;
const DATE = '2024-08-01';

export function catalogueEntries(): Entry[] {
  const file = resolve(__dirname, '../../src/i18n/nb/index.ts');
  const program = ts.createProgram([file], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).find((s) => s.name === 'nbCatalogue')!;
  const samples = new Samples(checker);
  const entries: Entry[] = [];
  const walk = (type: ts.Type, path: string[]) => {
    const [call] = type.getCallSignatures();
    if (call) {
      const param = call.parameters[0];
      entries.push({ path, samples: param ? samples.variants(checker.getTypeOfSymbol(param), param.name) : [undefined] });
    } else if (type.flags & ts.TypeFlags.StringLike || checker.isArrayType(type) || checker.isTupleType(type)) {
      entries.push({ path, samples: null });
    } else if (type.flags & ts.TypeFlags.Object) {
      for (const p of type.getProperties()) walk(checker.getTypeOfSymbol(p), [...path, p.name]);
    }
  };
  walk(checker.getTypeOfSymbol(exported), []);
  return entries;
}

interface Values {
  base: unknown;
  alternatives: unknown[];
}

/** Values of a type: one base value, and alternatives that each change one part of it. */
class Samples {
  private words = 0;

  constructor(private readonly checker: ts.TypeChecker) {}

  variants(type: ts.Type, name: string): unknown[] {
    const v = this.of(type, name, 0);
    return [v.base, ...v.alternatives];
  }

  private of(type: ts.Type, name: string, depth: number): Values {
    const { checker } = this;
    if (depth > 8) return { base: undefined, alternatives: [] };
    if (type.isUnion()) {
      const [first, ...rest] = type.types.map((m) => this.of(m, name, depth + 1));
      return { base: first!.base, alternatives: [...first!.alternatives, ...rest.flatMap((m) => [m.base, ...m.alternatives])] };
    }
    if (type.isStringLiteral() || type.isNumberLiteral()) return { base: type.value, alternatives: [] };
    if (type.flags & ts.TypeFlags.BooleanLiteral) return { base: checker.typeToString(type) === 'true', alternatives: [] };
    if (type.flags & ts.TypeFlags.Undefined) return { base: undefined, alternatives: [] };
    if (type.flags & ts.TypeFlags.Null) return { base: null, alternatives: [] };
    if (type.flags & ts.TypeFlags.String) {
      return { base: DATE_NAMES.test(name) ? DATE : `${SAMPLE}${String.fromCharCode(97 + (this.words++ % 26))}`, alternatives: [] };
    }
    if (type.flags & ts.TypeFlags.Number) return { base: 3, alternatives: [1, 0] };
    if (type.flags & ts.TypeFlags.Boolean) return { base: false, alternatives: [true] };
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const element = checker.getTypeArguments(type as ts.TypeReference)[0]!;
      const [a, b] = [this.of(element, name, depth + 1), this.of(element, name, depth + 1)];
      return { base: [a.base, b.base], alternatives: [[a.base], ...a.alternatives.map((x) => [x, b.base])] };
    }
    const parts = type.getProperties().map((p): [string, Values] => {
      const values = this.of(checker.getTypeOfSymbol(p), p.name, depth + 1);
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
      return [p.name, optional ? { base: values.base, alternatives: [...values.alternatives, undefined] } : values];
    });
    const base = Object.fromEntries(parts.map(([key, values]) => [key, values.base]));
    return { base, alternatives: parts.flatMap(([key, values]) => values.alternatives.map((x) => ({ ...base, [key]: x }))) };
  }
}

/** The texts an entry gives: the text itself, each text of a list, or the function's result for each sample. */
export function render(catalogue: object, entry: Entry): string[] {
  let value: unknown = catalogue;
  for (const key of entry.path) value = (value as Record<string, unknown>)[key];
  if (entry.samples === null) return Array.isArray(value) ? (value as string[]) : [value as string];
  const fn = value as (p: unknown) => string;
  return entry.samples.map((sample) => fn(sample));
}
