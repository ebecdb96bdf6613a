import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A text in the code that reads as Norwegian: where it is and what it says. */
export interface Literal {
  file: string;
  line: number;
  text: string;
}

/**
 * Words that mark Norwegian prose, in either written standard, and are not English words a
 * program would write ("for", "at", "under" and "over" are both, so they do not count).
 */
const NORWEGIAN_WORDS = new Set(
  (
    'og er på med som til av det den dette denne en et ein eit ei ikke ikkje kan må skal har fra frå eller ingen hva kva ' +
    'hvor kvar når ved så du vi seg sin sitt etter før mellom bare berre også òg nå alle fil filen fila ark arket rad raden rada ' +
    'tiltak tiltaket tiltaka feil mangler manglar finnes finst velg vel skriv lag lager laga trykk ja nei kolonne kolonnen'
  ).split(' '),
);

const LETTERS = /\p{L}+/gu;
const NORWEGIAN_LETTERS = /[æøåÆØÅ]/;

/**
 * Whether a text reads as Norwegian: two or more words, one of them a Norwegian marker or with æ, ø
 * or å, or most of them words of the catalogues; a lone capitalised word with æ, ø or å ("Søker …",
 * not the key "eiere"). Identifiers, keys and codes (one lower-case word, camelCase, ALL CAPS) never
 * count: a lone word is caught where it is shown (JSX, a label), not anywhere else.
 * What is `shown` as it is (JSX text, a label or title) counts with any word.
 */
export function readsNorwegian(text: string, vocabulary: ReadonlySet<string>, shown = false): boolean {
  const words = text.match(LETTERS) ?? [];
  if (words.length === 0) return false;
  if (shown) return words.some((w) => w.length > 1);
  if (words.length === 1) {
    const [word] = words as [string];
    return /^\p{Lu}\p{Ll}+$/u.test(word) && NORWEGIAN_LETTERS.test(word);
  }
  if (words.some((w) => NORWEGIAN_WORDS.has(w.toLowerCase())) || (NORWEGIAN_LETTERS.test(text) && /\s/.test(text))) return true;
  // Markup (an XML part the xlsx writer builds) is not prose.
  if (/<\/?[\w:]+[\s>/]/.test(text)) return false;
  // Words apart, as a sentence is written ("Ukjent ordning"), most of them words the catalogues use.
  const long = words.filter((w) => w.length > 2);
  return /\s/.test(text.trim()) && long.length > 0 && long.filter((w) => vocabulary.has(w.toLowerCase())).length * 2 > long.length;
}

/** The words the catalogues are written with (bokmål and nynorsk), to know prose that has none of the markers. */
export function catalogueVocabulary(root: string): Set<string> {
  const words = new Set<string>();
  for (const file of sourceFiles(root, 'src/i18n')) {
    for (const text of textsOf(file, readFileSync(join(root, file), 'utf8'))) {
      for (const w of text.match(LETTERS) ?? []) if (w.length > 2 && !ENGLISH.has(w.toLowerCase())) words.add(w.toLowerCase());
    }
  }
  return words;
}

/** English words the catalogues also use (program names, format names), which say nothing about the language of a text. */
const ENGLISH = new Set([
  'excel',
  'json',
  'pdf',
  'csv',
  'xlsx',
  'office',
  'file',
  'status',
  'data',
  'info',
  'api',
  'web',
  'mac',
  'windows',
]);

/** Attributes and properties whose value a user reads, so that one word ("Profil") is a text too. */
const SHOWN = new Set(['label', 'aria-label', 'title', 'placeholder', 'alt', 'heading', 'hint', 'message', 'text', 'description']);

function shownAsIs(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): boolean {
  const parent = node.parent;
  if (ts.isJsxAttribute(parent)) return SHOWN.has(parent.name.getText());
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) return SHOWN.has(parent.name.getText().replace(/['"]/g, ''));
  return false;
}

/** Calls whose string argument is a CSS selector (`#partnerskap-skjema input`), not a text. */
const SELECTOR_CALLS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);

function isSelector(node: ts.Node): boolean {
  const call = node.parent;
  return (
    call !== undefined &&
    ts.isCallExpression(call) &&
    call.arguments[0] === node &&
    ts.isPropertyAccessExpression(call.expression) &&
    SELECTOR_CALLS.has(call.expression.name.text)
  );
}

interface Text {
  node: ts.Node;
  text: string;
  shown: boolean;
}

/** The texts of a TypeScript file: string and template literals (their fixed parts), JSX text and attributes. */
function textNodes(file: string, source: string): { sf: ts.SourceFile; texts: Text[] } {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const texts: Text[] = [];
  const visit = (node: ts.Node): void => {
    // Module names, type positions and CSS selectors are not texts.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node) || isSelector(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push({ node, text: node.text, shown: shownAsIs(node) });
    else if (ts.isTemplateExpression(node)) {
      texts.push({ node, text: [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…'), shown: false });
    } else if (ts.isJsxText(node)) texts.push({ node, text: node.text, shown: true });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { sf, texts };
}

function textsOf(file: string, source: string): string[] {
  return textNodes(file, source).texts.map((t) => t.text);
}

/** The texts of a file that read as Norwegian. */
export function literalsOf(file: string, source: string, vocabulary: ReadonlySet<string>): Literal[] {
  const { sf, texts } = textNodes(file, source);
  return texts
    .filter((t) => readsNorwegian(t.text, vocabulary, t.shown))
    .map((t) => ({ file, line: sf.getLineAndCharacterOfPosition(t.node.getStart()).line + 1, text: t.text.replace(/\s+/g, ' ').trim() }));
}

/** Every TypeScript file under `dir`, relative to `root`. */
export function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

export function literalsIn(root: string, dir: string, vocabulary: ReadonlySet<string>): Literal[] {
  return sourceFiles(root, dir).flatMap((file) => literalsOf(file, readFileSync(join(root, file), 'utf8'), vocabulary));
}
