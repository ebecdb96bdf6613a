import { tiltakField } from '../fields';
import { wordCount } from '../format';
import { isMapped, okValue, orList, rowLabel, type RuleContext } from '../context';
import type { FieldKey, TiltakRow } from '../model';
import type { RuleId } from '../catalogue';
import { partnerKinds } from '../partners';

/** Builds a row's message only when the row has the finding: checking stays allocation-free. */
type RowMessage = (row: TiltakRow) => string;

/** Empty required text on a row whose column exists (header-missing covers absent columns). */
function requireText(ctx: RuleContext, row: TiltakRow, field: FieldKey, rule: RuleId, message: RowMessage, hint: string) {
  if (row.values[field].kind === 'empty' && isMapped(ctx.table, field)) ctx.report.onRow(rule, row, field, message(row), hint);
}

const TITLE_MISSING: RowMessage = (row) => `Tiltaket i rad ${row.row} har ikke noe navn.`;
const SCHEME_MISSING: RowMessage = (row) => `Ordning mangler for ${rowLabel(row)}.`;
const PHASE_MISSING: RowMessage = (row) => `Fase mangler for ${rowLabel(row)}.`;
const RESPONSIBILITY_MISSING: RowMessage = (row) => `Det står ikke hvem som gjør hva i ${rowLabel(row)}.`;
const OWNER_MISSING: RowMessage = (row) => `Ingen eier er oppgitt for ${rowLabel(row)}.`;

/** Title, ordning, fase, description, responsibility, owners, partners and target groups of each tiltak. */
export function checkContent(ctx: RuleContext): void {
  const { report, profile } = ctx;
  const { ordninger, faser, targetGroups } = profile.vocabulary;
  const ordningHint =
    ordninger.length === 1
      ? `Skriv ${ordninger[0]!.label}, eller la cellen stå tom: alle tiltak hører til ${ordninger[0]!.name}.`
      : `Skriv ${orList(ordninger.map((o) => o.label))}.`;
  const faseHint = `Skriv ${orList(faser.map((f) => f.label))}.`;
  const singleOrdning = ordninger.length === 1;
  const partners = partnerKinds(profile);
  const faseByKey = new Map(faser.map((f) => [f.key, f]));
  const partnerMissing: RowMessage = (row) =>
    `Ingen partner (${partners.acceptedNames}) er oppgitt for ${rowLabel(row)}. Eier og partner skal samarbeide om alle tiltak.`;
  for (const row of ctx.table.rows) {
    const v = row.values;
    requireText(ctx, row, 'tittel', 'title-missing', TITLE_MISSING, 'Gi tiltaket et kort, beskrivende navn.');

    if (!singleOrdning) requireText(ctx, row, 'ordning', 'scheme-missing', SCHEME_MISSING, ordningHint);
    if (v.ordning.kind === 'invalid') {
      const message =
        v.ordning.reason === 'multiple'
          ? `«${v.ordning.raw}» nevner flere ordninger (${v.ordning.detail ?? ''}); et tiltak hører til én ordning.`
          : `«${v.ordning.raw}» er ikke en ordning i ${profile.name}.`;
      report.onRow('scheme-invalid', row, 'ordning', message, ordningHint);
    }

    requireText(ctx, row, 'fase', 'phase-missing', PHASE_MISSING, faseHint);
    if (v.fase.kind === 'invalid') {
      if (v.fase.reason === 'multiple') {
        report.onRow(
          'phase-multiple',
          row,
          'fase',
          `«${v.fase.raw}» nevner flere faser (${v.fase.detail ?? ''}). Et tiltak kan bare være i én fase.`,
          'Del tiltaket i ett tiltak per fase, på hver sin rad.',
        );
      } else {
        report.onRow(
          'phase-invalid',
          row,
          'fase',
          `«${v.fase.raw}» er ikke en av fasene (${faser.map((f) => f.label).join(', ')}).`,
          faseHint,
        );
      }
    }

    const fase = v.fase.kind === 'ok' ? faseByKey.get(v.fase.value) : undefined;
    if (fase?.descriptionRequired && v.beskrivelse.kind === 'empty') {
      const mapped = isMapped(ctx.table, 'beskrivelse');
      report.add(
        'description-required',
        { cells: [mapped ? row.cells.beskrivelse : row.cells.fase], row: row.row, field: 'beskrivelse' },
        `Tiltak i fasen ${fase.name.toLowerCase()} må ha en konkret beskrivelse av hva som skal gjøres (${rowLabel(row)}).`,
        mapped ? 'Beskriv hva som skal gjøres i tiltaket.' : 'Legg til kolonnen «Beskrivelse» og beskriv hva som skal gjøres.',
      );
    }

    requireText(ctx, row, 'ansvar', 'responsibility-missing', RESPONSIBILITY_MISSING, 'Skriv hva eier og partneren hver skal gjøre.');
    requireText(ctx, row, 'eiere', 'owner-missing', OWNER_MISSING, 'Skriv kommunen(e) eller eieren(e) som står bak tiltaket.');
    requireText(ctx, row, 'uh', 'uh-missing', partnerMissing, `Skriv hvilken ${partners.acceptedNames} dere samarbeider med.`);
    if (v.uh.kind === 'ok') {
      const refused = partners.refused(v.uh.value);
      if (refused) {
        report.onRow(
          'uh-missing',
          row,
          'uh',
          `«${refused.name}» er ${refused.kind}, men i ${profile.name} må partneren være ${partners.acceptedNames} (${rowLabel(row)}).`,
          `Skriv hvilken ${partners.acceptedNames} dere samarbeider med.`,
        );
      }
    }

    if (v.malgruppe.kind === 'invalid') {
      report.onRow(
        'target-group-invalid',
        row,
        'malgruppe',
        `Målgruppen «${v.malgruppe.detail ?? v.malgruppe.raw}» er ikke blant målgruppene i ${profile.name}.`,
        `Bruk ${targetGroups.map((g) => g.name).join(', ')}.`,
      );
    }
  }
}

const CRITERIA = [
  {
    field: 'forankring',
    rule: 'criterion-anchoring-missing',
    missing: 'Det står ikke hvordan tiltaket er forankret',
    hint: 'Beskriv hvordan ansatte og ledere i barnehagen/skolen er involvert, i faglig dialog med UH.',
  },
  {
    field: 'kollektiv',
    rule: 'criterion-collective-missing',
    missing: 'Det står ikke hvordan tiltaket fremmer kollektive prosesser',
    hint: 'Beskriv hvordan tiltaket gir kollektiv profesjonsutvikling som utvikler barnehagen eller skolen.',
  },
  {
    field: 'laererutdanning',
    rule: 'criterion-teacher-education-missing',
    missing: 'Det står ikke hvordan samarbeidet styrker lærerutdanningen',
    hint: 'La UH beskrive hvordan samarbeidet bidrar til å styrke lærerutdanningen.',
  },
] as const;

/** The criteria of the round, each with its own text per tiltak; the profile says which run and how severe. */
export function checkCriteria(ctx: RuleContext): void {
  const minWords = ctx.profile.parameters.criterionMinWords ?? 0;
  const thin = minWords > 0 && ctx.report.runs('criterion-text-thin');
  const criteria = CRITERIA.filter((c) => ctx.report.runs(c.rule)).map((c) => ({
    ...c,
    message: (row: TiltakRow) => `${c.missing} (${rowLabel(row)}).`,
  }));
  const partners = partnerKinds(ctx.profile);
  for (const row of ctx.table.rows) {
    const teacherEducation = partners.teacherEducationAsked(okValue(row.values.uh) ?? []);
    for (const c of criteria) {
      if (c.field === 'laererutdanning' && !teacherEducation) continue;
      requireText(ctx, row, c.field, c.rule, c.message, c.hint);
      const value = row.values[c.field];
      if (thin && value.kind === 'ok' && wordCount(value.value, minWords) < minWords) {
        ctx.report.onRow(
          'criterion-text-thin',
          row,
          c.field,
          `«${value.value}» er for kort til å vise hvordan kriteriet «${tiltakField(c.field).label}» er møtt.`,
          `${c.hint} Skriv minst ${minWords} ord.`,
        );
      }
    }
  }
}
