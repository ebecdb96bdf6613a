import type { ShareCheck } from '../melding';
import type { Oversikt, OversiktMelding } from './model';

/**
 * What the overview's two charts show, as plain data: the funds of each melding (owner and UH,
 * stacked), and its shares beside the caps that apply to it (coordinator, multi-year, egenandel).
 * The command line's workbook (xlsx/oversikt-chart.ts) and the pane's Office.js charts draw the
 * same rows from the same cells.
 *
 * A chart of hundreds of bars shows nothing, so it holds at most MAX_CHART_ROWS meldinger: those
 * over a cap first (what the coordinator must act on), then the largest; the table holds them all.
 */
export const MAX_CHART_ROWS = 30;

export interface ChartRow {
  /** "Partnerskap – Ordning", or the file when the melding names no partnership. */
  label: string;
  eier: number;
  uh: number;
  /** Shares 0–1 and their caps; null where the profile sets no cap (or there is nothing to divide by). */
  koordinator: number | null;
  koordinatorMaks: number | null;
  flerarig: number | null;
  flerarigMaks: number | null;
  egenandel: number | null;
  egenandelMin: number | null;
}

export interface OversiktChart {
  rows: ChartRow[];
  /** Meldinger counted in the totals (the chart shows `rows.length` of them). */
  of: number;
  /** Whether any melding has an egenandel floor (else those two columns are left out). */
  egenandel: boolean;
}

export function chartData(o: Oversikt): OversiktChart {
  const counted = o.meldinger.filter((m) => m.repeat?.counted ?? true);
  const breaches = (m: OversiktMelding) => Object.values(m.shares).filter((s: ShareCheck) => !s.ok).length;
  const chosen = [...counted]
    .sort((a, b) => breaches(b) - breaches(a) || b.tilskuddEier + b.tilskuddUh - (a.tilskuddEier + a.tilskuddUh))
    .slice(0, MAX_CHART_ROWS);
  const rows = chosen.map((m) => ({
    label: `${m.partnerskap || m.file} – ${m.ordningNavn}`,
    eier: m.tilskuddEier,
    uh: m.tilskuddUh,
    koordinator: limited(m.shares.koordinator).share,
    koordinatorMaks: limited(m.shares.koordinator).limit,
    flerarig: limited(m.shares.flerarig).share,
    flerarigMaks: limited(m.shares.flerarig).limit,
    egenandel: limited(m.shares.egenandel).share,
    egenandelMin: limited(m.shares.egenandel).limit,
  }));
  return { rows, of: counted.length, egenandel: rows.some((r) => r.egenandelMin !== null) };
}

/** A share only beside a cap: without one, the chart has nothing to compare it with. */
function limited(check: ShareCheck): { share: number | null; limit: number | null } {
  return check.limit === null ? { share: null, limit: null } : { share: check.share, limit: check.limit };
}
