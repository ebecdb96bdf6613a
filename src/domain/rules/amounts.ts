import { tiltakField } from '../fields';
import { formatNok, formatPercent } from '../format';
import { amountOrZero, capitalize, isMapped, meldingLabel, okValue, rowLabel, schemeName, type RuleContext } from '../context';
import { shownText } from '../format';
import type { TiltakRow } from '../model';

const AMOUNT_FIELDS = ['tilskuddEier', 'tilskuddUh', 'koordinator', 'egenandel'] as const;

/** Half an øre: shares are compared in kroner with this slack so that exactly 30 % passes. */
const TOLERANCE = 0.005;

/** Sum of a readable amount field over rows (unreadable cells count as 0; they have their own finding). */
export function sumField(rows: readonly TiltakRow[], field: (typeof AMOUNT_FIELDS)[number]): number {
  let sum = 0;
  for (const row of rows) sum += amountOrZero(row.values[field]) ?? 0;
  return sum;
}

function positiveCells(rows: readonly TiltakRow[], field: (typeof AMOUNT_FIELDS)[number]): (string | undefined)[] {
  return rows.filter((r) => (okValue(r.values[field]) ?? 0) > 0).map((r) => r.cells[field]);
}

/** amount-invalid and amount-missing per row. */
export function checkAmounts(ctx: RuleContext): void {
  const { report, table } = ctx;
  const amountColumns = isMapped(table, 'tilskuddEier') || isMapped(table, 'tilskuddUh');
  for (const row of table.rows) {
    for (const field of AMOUNT_FIELDS) {
      const value = row.values[field];
      if (value.kind === 'invalid') {
        const label = tiltakField(field).label;
        const why = value.reason === 'ambiguous' ? 'kan leses på flere måter' : 'kan ikke leses som et eksakt beløp';
        report.onRow(
          'amount-invalid',
          row,
          field,
          `«${shownText(value.raw)}» i «${label}» ${why}.`,
          'Skriv beløpet i hele kroner, for eksempel 150000 eller 150 000 kr.',
        );
      } else if (value.kind === 'ok' && value.value < 0) {
        report.onRow(
          'amount-invalid',
          row,
          field,
          `«${tiltakField(field).label}» er negativt (${formatNok(value.value)}).`,
          'Skriv et beløp som er null eller større.',
        );
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
          cells: [row.cells.tilskuddEier, row.cells.tilskuddUh],
          row: row.row,
          field: isMapped(table, 'tilskuddEier') ? 'tilskuddEier' : 'tilskuddUh',
        },
        none ? `Det er ikke oppgitt noe tilskudd for ${rowLabel(row)}.` : `Tilskuddet til ${rowLabel(row)} er til sammen 0 kr.`,
        'Skriv hvor mye tiltaket trenger i tilskudd til eier og/eller UH.',
      );
    }
  }
}

/** Coordinator funds: per tiltak (amount, municipalities, justification) and per melding (cap). */
export function checkCoordinator(ctx: RuleContext): void {
  const { report, profile, table } = ctx;
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
        { cells: [row.cells.koordinator, row.cells.tilskuddEier], row: row.row, field: 'koordinator' },
        `Koordinatormidlene (${formatNok(coordinator)}) er større enn eiers midler (${formatNok(owner)}) i ${rowLabel(row)}.`,
        'Koordinatormidler er en del av eiers midler: sett ned koordinatorbeløpet eller øk tilskuddet til eier.',
      );
    }
    const owners = row.values.eiere.kind === 'ok' ? row.values.eiere.value.length : 0;
    if (single && row.values.eiere.kind !== 'error' && owners < minMunicipalities) {
      report.add(
        'coordinator-single-municipality',
        { cells: [row.cells.koordinator, row.cells.eiere], row: row.row, field: 'koordinator' },
        `${capitalize(rowLabel(row))} har koordinatormidler, men ${owners === 0 ? 'ingen kommune' : 'bare én kommune'} er med. Koordinator krever minst ${minMunicipalities} kommuner.`,
        'Fjern koordinatormidlene, eller før opp alle kommunene som er med i tiltaket.',
      );
    }
    if (justify && row.values.koordinatorBegrunnelse.kind === 'empty') {
      const mapped = isMapped(table, 'koordinatorBegrunnelse');
      report.add(
        'coordinator-justification-missing',
        { cells: [mapped ? row.cells.koordinatorBegrunnelse : row.cells.koordinator], row: row.row, field: 'koordinatorBegrunnelse' },
        `Koordinatormidler må begrunnes under hvert tiltak; ${rowLabel(row)} mangler begrunnelse.`,
        mapped
          ? 'Skriv hvorfor tiltaket er så komplekst at det trenger koordinator.'
          : 'Legg til kolonnen «Begrunnelse koordinator» og begrunn behovet.',
      );
    }
  }
  if (maxShareOfOwnerFunds === null || !report.runs('coordinator-over-cap')) return;
  for (const melding of ctx.meldinger) {
    const owner = sumField(melding.rows, 'tilskuddEier');
    const coordinator = sumField(melding.rows, 'koordinator');
    if (coordinator <= 0 || coordinator <= maxShareOfOwnerFunds * owner + TOLERANCE) continue;
    const share = owner > 0 ? formatPercent(coordinator / owner) : 'hele';
    report.add(
      'coordinator-over-cap',
      { cells: [...positiveCells(melding.rows, 'koordinator'), ...melding.rows.map((r) => r.cells.tilskuddEier)], field: 'koordinator' },
      `Koordinatormidler utgjør ${share} av eiers midler (maks ${formatPercent(maxShareOfOwnerFunds)}) i ${meldingLabel(melding, profile)}: ${formatNok(coordinator)} av ${formatNok(owner)}.`,
      `Sett ned koordinatormidlene til høyst ${formatNok(Math.floor(maxShareOfOwnerFunds * owner))}.`,
    );
  }
}

/** Egenandel in the profile's scheme: some, and at least the minimum share of the owner funds. */
export function checkOwnShare(ctx: RuleContext): void {
  const ownShare = ctx.profile.parameters.ownShare;
  if (ownShare === null) return;
  const { ordning: scheme, minShareOfOwnerGrant } = ownShare;
  for (const melding of ctx.meldinger) {
    if (melding.ordning !== scheme) continue;
    const owner = sumField(melding.rows, 'tilskuddEier');
    const own = sumField(melding.rows, 'egenandel');
    let anyStated = false;
    for (const r of melding.rows) if (r.values.egenandel.kind !== 'empty') anyStated = true;
    if (!anyStated) {
      ctx.report.add(
        'own-share-missing',
        {
          cells: isMapped(ctx.table, 'egenandel') ? melding.rows.map((r) => r.cells.egenandel) : [ctx.table.freeHeaderCell],
          field: 'egenandel',
        },
        `${capitalize(meldingLabel(melding, ctx.profile))} oppgir ingen egenandel. I ${schemeName(ctx.profile, scheme)} skal eier selv bidra med minst ${formatPercent(minShareOfOwnerGrant)} av tilskuddet (lønn og frikjøp teller).`,
        isMapped(ctx.table, 'egenandel')
          ? 'Skriv eiers egenandel i kroner per tiltak.'
          : 'Legg til kolonnen «Egenandel» og skriv eiers egenandel i kroner.',
      );
    } else if (own + TOLERANCE < minShareOfOwnerGrant * owner) {
      ctx.report.add(
        'own-share-below-minimum',
        { cells: melding.rows.flatMap((r) => [r.cells.egenandel, r.cells.tilskuddEier]), field: 'egenandel' },
        `Egenandelen utgjør ${formatPercent(owner > 0 ? own / owner : 0)} av eiers tilskudd (minst ${formatPercent(minShareOfOwnerGrant)}) i ${meldingLabel(melding, ctx.profile)}: ${formatNok(own)} av ${formatNok(owner)}.`,
        `Øk egenandelen til minst ${formatNok(Math.ceil(minShareOfOwnerGrant * owner))}.`,
      );
    }
  }
}
