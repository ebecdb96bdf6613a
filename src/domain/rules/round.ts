import { formatDate } from '../format';
import { capitalize, okValue, rowLabel, type RuleContext } from '../context';

/** deadline-passed: once, when today is after the profile's deadline. */
export function checkDeadline({ today, profile, report }: RuleContext): void {
  const { deadline } = profile.parameters;
  if (deadline === null || today <= deadline) return;
  report.add(
    'deadline-passed',
    { cells: [] },
    `Fristen for ${profile.name} var ${formatDate(deadline)}; i dag er ${formatDate(today)}.`,
    'Sjekk med mottakeren om meldingen fortsatt kan leveres, eller velg profilen for en nyere runde.',
  );
}

/** supplementary-unclear: a tiltak marked supplementary under a profile that does not mention such grants. */
export function checkSupplementary({ table, profile, report }: RuleContext): void {
  if (profile.parameters.supplementaryGrants !== 'not-mentioned') return;
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

/** profile-preliminary: once per check, naming what the foreløpig profile has not confirmed. */
export function checkProfileStatus({ profile, report }: RuleContext): void {
  if (profile.status !== 'foreløpig') return;
  report.add(
    'profile-preliminary',
    { cells: [] },
    `Profilen «${profile.name}» er foreløpig. Ikke bekreftet: ${profile.unconfirmed.join(', ')}.`,
    'Sjekk vilkårene for runden hos Statsforvalteren før meldingen sendes, og bruk en fastsatt profil når den finnes.',
  );
}
