import { formatPercent } from '../format';
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
 */

/** Cosine at or above which two tiltak are shown as candidates; tuned on tests/oversikt/similarity.test.ts. */
export const DEFAULT_THRESHOLD = 0.35;
/** The title names what the tiltak is about; it counts twice against the longer description. */
const TITLE_WEIGHT = 2;
const SHOWN_TERMS = 5;
/** A part of a compound counts half: "underveisvurdering" is about vurdering, but not only. */
const PART_WEIGHT = 0.5;

interface Vector {
  /** stem → weight, L2-normalised. */
  weights: Map<string, number>;
}

export function jointCandidates(tiltak: readonly OversiktTiltak[], threshold = DEFAULT_THRESHOLD): JointGroup[] {
  const { vectors, shownWord } = vectorize(tiltak);
  const groups: JointGroup[] = [];
  for (const bucket of buckets(tiltak)) {
    const pairs = similarPairs(bucket.members, vectors, tiltak, threshold);
    for (const group of joinPairs(pairs)) groups.push(describe(group, bucket, vectors, tiltak, shownWord));
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

/** Owners are different when the tiltak come from different partnerships and do not name the very same owners. */
function differentOwners(a: OversiktTiltak, b: OversiktTiltak): boolean {
  if (a.file === b.file && a.partnerskap.toLowerCase() === b.partnerskap.toLowerCase()) return false;
  const key = (t: OversiktTiltak) => [...new Set(t.eiere.map((e) => e.trim().toLowerCase()))].sort().join('|');
  return !(a.eiere.length > 0 && key(a) === key(b));
}

interface Pair {
  a: number;
  b: number;
  score: number;
}

/** Sparse dot products through an inverted index: only tiltak sharing a term are ever compared. */
function similarPairs(
  members: readonly number[],
  vectors: readonly Vector[],
  tiltak: readonly OversiktTiltak[],
  threshold: number,
): Pair[] {
  const postings = new Map<string, Array<{ index: number; weight: number }>>();
  const pairs: Pair[] = [];
  for (const i of members) {
    const dots = new Map<number, number>();
    for (const [stem, weight] of vectors[i]!.weights) {
      const list = postings.get(stem);
      if (list) for (const p of list) dots.set(p.index, (dots.get(p.index) ?? 0) + weight * p.weight);
    }
    for (const [j, score] of dots) {
      if (score >= threshold && differentOwners(tiltak[i]!, tiltak[j]!)) pairs.push({ a: j, b: i, score: Math.min(1, score) });
    }
    for (const [stem, weight] of vectors[i]!.weights) {
      const list = postings.get(stem) ?? [];
      list.push({ index: i, weight });
      postings.set(stem, list);
    }
  }
  return pairs;
}

/** Connected groups of paired tiltak, each with the pairs that joined it. */
function joinPairs(pairs: readonly Pair[]): Array<{ members: number[]; pairs: Pair[] }> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  }
  const groups = new Map<number, { members: number[]; pairs: Pair[] }>();
  for (const pair of pairs) {
    const root = find(pair.a);
    const group = groups.get(root) ?? { members: [], pairs: [] };
    group.pairs.push(pair);
    groups.set(root, group);
  }
  for (const group of groups.values()) group.members = [...new Set(group.pairs.flatMap((p) => [p.a, p.b]))].sort((x, y) => x - y);
  return [...groups.values()];
}

function describe(
  group: { members: number[]; pairs: Pair[] },
  bucket: Bucket,
  vectors: readonly Vector[],
  tiltak: readonly OversiktTiltak[],
  shownWord: (stem: string) => string,
): JointGroup {
  // Shared terms: in at least two members, weightiest over the group first.
  const weight = new Map<string, number>();
  const members = new Map<string, number>();
  for (const i of group.members) {
    for (const [stem, w] of vectors[i]!.weights) {
      weight.set(stem, (weight.get(stem) ?? 0) + w);
      members.set(stem, (members.get(stem) ?? 0) + 1);
    }
  }
  const terms = [...weight.entries()]
    .filter(([stem]) => members.get(stem)! >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, SHOWN_TERMS)
    .map(([stem]) => shownWord(stem));
  const best = new Map<number, number>();
  for (const { a, b, score } of group.pairs) for (const i of [a, b]) best.set(i, Math.max(best.get(i) ?? 0, score));
  const scores = group.pairs.map((p) => p.score);
  const maxScore = Math.max(...scores);
  const minScore = Math.min(...scores);
  const likhet =
    maxScore === minScore ? formatPercent(round(maxScore)) : `${formatPercent(round(minScore))}–${formatPercent(round(maxScore))}`;
  return {
    ordning: bucket.ordning,
    fase: bucket.fase,
    tiltak: group.members.map((i) => tiltak[i]!),
    likhet: group.members.map((i) => best.get(i)!),
    terms,
    maxScore,
    minScore,
    grunn: `Samme ordning og fase, ${group.members.length} tiltak fra ulike eiere med felles ord: ${terms.map((t) => `«${t}»`).join(', ')} (tekstlikhet ${likhet}).`,
  };
}

const round = (score: number) => Math.round(score * 100) / 100;
