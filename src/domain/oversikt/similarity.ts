import type { Texts } from '../../i18n/texts';
import type { Fase, Ordning } from '../model';
import type { JointGroup, OversiktTiltak } from './model';
import { compoundParts, norwegianTerms, type Term } from './norwegian-terms';

/**
 * Candidates for joint tiltak (seed 000: "I kompetansenettverket vurderes det om tiltak kan
 * gjennomføres i fellesskap"): TF-IDF cosine similarity over stemmed Norwegian terms of each
 * tiltak's title and description (compounds also counted by their known parts, at half weight),
 * compared only within one ordning and fase and only between different owners. Pairs at or
 * above the threshold are joined into groups (a tiltak similar to two others puts all three in
 * one group). Written by hand: no maintained npm package does TF-IDF over our own tokens without
 * pulling in a whole NLP toolkit.
 *
 * Bounded for a whole country's workbooks: tiltak whose texts give the very same terms are
 * compared once, as one text (owners copy each other's wording, and a region's template makes
 * hundreds alike); each text keeps only its NEIGHBOURS closest texts; and every sum over a group
 * is a loop, never a spread into a call (which overflowed the stack at 2 000 workbooks).
 */

/** Cosine at or above which two tiltak are shown as candidates; tuned on tests/oversikt/similarity.test.ts. */
export const DEFAULT_THRESHOLD = 0.35;
/** The title names what the tiltak is about; it counts twice against the longer description. */
const TITLE_WEIGHT = 2;
const SHOWN_TERMS = 5;
/** A part of a compound counts half: "underveisvurdering" is about vurdering, but not only. */
const PART_WEIGHT = 0.5;
/** Closest other texts kept per text: enough to join every group, few enough that pairs grow with texts, not their square. */
const NEIGHBOURS = 8;

interface Vector {
  /** stem → weight, L2-normalised. */
  weights: Map<string, number>;
}

export function jointCandidates(tiltak: readonly OversiktTiltak[], texts: Texts, threshold = DEFAULT_THRESHOLD): JointGroup[] {
  const { vectors, shownWord } = vectorize(tiltak);
  const groups: JointGroup[] = [];
  for (const bucket of buckets(tiltak)) {
    const classes = sameTexts(bucket.members, vectors);
    const edges = closestPairs(classes, vectors, tiltak, threshold);
    for (const group of joinClasses(classes, edges)) groups.push(describe(group, classes, bucket, vectors, tiltak, shownWord, texts));
  }
  return groups.sort((a, b) => b.maxScore - a.maxScore || a.tiltak[0]!.file.localeCompare(b.tiltak[0]!.file));
}

/** Term frequencies (sublinear) times smoothed inverse document frequency over all tiltak given. */
function vectorize(tiltak: readonly OversiktTiltak[]): { vectors: Vector[]; shownWord: (stem: string) => string } {
  const texts = tiltak.map((t) => ({ tittel: norwegianTerms(t.tittel), beskrivelse: norwegianTerms(t.beskrivelse) }));
  const known = new Set(texts.flatMap((t) => [...t.tittel, ...t.beskrivelse].map((term) => term.stem)));
  const counts: Array<Map<string, number>> = [];
  const documentFrequency = new Map<string, number>();
  const written = new Map<string, Map<string, number>>();
  for (const text of texts) {
    const tf = new Map<string, number>();
    const add = (terms: Term[], weight: number) => {
      for (const { stem, word } of terms) {
        tf.set(stem, (tf.get(stem) ?? 0) + weight);
        for (const part of compoundParts(word, known)) tf.set(part, (tf.get(part) ?? 0) + weight * PART_WEIGHT);
        const forms = written.get(stem) ?? new Map<string, number>();
        forms.set(word, (forms.get(word) ?? 0) + 1);
        written.set(stem, forms);
      }
    };
    add(text.tittel, TITLE_WEIGHT);
    add(text.beskrivelse, 1);
    for (const stem of tf.keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
    counts.push(tf);
  }
  const n = tiltak.length;
  const vectors = counts.map((tf) => {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [stem, count] of tf) {
      // Sublinear from one occurrence on; a compound part alone (half an occurrence) stays below one.
      const frequency = count >= 1 ? 1 + Math.log(count) : count;
      const w = frequency * (Math.log((1 + n) / (1 + documentFrequency.get(stem)!)) + 1);
      weights.set(stem, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (const [stem, w] of weights) weights.set(stem, w / norm);
    return { weights };
  });
  // A stem is shown as the form most often written, so the reason reads as Norwegian words.
  const shownWord = (stem: string) => {
    let best = stem;
    let bestCount = 0;
    for (const [word, count] of written.get(stem) ?? [])
      if (count > bestCount || (count === bestCount && word < best)) [best, bestCount] = [word, count];
    return best;
  };
  return { vectors, shownWord };
}

interface Bucket {
  ordning: Ordning;
  fase: Fase;
  members: number[];
}

/** Indexes of the tiltak per ordning and fase; a tiltak without a readable ordning or fase is left out. */
function buckets(tiltak: readonly OversiktTiltak[]): Bucket[] {
  const byKey = new Map<string, Bucket>();
  tiltak.forEach((t, i) => {
    if (!t.ordning || !t.fase) return;
    const key = `${t.ordning}|${t.fase}`;
    const bucket = byKey.get(key) ?? { ordning: t.ordning, fase: t.fase, members: [] };
    bucket.members.push(i);
    byKey.set(key, bucket);
  });
  return [...byKey.values()];
}

/**
 * One owner, whatever file it came in: the same partnership (by name), or tiltak naming the very
 * same owners, or (with neither) the same file. Never a joint tiltak of a partnership with itself.
 */
function sameOwner(a: OversiktTiltak, b: OversiktTiltak): boolean {
  const partnership = (t: OversiktTiltak) => t.partnerskap.trim().toLowerCase();
  if (partnership(a) !== '' && partnership(a) === partnership(b)) return true;
  if (partnership(a) === '' && partnership(b) === '' && a.file === b.file) return true;
  const owners = (t: OversiktTiltak) => [...new Set(t.eiere.map((e) => e.trim().toLowerCase()))].sort().join('|');
  return a.eiere.length > 0 && owners(a) === owners(b);
}

/** Tiltak whose texts give the very same terms and weights: compared as one text. */
interface TextClass {
  /** Index of the tiltak whose vector stands for the class. */
  vector: number;
  members: number[];
  /** Some two members come from different owners: the class is a candidate on its own (similarity 1). */
  crossOwner: boolean;
}

function sameTexts(members: readonly number[], vectors: readonly Vector[]): TextClass[] {
  const byText = new Map<string, TextClass>();
  for (const i of members) {
    const key = [...vectors[i]!.weights]
      .map(([stem, w]) => `${stem}:${w.toFixed(6)}`)
      .sort()
      .join(' ');
    const found = byText.get(key);
    if (found) found.members.push(i);
    else byText.set(key, { vector: i, members: [i], crossOwner: false });
  }
  return [...byText.values()];
}

/** Some tiltak of `a` and some of `b` come from different owners; stops at the first such pair. */
function crossOwnerPair(a: readonly number[], b: readonly number[], tiltak: readonly OversiktTiltak[]): boolean {
  for (const i of a) for (const j of b) if (i !== j && !sameOwner(tiltak[i]!, tiltak[j]!)) return true;
  return false;
}

interface Edge {
  /** Indexes into the bucket's classes. */
  a: number;
  b: number;
  score: number;
}

/**
 * For each text its closest other texts at or above the threshold (at most NEIGHBOURS), whose
 * tiltak include a pair of different owners. Sparse dot products through an inverted index:
 * only texts sharing a term are ever compared.
 */
function closestPairs(classes: TextClass[], vectors: readonly Vector[], tiltak: readonly OversiktTiltak[], threshold: number): Edge[] {
  for (const c of classes) c.crossOwner = c.members.length > 1 && crossOwnerPair(c.members, c.members, tiltak);
  const postings = new Map<string, Array<{ index: number; weight: number }>>();
  const nearest: Edge[][] = classes.map(() => []);
  classes.forEach((c, i) => {
    const dots = new Map<number, number>();
    const weights = vectors[c.vector]!.weights;
    for (const [stem, weight] of weights) {
      const list = postings.get(stem);
      if (list) for (const p of list) dots.set(p.index, (dots.get(p.index) ?? 0) + weight * p.weight);
    }
    for (const [j, dot] of dots) {
      if (dot < threshold || !crossOwnerPair(classes[j]!.members, c.members, tiltak)) continue;
      const edge = { a: j, b: i, score: Math.min(1, dot) };
      keepClosest(nearest[i]!, edge);
      keepClosest(nearest[j]!, edge);
    }
    for (const [stem, weight] of weights) {
      const list = postings.get(stem) ?? [];
      list.push({ index: i, weight });
      postings.set(stem, list);
    }
  });
  // An edge kept by either end joins the two: each text reaches its own closest.
  return [...new Set(nearest.flat())];
}

/** Keeps the NEIGHBOURS highest scores in `list` (short: a linear insert is cheaper than a heap). */
function keepClosest(list: Edge[], edge: Edge): void {
  if (list.length === NEIGHBOURS && list[list.length - 1]!.score >= edge.score) return;
  let at = list.length;
  while (at > 0 && list[at - 1]!.score < edge.score) at--;
  list.splice(at, 0, edge);
  if (list.length > NEIGHBOURS) list.pop();
}

interface Group {
  /** Indexes into the bucket's classes. */
  classes: number[];
  edges: Edge[];
}

/** Connected groups of paired texts (union–find), and the texts that are candidates on their own. */
function joinClasses(classes: readonly TextClass[], edges: readonly Edge[]): Group[] {
  const parent = classes.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const { a, b } of edges) parent[find(a)] = find(b);
  const groups = new Map<number, Group>();
  const groupOf = (c: number) => {
    const root = find(c);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { classes: [], edges: [] }));
    return group;
  };
  for (const edge of edges) groupOf(edge.a).edges.push(edge);
  classes.forEach((c, i) => {
    if (c.crossOwner || groups.has(find(i))) groupOf(i).classes.push(i);
  });
  return [...groups.values()];
}

function describe(
  group: Group,
  classes: readonly TextClass[],
  bucket: Bucket,
  vectors: readonly Vector[],
  tiltak: readonly OversiktTiltak[],
  shownWord: (stem: string) => string,
  texts: Texts,
): JointGroup {
  // Per text: its best score in the group, 1 when another owner wrote the very same text.
  const best = new Map<number, number>();
  const raise = (c: number, score: number) => best.set(c, Math.max(best.get(c) ?? 0, score));
  for (const c of group.classes) if (classes[c]!.crossOwner) raise(c, 1);
  for (const { a, b, score } of group.edges) {
    raise(a, score);
    raise(b, score);
  }
  let maxScore = 0;
  let minScore = 1;
  for (const score of [...group.edges.map((e) => e.score), ...group.classes.filter((c) => classes[c]!.crossOwner).map(() => 1)]) {
    maxScore = Math.max(maxScore, score);
    minScore = Math.min(minScore, score);
  }
  const members = group.classes.flatMap((c) => classes[c]!.members.map((i) => ({ i, score: best.get(c)! }))).sort((x, y) => x.i - y.i);

  // Shared terms: in at least two members, weightiest over the group first.
  const weight = new Map<string, number>();
  const holders = new Map<string, number>();
  for (const c of group.classes) {
    const count = classes[c]!.members.length;
    for (const [stem, w] of vectors[classes[c]!.vector]!.weights) {
      weight.set(stem, (weight.get(stem) ?? 0) + w * count);
      holders.set(stem, (holders.get(stem) ?? 0) + count);
    }
  }
  const terms = [...weight.entries()]
    .filter(([stem]) => holders.get(stem)! >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, SHOWN_TERMS)
    .map(([stem]) => shownWord(stem));
  const percent = (score: number) => texts.format.percent(round(score));
  const likhet = maxScore === minScore ? percent(maxScore) : `${percent(minScore)}–${percent(maxScore)}`;
  return {
    ordning: bucket.ordning,
    fase: bucket.fase,
    tiltak: members.map((m) => tiltak[m.i]!),
    likhet: members.map((m) => m.score),
    terms,
    maxScore,
    minScore,
    grunn: texts.oversikt.felles.grunn({ count: members.length, terms, likhet }),
  };
}

const round = (score: number) => Math.round(score * 100) / 100;
