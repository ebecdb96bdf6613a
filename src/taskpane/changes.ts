import type { Finding, Severity } from '../domain/model';

/** What a re-check changed: findings gone and findings new, matched by rule, sheet and cells. */
export interface Change {
  fixed: Finding[];
  added: Finding[];
}

const key = (f: Finding) => `${f.rule}|${f.sheet}|${f.cells.join(',')}`;

/** Errors and warnings only: advice (råd) coming and going is not news worth announcing. */
const counts = (f: Finding) => f.severity !== 'info';

export function diffFindings(before: readonly Finding[], after: readonly Finding[]): Change {
  const had = new Set(before.filter(counts).map(key));
  const has = new Set(after.filter(counts).map(key));
  return {
    fixed: before.filter((f) => counts(f) && !has.has(key(f))),
    added: after.filter((f) => counts(f) && !had.has(key(f))),
  };
}

const NOUN: Record<Exclude<Severity, 'info'>, [one: string, many: string]> = {
  error: ['ny feil', 'nye feil'],
  warning: ['ny advarsel', 'nye advarsler'],
};

/** Cells named once each, in order; a finding without cells is named by its sheet. */
function places(findings: readonly Finding[]): string {
  const names = [...new Set(findings.flatMap((f) => (f.cells.length ? f.cells : [`arket ${f.sheet}`])))];
  return names.length > 4 ? `${names.slice(0, 4).join(', ')} m.fl.` : names.join(', ');
}

export const CLEAN = 'Alt ser bra ut – klar til å lage behovsmelding.';

/**
 * One sentence for the live region after a check: what was fixed, what is new, or that all is
 * well. `before` is null for the first check, which reports the totals instead.
 */
export function describeChange(before: readonly Finding[] | null, after: readonly Finding[]): string {
  const errors = after.filter((f) => f.severity === 'error').length;
  const warnings = after.filter((f) => f.severity === 'warning').length;
  const totals = `${errors} feil, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}`;
  if (errors === 0 && warnings === 0) {
    const fixed = before ? diffFindings(before, after).fixed : [];
    return fixed.length ? `${places(fixed)} er rettet. ${CLEAN}` : CLEAN;
  }
  if (!before) return `Sjekket: ${totals}.`;
  const { fixed, added } = diffFindings(before, after);
  const parts: string[] = [];
  if (fixed.length) parts.push(`${places(fixed)} er rettet`);
  for (const severity of ['error', 'warning'] as const) {
    const news = added.filter((f) => f.severity === severity);
    const [one, many] = NOUN[severity];
    if (news.length) parts.push(`${news.length} ${news.length === 1 ? one : many} i ${places(news)}`);
  }
  if (!parts.length) return `Ingen endring: ${totals}.`;
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. Nå ${totals}.`;
}
