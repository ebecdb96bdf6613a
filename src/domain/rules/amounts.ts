import { tiltakField } from '../fields';
import { formatNok, formatPercent } from '../format';
import { amountOrZero, capitalize, isMapped, meldingLabel, okValue, rowLabel, SCHEME_NAMES, type RuleContext } from '../context';
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
      const label = tiltakField(field).label;
      if (value.kind === 'invalid') {
        const why = value.reason === 'ambiguous' ? 'kan leses på flere måter' : 'kan ikke leses som et eksakt beløp';
        report.onRow(
          'amount-invalid',
          row,
          field,
          `«${value.raw}» i «${label}» ${why}.`,
          'Skriv beløpet i hele kroner, for eksempel 150000 eller 150 000 kr.',
        );
      } else if (value.kind === 'ok' && value.value < 0) {
        report.onRow(
          'amount-invalid',
          row,
          field,
          `«${label}» er negativt (${formatNok(value.value)}).`,
          'Skriv et beløp som er null eller større.',
        );
      }
    }
    const owner = amountOrZero(row.values.tilskuddEier);
    const uh = amountOrZero(row.values.tilskuddUh);
    if (amountColumns && owner !== undefined && uh !== undefined && owner + uh <= 0) {
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
  const { minMunicipalities, maxShareOfOwnerFunds } = profile.coordinator;
  for (const row of table.rows) {
    const coordinator = okValue(row.values.koordinator) ?? 0;
    if (coordinator <= 0) continue;
    const owner = amountOrZero(row.values.tilskuddEier);
    if (owner !== undefined && coordinator > owner + TOLERANCE) {
      report.add(
        'coordinator-exceeds-owner-funds',
        { cells: [row.cells.koordinator, row.cells.tilskuddEier], row: row.row, field: 'koordinator' },
        `Koordinatormidlene (${formatNok(coordinator)}) er større enn eiers midler (${formatNok(owner)}) i ${rowLabel(row)}.`,
        'Koordinatormidler er en del av eiers midler: sett ned koordinatorbeløpet eller øk tilskuddet til eier.',
      );
    }
    const owners = row.values.eiere.kind === 'ok' ? row.values.eiere.value.length : 0;
    if (row.values.eiere.kind !== 'error' && owners < minMunicipalities) {
      report.add(
        'coordinator-single-municipality',
        { cells: [row.cells.koordinator, row.cells.eiere], row: row.row, field: 'koordinator' },
        `${capitalize(rowLabel(row))} har koordinatormidler, men ${owners === 0 ? 'ingen kommune' : 'bare én kommune'} er med. Koordinator krever minst ${minMunicipalities} kommuner.`,
        'Fjern koordinatormidlene, eller før opp alle kommunene som er med i tiltaket.',
      );
    }
    if (row.values.koordinatorBegrunnelse.kind === 'empty') {
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
  for (const melding of ctx.meldinger) {
    const owner = sumField(melding.rows, 'tilskuddEier');
    const coordinator = sumField(melding.rows, 'koordinator');
    if (coordinator <= 0 || coordinator <= maxShareOfOwnerFunds * owner + TOLERANCE) continue;
    const share = owner > 0 ? formatPercent(coordinator / owner) : 'hele';
    report.add(
      'coordinator-over-cap',
      { cells: [...positiveCells(melding.rows, 'koordinator'), ...melding.rows.map((r) => r.cells.tilskuddEier)], field: 'koordinator' },
      `Koordinatormidler utgjør ${share} av eiers midler (maks ${formatPercent(maxShareOfOwnerFunds)}) i ${meldingLabel(melding)}: ${formatNok(coordinator)} av ${formatNok(owner)}.`,
      `Sett ned koordinatormidlene til høyst ${formatNok(Math.floor(maxShareOfOwnerFunds * owner))}.`,
    );
  }
}

/** Egenandel in the profile's scheme: some, and at least the minimum share of the owner funds. */
export function checkOwnShare(ctx: RuleContext): void {
  const { scheme, minShareOfOwnerGrant } = ctx.profile.ownShare;
  for (const melding of ctx.meldinger) {
    if (melding.ordning !== scheme) continue;
    const owner = sumField(melding.rows, 'tilskuddEier');
    const own = sumField(melding.rows, 'egenandel');
    const anyStated = melding.rows.some((r) => r.values.egenandel.kind !== 'empty');
    if (!anyStated) {
      ctx.report.add(
        'own-share-missing',
        {
          cells: isMapped(ctx.table, 'egenandel') ? melding.rows.map((r) => r.cells.egenandel) : [ctx.table.freeHeaderCell],
          field: 'egenandel',
        },
        `${capitalize(meldingLabel(melding))} oppgir ingen egenandel. I ${SCHEME_NAMES[scheme]} skal eier selv bidra med minst ${formatPercent(minShareOfOwnerGrant)} av tilskuddet (lønn og frikjøp teller).`,
        isMapped(ctx.table, 'egenandel')
          ? 'Skriv eiers egenandel i kroner per tiltak.'
          : 'Legg til kolonnen «Egenandel» og skriv eiers egenandel i kroner.',
      );
    } else if (own + TOLERANCE < minShareOfOwnerGrant * owner) {
      ctx.report.add(
        'own-share-below-minimum',
        { cells: melding.rows.flatMap((r) => [r.cells.egenandel, r.cells.tilskuddEier]), field: 'egenandel' },
        `Egenandelen utgjør ${formatPercent(owner > 0 ? own / owner : 0)} av eiers tilskudd (minst ${formatPercent(minShareOfOwnerGrant)}) i ${meldingLabel(melding)}: ${formatNok(own)} av ${formatNok(owner)}.`,
        `Øk egenandelen til minst ${formatNok(Math.ceil(minShareOfOwnerGrant * owner))}.`,
      );
    }
  }
}
