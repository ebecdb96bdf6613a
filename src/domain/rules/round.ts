import { formatDate } from '../format';
import { capitalize, okValue, rowLabel, type RuleContext } from '../context';

/** deadline-passed: once, when today is after the profile's deadline. */
export function checkDeadline({ today, profile, report }: RuleContext): void {
  if (today <= profile.deadline) return;
  report.add(
    'deadline-passed',
    { cells: [] },
    `Fristen for ${profile.name} var ${formatDate(profile.deadline)}; i dag er ${formatDate(today)}.`,
    'Sjekk med mottakeren om meldingen fortsatt kan leveres, eller velg profilen for en nyere runde.',
  );
}

/** supplementary-unclear: a tiltak marked supplementary under a profile that does not mention such grants. */
export function checkSupplementary({ table, profile, report }: RuleContext): void {
  if (profile.supplementaryAllowed !== null) return;
  for (const row of table.rows) {
    if (okValue(row.values.supplerende) !== true) continue;
    report.onRow(
      'supplementary-unclear',
      row,
      'supplerende',
      `${capitalize(rowLabel(row))} er merket som supplerende tilskudd, men retningslinjene for ${profile.name} nevner ikke supplerende tilskudd.`,
      'Avklar med kompetansenettverket om tiltaket kan meldes som supplerende.',
    );
  }
}
