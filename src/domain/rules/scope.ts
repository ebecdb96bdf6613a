import { rowLabel, type RuleContext } from '../context';
import { otherSchemeGroupsNamed } from '../other-schemes';

/**
 * target-group-out-of-scope: a målgruppe that belongs to another scheme (2026: videregående has a
 * regulation of its own). Read from the cell's text whether or not the rest of it is readable,
 * so target-group-invalid on another item of the same cell hides nothing.
 */
export function checkTargetGroupScope({ table, profile, report, texts }: RuleContext): void {
  if (profile.vocabulary.otherSchemeGroups.length === 0 || !report.runs('target-group-out-of-scope')) return;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    const value = row.values.malgruppe;
    if (value.kind !== 'ok' && value.kind !== 'invalid') continue;
    for (const group of otherSchemeGroupsNamed(profile, value.raw)) {
      report.onRow(
        'target-group-out-of-scope',
        row,
        'malgruppe',
        texts.rules['target-group-out-of-scope'].message({
          group: group.name,
          tiltak: rowLabel(texts, row),
          scheme: group.scheme,
          profile: profile.name,
        }),
        texts.rules['target-group-out-of-scope'].hint({ group: group.name }),
      );
    }
  }
}
