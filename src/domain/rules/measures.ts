import { nameKey } from '../format';
import { cellOf, meldingLabel, okValue, rowLabel, schemeLabel, type RuleContext } from '../context';

/** too-many-measures: the tiltak beyond the profile's maximum per partnerskap and ordning. */
export function checkMeasureCount(ctx: RuleContext): void {
  const max = ctx.profile.parameters.maxTiltakPerPartnershipAndScheme;
  if (max === null || !ctx.report.runs('too-many-measures')) return;
  for (const group of ctx.schemeGroups) {
    if (!group.ordning || group.rows.length <= max) continue;
    const name = group.partnerskap || (ctx.partnership ? okValue(ctx.partnership.values.partnerskap) : undefined);
    const t = ctx.texts.rules['too-many-measures'];
    group.rows.slice(max).forEach((row, i) => {
      ctx.report.add(
        'too-many-measures',
        { cells: [cellOf(row, 'tittel') ?? cellOf(row, 'ordning')], row: row.row, field: 'tittel' },
        t.message({
          partnership: name,
          count: group.rows.length,
          scheme: schemeLabel(ctx.texts, ctx.profile, group.ordning),
          max,
          tiltak: rowLabel(ctx.texts, row),
          position: max + i + 1,
        }),
        t.hint({ max }),
      );
    });
  }
}

/** duplicate-measure: the same title twice in one melding (the later rows are flagged). */
export function checkDuplicates(ctx: RuleContext): void {
  if (!ctx.report.runs('duplicate-measure')) return;
  for (const melding of ctx.meldinger) {
    const first = new Map<string, number>();
    for (let i = 0; i < melding.rows.length; i++) {
      const row = melding.rows[i]!;
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
        ctx.texts.rules['duplicate-measure'].message({
          title,
          melding: meldingLabel(ctx.texts, melding, ctx.profile),
          first: earlier,
          row: row.row,
        }),
        ctx.texts.rules['duplicate-measure'].hint,
      );
    }
  }
}
