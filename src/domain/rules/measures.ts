import { nameKey } from '../format';
import { capitalize, meldingLabel, okValue, rowLabel, schemeName, type RuleContext } from '../context';

/** too-many-measures: the tiltak beyond the profile's maximum per partnerskap and ordning. */
export function checkMeasureCount(ctx: RuleContext): void {
  const max = ctx.profile.parameters.maxTiltakPerPartnershipAndScheme;
  if (max === null || !ctx.report.runs('too-many-measures')) return;
  for (const group of ctx.schemeGroups) {
    if (!group.ordning || group.rows.length <= max) continue;
    const name = group.partnerskap || (ctx.partnership ? okValue(ctx.partnership.values.partnerskap) : undefined);
    const who = name ? `Partnerskapet «${name}»` : 'Partnerskapet';
    group.rows.slice(max).forEach((row, i) => {
      ctx.report.add(
        'too-many-measures',
        { cells: [row.cells.tittel ?? row.cells.ordning], row: row.row, field: 'tittel' },
        `${who} har ${group.rows.length} tiltak i ${schemeName(ctx.profile, group.ordning)}, men kan melde inntil ${max}. ${capitalize(rowLabel(row))} er nummer ${max + i + 1}.`,
        `Prioriter de ${max} viktigste tiltakene, eller slå sammen tiltak.`,
      );
    });
  }
}

/** duplicate-measure: the same title twice in one melding (the later rows are flagged). */
export function checkDuplicates(ctx: RuleContext): void {
  if (!ctx.report.runs('duplicate-measure')) return;
  for (const melding of ctx.meldinger) {
    const first = new Map<string, number>();
    for (const row of melding.rows) {
      const title = okValue(row.values.tittel);
      if (!title) continue;
      const key = nameKey(title);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, row.row);
        continue;
      }
      ctx.report.onRow(
        'duplicate-measure',
        row,
        'tittel',
        `«${title}» står to ganger i ${meldingLabel(melding, ctx.profile)} (rad ${earlier} og ${row.row}).`,
        'Slå sammen radene, eller gi tiltakene navn som skiller dem.',
      );
    }
  }
}
