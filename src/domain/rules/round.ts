import { okValue, rowLabel, type RuleContext } from '../context';

/** deadline-passed: once, when today is after the profile's deadline. */
export function checkDeadline({ today, profile, report, texts }: RuleContext): void {
  const { deadline } = profile.parameters;
  if (deadline === null || today <= deadline) return;
  report.add(
    'deadline-passed',
    { cells: [] },
    texts.rules['deadline-passed'].message({ profile: profile.name, deadline, today }),
    texts.rules['deadline-passed'].hint,
  );
}

/** supplementary-unclear: a tiltak marked supplementary under a profile that does not mention such grants. */
export function checkSupplementary({ table, profile, report, texts }: RuleContext): void {
  if (profile.parameters.supplementaryGrants !== 'not-mentioned') return;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    if (okValue(row.values.supplerende) !== true) continue;
    report.onRow(
      'supplementary-unclear',
      row,
      'supplerende',
      texts.rules['supplementary-unclear'].message({ tiltak: rowLabel(texts, row), profile: profile.name }),
      texts.rules['supplementary-unclear'].hint,
    );
  }
}

/** profile-preliminary: once per check, naming what the foreløpig profile has not confirmed. */
export function checkProfileStatus({ profile, report, texts }: RuleContext): void {
  if (profile.status !== 'foreløpig') return;
  report.add(
    'profile-preliminary',
    { cells: [] },
    texts.rules['profile-preliminary'].message({ profile: profile.name, unconfirmed: profile.unconfirmed }),
    texts.rules['profile-preliminary'].hint,
  );
}
