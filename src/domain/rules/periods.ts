import { shownText } from '../format';
import { cellOf, isMapped, meldingLabel, rowLabel, type RuleContext } from '../context';
import type { FieldValue, Period, TiltakRow } from '../model';
import { sumField } from './amounts';

/** Last day per span length, then per start date: no key string is built per row. */
const spanCache = new Map<number, Map<string, string>>();

/** ISO date + whole years − 1 day: the last day of a span of `years` years (leap days handled by Date). */
export function lastDayOfSpan(startIso: string, years: number): string {
  let byStart = spanCache.get(years);
  if (byStart === undefined) spanCache.set(years, (byStart = new Map()));
  let last = byStart.get(startIso);
  if (last === undefined) {
    const [y, m, d] = startIso.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y + Math.trunc(years), m - 1, d));
    // Fractional years (e.g. 1.5) add whole months.
    date.setUTCMonth(date.getUTCMonth() + Math.round((years % 1) * 12));
    date.setUTCDate(date.getUTCDate() - 1);
    last = date.toISOString().slice(0, 10);
    // Tables repeat a handful of start dates: computing each once keeps 100 000 rows cheap.
    byStart.set(startIso, last);
  }
  return last;
}

/** The first and last day of a tiltak, when both can be read and are in order. */
export function tiltakSpan(row: TiltakRow): { from: string; to: string } | undefined {
  const { start, slutt } = row.values;
  if (start.kind !== 'ok' || slutt.kind !== 'ok') return undefined;
  if (slutt.value.to < start.value.from) return undefined;
  return { from: start.value.from, to: slutt.value.to };
}

export function isMultiYear(row: TiltakRow, singleYearLastDay: string | null): boolean {
  if (singleYearLastDay === null) return false;
  const { start, slutt } = row.values;
  // tiltakSpan without its object: this runs for every row of every melding.
  return start.kind === 'ok' && slutt.kind === 'ok' && slutt.value.to >= start.value.from && slutt.value.to > singleYearLastDay;
}

/** period-missing or period-invalid on a start or end cell that holds no readable period. */
function checkPeriodCell(ctx: RuleContext, row: TiltakRow, field: 'start' | 'slutt', value: FieldValue<Period>): void {
  const { report, texts } = ctx;
  const t = texts.rules;
  const column = texts.domain.fields[field];
  if (value.kind === 'empty' && isMapped(ctx.table, field)) {
    report.onRow(
      'period-missing',
      row,
      field,
      t['period-missing'].message({ column, tiltak: rowLabel(texts, row) }),
      t['period-missing'].hint,
    );
  } else if (value.kind === 'invalid') {
    const message = t['period-invalid'].message({ value: shownText(value.raw), column });
    report.onRow('period-invalid', row, field, message, t['period-invalid'].hint);
  }
}

/** Start and end of each tiltak: present, readable, in order, not too long. */
export function checkPeriods(ctx: RuleContext): void {
  const { report, texts } = ctx;
  const t = texts.rules;
  const maxYears = report.runs('duration-too-long') ? ctx.profile.parameters.maxDurationYears : null;
  for (let i = 0; i < ctx.table.rows.length; i++) {
    const row = ctx.table.rows[i]!;
    const { start, slutt } = row.values;
    if (start.kind !== 'ok') checkPeriodCell(ctx, row, 'start', start);
    if (slutt.kind !== 'ok') checkPeriodCell(ctx, row, 'slutt', slutt);
    if (start.kind !== 'ok' || slutt.kind !== 'ok') continue;
    if (slutt.value.to < start.value.from) {
      report.add(
        'period-invalid',
        { cells: [cellOf(row, 'slutt'), cellOf(row, 'start')], row: row.row, field: 'slutt' },
        t['period-invalid'].order({ end: shownText(slutt.raw), start: shownText(start.raw), tiltak: rowLabel(texts, row) }),
        t['period-invalid'].orderHint,
      );
      continue;
    }
    if (maxYears === null) continue;
    const last = lastDayOfSpan(start.value.from, maxYears);
    if (slutt.value.to > last) {
      report.add(
        'duration-too-long',
        { cells: [cellOf(row, 'slutt'), cellOf(row, 'start')], row: row.row, field: 'slutt' },
        t['duration-too-long'].message({ tiltak: rowLabel(texts, row), from: start.value.from, to: slutt.value.to, years: maxYears }),
        t['duration-too-long'].hint({ last }),
      );
    }
  }
  checkMultiYearShare(ctx);
}

/** Funds for tiltak running past the single-year window, as a share of the melding's total. */
function checkMultiYearShare(ctx: RuleContext): void {
  const { multiYearMaxShare, singleYearLastDay } = ctx.profile.parameters;
  if (multiYearMaxShare === null || singleYearLastDay === null || !ctx.report.runs('multi-year-over-cap')) return;
  for (const melding of ctx.meldinger) {
    const multiYear = melding.rows.filter((r) => isMultiYear(r, singleYearLastDay));
    if (multiYear.length === 0) continue;
    const total = sumField(melding.rows, 'tilskuddEier') + sumField(melding.rows, 'tilskuddUh');
    const long = sumField(multiYear, 'tilskuddEier') + sumField(multiYear, 'tilskuddUh');
    if (long <= multiYearMaxShare * total + 0.005) continue;
    ctx.report.add(
      'multi-year-over-cap',
      { cells: multiYear.flatMap((r) => [cellOf(r, 'slutt'), cellOf(r, 'tilskuddEier'), cellOf(r, 'tilskuddUh')]), field: 'slutt' },
      ctx.texts.rules['multi-year-over-cap'].message({
        after: singleYearLastDay,
        share: total > 0 ? long / total : 1,
        melding: meldingLabel(ctx.texts, melding, ctx.profile),
        max: multiYearMaxShare,
        long,
        total,
      }),
      ctx.texts.rules['multi-year-over-cap'].hint({ after: singleYearLastDay }),
    );
  }
}
