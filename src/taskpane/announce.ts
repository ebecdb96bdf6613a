import type { CheckOutcome } from '../app/check';
import { compareChecks, type Comparison, type RowMove } from '../app/compare';
import type { Finding } from '../domain/model';
import type { Texts } from '../i18n';

/** Cells named once each, in order; a finding without cells is named by its sheet. */
const cellsOf = (t: Texts, findings: readonly Finding[]): string[] => [
  ...new Set(findings.flatMap((f) => (f.cells.length ? f.cells : [t.pane.say.sheet({ sheet: f.sheet })]))),
];

const sentence = (parts: readonly string[]) => {
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

/**
 * A comparison in words, better and worse side by side: "D6 er rettet." or "Bedre: D6 er rettet.
 * Verre: 1 ny feil i B7. Endret: desentralisert ordning får 8 tiltak (var 7)." An action that made
 * something worse always says so, in its own sentence; money and counts that moved are said too.
 */
export function describeComparison(t: Texts, c: Comparison, ordningName: (key: string) => string): string {
  const s = t.pane.say;
  const better: string[] = [];
  const worse: string[] = [];
  const changed: string[] = [];
  if (c.fixed.length) better.push(s.fixed({ cells: cellsOf(t, c.fixed) }));
  const errors = c.added.filter((f) => f.severity === 'error');
  const warnings = c.added.filter((f) => f.severity === 'warning');
  if (errors.length) worse.push(s.newErrors({ count: errors.length, cells: cellsOf(t, errors) }));
  if (warnings.length) worse.push(s.newWarnings({ count: warnings.length, cells: cellsOf(t, warnings) }));
  for (const o of c.ordninger) {
    const ordning = o.ordning ? ordningName(o.ordning) : s.unknownOrdning;
    if (o.tilskudd[0] !== o.tilskudd[1]) changed.push(s.money({ ordning, before: o.tilskudd[0], after: o.tilskudd[1] }));
    if (o.tiltak[0] !== o.tiltak[1]) changed.push(s.count({ ordning, before: o.tiltak[0], after: o.tiltak[1] }));
  }
  if (!worse.length && !changed.length) return better.length ? sentence(better) : '';
  const labelled = (label: string, parts: string[]) => (parts.length ? [`${label}: ${parts.join(', ')}.`] : []);
  return [...labelled(s.better, better), ...labelled(s.worse, worse), ...labelled(s.changed, changed)].join(' ');
}

const totalsOf = (findings: readonly Finding[]) => ({
  errors: findings.filter((f) => f.severity === 'error').length,
  warnings: findings.filter((f) => f.severity === 'warning').length,
});

/**
 * The live region's sentence after a check: the totals for a first check (or after a change of
 * rules), else what changed and the totals, or that all is well. Undefined when a live re-check
 * changed nothing: typing elsewhere is not news.
 */
export function checkSentence(
  t: Texts,
  after: CheckOutcome,
  before: CheckOutcome | null,
  options: { quietWhenUnchanged?: boolean; move?: RowMove } = {},
): string | undefined {
  const s = t.pane.say;
  if (!after.ok) return after.message;
  const totals = totalsOf(after.findings);
  const clean = totals.errors === 0 && totals.warnings === 0;
  if (!before?.ok) return clean ? s.clean : s.checked(totals);
  const comparison = compareChecks(before, after, options.move);
  const name = (key: string) => after.profile.vocabulary.ordninger.find((o) => o.key === key)?.name ?? key;
  const change = describeComparison(t, comparison, name);
  if (!change) return options.quietWhenUnchanged ? undefined : clean ? s.clean : s.noChange(totals);
  return `${change} ${clean ? s.clean : s.now(totals)}`;
}
