import { amountOrZero, cellOf, isMapped, meldingLabel, okValue, rowLabel, schemeName, type RuleContext } from '../context';
import { shownText } from '../format';
import type { TiltakRow } from '../model';

const AMOUNT_FIELDS = ['tilskuddEier', 'tilskuddUh', 'koordinator', 'egenandel'] as const;

/** Half an øre: shares are compared in kroner with this slack so that exactly 30 % passes. */
const TOLERANCE = 0.005;

/** Sum of a readable amount field over rows (unreadable cells count as 0; they have their own finding). */
export function sumField(rows: readonly TiltakRow[], field: (typeof AMOUNT_FIELDS)[number]): number {
  let sum = 0;
  for (let i = 0; i < rows.length; i++) sum += amountOrZero(rows[i]!.values[field]) ?? 0;
  return sum;
}

function positiveCells(rows: readonly TiltakRow[], field: (typeof AMOUNT_FIELDS)[number]): (string | undefined)[] {
  return rows.filter((r) => (okValue(r.values[field]) ?? 0) > 0).map((r) => cellOf(r, field));
}

/** amount-invalid and amount-missing per row. */
export function checkAmounts(ctx: RuleContext): void {
  const { report, table, texts } = ctx;
  const t = texts.rules;
  const amountColumns = isMapped(table, 'tilskuddEier') || isMapped(table, 'tilskuddUh');
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    for (let f = 0; f < AMOUNT_FIELDS.length; f++) {
      const field = AMOUNT_FIELDS[f]!;
      const value = row.values[field];
      if (value.kind === 'invalid') {
        const p = { value: shownText(value.raw), column: texts.domain.fields[field] };
        const message = value.reason === 'ambiguous' ? t['amount-invalid'].ambiguous(p) : t['amount-invalid'].unreadable(p);
        report.onRow('amount-invalid', row, field, message, t['amount-invalid'].hint);
      } else if (value.kind === 'ok' && value.value < 0) {
        const message = t['amount-invalid'].negative({ column: texts.domain.fields[field], amount: value.value });
        report.onRow('amount-invalid', row, field, message, t['amount-invalid'].negativeHint);
      }
    }
    const owner = amountOrZero(row.values.tilskuddEier);
    const uh = amountOrZero(row.values.tilskuddUh);
    // A negative amount is already amount-invalid on its cell; a sum with it says nothing true.
    if (amountColumns && owner !== undefined && uh !== undefined && owner >= 0 && uh >= 0 && owner + uh <= 0) {
      const none = row.values.tilskuddEier.kind === 'empty' && row.values.tilskuddUh.kind === 'empty';
      report.add(
        'amount-missing',
        {
          cells: [cellOf(row, 'tilskuddEier'), cellOf(row, 'tilskuddUh')],
          row: row.row,
          field: isMapped(table, 'tilskuddEier') ? 'tilskuddEier' : 'tilskuddUh',
        },
        (none ? t['amount-missing'].none : t['amount-missing'].zero)({ tiltak: rowLabel(texts, row) }),
        t['amount-missing'].hint,
      );
    }
  }
}

/** Coordinator funds: per tiltak (amount, municipalities, justification) and per melding (cap). */
export function checkCoordinator(ctx: RuleContext): void {
  const { report, profile, table, texts } = ctx;
  const t = texts.rules;
  const { coordinatorMaxShareOfOwnerFunds: maxShareOfOwnerFunds } = profile.parameters;
  const minMunicipalities = profile.parameters.coordinatorMinMunicipalities ?? 0;
  const exceeds = report.runs('coordinator-exceeds-owner-funds');
  const single = minMunicipalities > 0 && report.runs('coordinator-single-municipality');
  const justify = profile.parameters.coordinatorJustificationRequired === true && report.runs('coordinator-justification-missing');
  const perRow = exceeds || single || justify;
  for (let i = 0; perRow && i < table.rows.length; i++) {
    const row = table.rows[i]!;
    const coordinator = okValue(row.values.koordinator) ?? 0;
    if (coordinator <= 0) continue;
    const owner = amountOrZero(row.values.tilskuddEier);
    if (exceeds && owner !== undefined && coordinator > owner + TOLERANCE) {
      report.add(
        'coordinator-exceeds-owner-funds',
        { cells: [cellOf(row, 'koordinator'), cellOf(row, 'tilskuddEier')], row: row.row, field: 'koordinator' },
        t['coordinator-exceeds-owner-funds'].message({ coordinator, owner, tiltak: rowLabel(texts, row) }),
        t['coordinator-exceeds-owner-funds'].hint,
      );
    }
    const owners = row.values.eiere.kind === 'ok' ? row.values.eiere.value.length : 0;
    if (single && row.values.eiere.kind !== 'error' && owners < minMunicipalities) {
      report.add(
        'coordinator-single-municipality',
        { cells: [cellOf(row, 'koordinator'), cellOf(row, 'eiere')], row: row.row, field: 'koordinator' },
        t['coordinator-single-municipality'].message({ tiltak: rowLabel(texts, row), municipalities: owners, min: minMunicipalities }),
        t['coordinator-single-municipality'].hint,
      );
    }
    if (justify && row.values.koordinatorBegrunnelse.kind === 'empty') {
      const mapped = isMapped(table, 'koordinatorBegrunnelse');
      report.add(
        'coordinator-justification-missing',
        {
          cells: [mapped ? cellOf(row, 'koordinatorBegrunnelse') : cellOf(row, 'koordinator')],
          row: row.row,
          field: 'koordinatorBegrunnelse',
        },
        t['coordinator-justification-missing'].message({ tiltak: rowLabel(texts, row) }),
        mapped ? t['coordinator-justification-missing'].hint : t['coordinator-justification-missing'].hintNoColumn,
      );
    }
  }
  if (maxShareOfOwnerFunds === null || !report.runs('coordinator-over-cap')) return;
  for (const melding of ctx.meldinger) {
    const owner = sumField(melding.rows, 'tilskuddEier');
    const coordinator = sumField(melding.rows, 'koordinator');
    if (coordinator <= 0 || coordinator <= maxShareOfOwnerFunds * owner + TOLERANCE) continue;
    report.add(
      'coordinator-over-cap',
      {
        cells: [...positiveCells(melding.rows, 'koordinator'), ...melding.rows.map((r) => cellOf(r, 'tilskuddEier'))],
        field: 'koordinator',
      },
      t['coordinator-over-cap'].message({
        share: owner > 0 ? coordinator / owner : null,
        max: maxShareOfOwnerFunds,
        melding: meldingLabel(texts, melding, profile),
        coordinator,
        owner,
      }),
      t['coordinator-over-cap'].hint({ amount: Math.floor(maxShareOfOwnerFunds * owner) }),
    );
  }
}

/** Egenandel in the profile's scheme: some, and at least the minimum share of the owner funds. */
export function checkOwnShare(ctx: RuleContext): void {
  const ownShare = ctx.profile.parameters.ownShare;
  if (ownShare === null) return;
  const { ordning: scheme, minShareOfOwnerGrant } = ownShare;
  const { texts, profile } = ctx;
  const t = texts.rules;
  for (const melding of ctx.meldinger) {
    if (melding.ordning !== scheme) continue;
    const owner = sumField(melding.rows, 'tilskuddEier');
    const own = sumField(melding.rows, 'egenandel');
    let anyStated = false;
    for (let i = 0; i < melding.rows.length && !anyStated; i++) anyStated = melding.rows[i]!.values.egenandel.kind !== 'empty';
    if (!anyStated) {
      ctx.report.add(
        'own-share-missing',
        {
          cells: isMapped(ctx.table, 'egenandel') ? melding.rows.map((r) => cellOf(r, 'egenandel')) : [ctx.table.freeHeaderCell],
          field: 'egenandel',
        },
        t['own-share-missing'].message({
          melding: meldingLabel(texts, melding, profile),
          scheme: schemeName(profile, scheme),
          min: minShareOfOwnerGrant,
        }),
        isMapped(ctx.table, 'egenandel') ? t['own-share-missing'].hint : t['own-share-missing'].hintNoColumn,
      );
    } else if (own + TOLERANCE < minShareOfOwnerGrant * owner) {
      ctx.report.add(
        'own-share-below-minimum',
        { cells: melding.rows.flatMap((r) => [cellOf(r, 'egenandel'), cellOf(r, 'tilskuddEier')]), field: 'egenandel' },
        t['own-share-below-minimum'].message({
          share: owner > 0 ? own / owner : 0,
          min: minShareOfOwnerGrant,
          melding: meldingLabel(texts, melding, profile),
          own,
          owner,
        }),
        t['own-share-below-minimum'].hint({ amount: Math.ceil(minShareOfOwnerGrant * owner) }),
      );
    }
  }
}
