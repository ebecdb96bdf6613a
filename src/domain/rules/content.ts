import { wordCount } from '../format';
import { cellOf, isMapped, okValue, rowLabel, type RuleContext } from '../context';
import type { FieldKey, TiltakRow } from '../model';
import type { RuleId } from '../catalogue';
import { partnerKinds } from '../partners';

/** Builds a row's message only when the row has the finding: checking stays allocation-free. */
type RowMessage = (row: TiltakRow) => string;

/** Empty required text on a row whose column exists (header-missing covers absent columns). */
function requireText(ctx: RuleContext, row: TiltakRow, field: FieldKey, rule: RuleId, message: RowMessage, hint: string) {
  if (row.values[field].kind === 'empty' && isMapped(ctx.table, field)) ctx.report.onRow(rule, row, field, message(row), hint);
}

/** The names a parser put in `detail` ("Vurdering, Planlegging"), one by one. */
const named = (detail: string | undefined) => (detail ? detail.split(', ') : []);

/** Title, ordning, fase, description, responsibility, owners, partners and target groups of each tiltak. */
export function checkContent(ctx: RuleContext): void {
  const { report, profile, texts } = ctx;
  const t = texts.rules;
  const { ordninger, faser, targetGroups } = profile.vocabulary;
  const single = ordninger.length === 1 ? ordninger[0]! : undefined;
  const ordningHint = t['scheme-missing'].hint({ labels: ordninger.map((o) => o.label), only: single?.name });
  const faseLabels = faser.map((f) => f.label);
  const faseHint = t['phase-missing'].hint({ labels: faseLabels });
  const partners = partnerKinds(profile);
  const faseByKey = new Map(faser.map((f) => [f.key, f]));
  const tiltak = (row: TiltakRow) => ({ tiltak: rowLabel(texts, row) });
  const titleMissing: RowMessage = (row) => t['title-missing'].message({ row: row.row });
  const schemeMissing: RowMessage = (row) => t['scheme-missing'].message(tiltak(row));
  const phaseMissing: RowMessage = (row) => t['phase-missing'].message(tiltak(row));
  const responsibilityMissing: RowMessage = (row) => t['responsibility-missing'].message(tiltak(row));
  const ownerMissing: RowMessage = (row) => t['owner-missing'].message(tiltak(row));
  const partnerMissing: RowMessage = (row) => t['uh-missing'].message({ partners: partners.accepted, tiltak: rowLabel(texts, row) });
  const partnerHint = t['uh-missing'].hint({ partners: partners.accepted });
  for (let i = 0; i < ctx.table.rows.length; i++) {
    const row = ctx.table.rows[i]!;
    const v = row.values;
    requireText(ctx, row, 'tittel', 'title-missing', titleMissing, t['title-missing'].hint);

    if (!single) requireText(ctx, row, 'ordning', 'scheme-missing', schemeMissing, ordningHint);
    if (v.ordning.kind === 'invalid') {
      const message =
        v.ordning.reason === 'multiple'
          ? t['scheme-invalid'].multiple({ value: v.ordning.raw, named: named(v.ordning.detail) })
          : t['scheme-invalid'].unknown({ value: v.ordning.raw, profile: profile.name });
      report.onRow('scheme-invalid', row, 'ordning', message, ordningHint);
    }

    requireText(ctx, row, 'fase', 'phase-missing', phaseMissing, faseHint);
    if (v.fase.kind === 'invalid') {
      if (v.fase.reason === 'multiple') {
        const message = t['phase-multiple'].message({ value: v.fase.raw, named: named(v.fase.detail) });
        report.onRow('phase-multiple', row, 'fase', message, t['phase-multiple'].hint);
      } else {
        report.onRow('phase-invalid', row, 'fase', t['phase-invalid'].message({ value: v.fase.raw, labels: faseLabels }), faseHint);
      }
    }

    const fase = v.fase.kind === 'ok' ? faseByKey.get(v.fase.value) : undefined;
    if (fase?.descriptionRequired && v.beskrivelse.kind === 'empty') {
      const mapped = isMapped(ctx.table, 'beskrivelse');
      report.add(
        'description-required',
        { cells: [mapped ? cellOf(row, 'beskrivelse') : cellOf(row, 'fase')], row: row.row, field: 'beskrivelse' },
        t['description-required'].message({ phase: fase.name.toLowerCase(), tiltak: rowLabel(texts, row) }),
        mapped ? t['description-required'].hint : t['description-required'].hintNoColumn,
      );
    }

    requireText(ctx, row, 'ansvar', 'responsibility-missing', responsibilityMissing, t['responsibility-missing'].hint);
    requireText(ctx, row, 'eiere', 'owner-missing', ownerMissing, t['owner-missing'].hint);
    requireText(ctx, row, 'uh', 'uh-missing', partnerMissing, partnerHint);
    if (v.uh.kind === 'ok') {
      const refused = partners.refused(v.uh.value);
      if (refused) {
        const message = t['uh-missing'].refused({
          ...refused,
          profile: profile.name,
          partners: partners.accepted,
          tiltak: rowLabel(texts, row),
        });
        report.onRow('uh-missing', row, 'uh', message, partnerHint);
      }
    }

    if (v.malgruppe.kind === 'invalid') {
      report.onRow(
        'target-group-invalid',
        row,
        'malgruppe',
        t['target-group-invalid'].message({
          groups: v.malgruppe.detail ? named(v.malgruppe.detail) : [v.malgruppe.raw],
          profile: profile.name,
        }),
        t['target-group-invalid'].hint({ groups: targetGroups.map((g) => g.name) }),
      );
    }
  }
}

const CRITERIA = [
  { field: 'forankring', rule: 'criterion-anchoring-missing' },
  { field: 'kollektiv', rule: 'criterion-collective-missing' },
  { field: 'laererutdanning', rule: 'criterion-teacher-education-missing' },
] as const;

/** The criteria of the round, each with its own text per tiltak; the profile says which run and how severe. */
export function checkCriteria(ctx: RuleContext): void {
  const { texts } = ctx;
  const minWords = ctx.profile.parameters.criterionMinWords ?? 0;
  const thin = minWords > 0 && ctx.report.runs('criterion-text-thin');
  const criteria = CRITERIA.filter((c) => ctx.report.runs(c.rule)).map((c) => ({
    ...c,
    hint: texts.rules[c.rule].hint,
    message: (row: TiltakRow) => texts.rules[c.rule].message({ tiltak: rowLabel(texts, row) }),
  }));
  const partners = partnerKinds(ctx.profile);
  for (let i = 0; i < ctx.table.rows.length; i++) {
    const row = ctx.table.rows[i]!;
    const teacherEducation = partners.teacherEducationAsked(okValue(row.values.uh) ?? []);
    for (let k = 0; k < criteria.length; k++) {
      const c = criteria[k]!;
      if (c.field === 'laererutdanning' && !teacherEducation) continue;
      requireText(ctx, row, c.field, c.rule, c.message, c.hint);
      const value = row.values[c.field];
      if (thin && value.kind === 'ok' && wordCount(value.value, minWords) < minWords) {
        ctx.report.onRow(
          'criterion-text-thin',
          row,
          c.field,
          texts.rules['criterion-text-thin'].message({ text: value.value, criterion: texts.domain.fields[c.field] }),
          texts.rules['criterion-text-thin'].hint({ hint: c.hint, words: minWords }),
        );
      }
    }
  }
}
