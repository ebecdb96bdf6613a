import { TARGET_GROUPS, tiltakField } from '../fields';
import { wordCount } from '../format';
import { isMapped, rowLabel, type RuleContext } from '../context';
import type { FieldKey, TiltakRow } from '../model';
import type { RuleId } from '../catalogue';

const FASE_NAMES = {
  vurdering: 'vurdering av kompetansebehov',
  planlegging: 'planlegging og utvikling',
  gjennomforing: 'gjennomføring',
} as const;

/** Empty required text on a row whose column exists (header-missing covers absent columns). */
function requireText(ctx: RuleContext, row: TiltakRow, field: FieldKey, rule: RuleId, message: string, hint: string) {
  if (isMapped(ctx.table, field) && row.values[field].kind === 'empty') ctx.report.onRow(rule, row, field, message, hint);
}

/** Title, ordning, fase, description, responsibility, owners and UH of each tiltak. */
export function checkContent(ctx: RuleContext): void {
  const { report } = ctx;
  for (const row of ctx.table.rows) {
    const v = row.values;
    requireText(
      ctx,
      row,
      'tittel',
      'title-missing',
      `Tiltaket i rad ${row.row} har ikke noe navn.`,
      'Gi tiltaket et kort, beskrivende navn.',
    );

    requireText(
      ctx,
      row,
      'ordning',
      'scheme-missing',
      `Ordning mangler for ${rowLabel(row)}.`,
      'Skriv regional, desentralisert eller kompetanseløftet.',
    );
    if (v.ordning.kind === 'invalid') {
      const message =
        v.ordning.reason === 'multiple'
          ? `«${v.ordning.raw}» nevner flere ordninger (${v.ordning.detail ?? ''}); et tiltak hører til én ordning.`
          : `«${v.ordning.raw}» er ikke en kjent ordning.`;
      report.onRow('scheme-invalid', row, 'ordning', message, 'Skriv regional, desentralisert eller kompetanseløftet.');
    }

    requireText(
      ctx,
      row,
      'fase',
      'phase-missing',
      `Fase mangler for ${rowLabel(row)}.`,
      'Skriv vurdering, planlegging eller gjennomføring.',
    );
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
          `«${v.fase.raw}» er ikke en av de tre fasene.`,
          'Skriv vurdering, planlegging eller gjennomføring.',
        );
      }
    }

    if (v.fase.kind === 'ok' && v.fase.value !== 'vurdering' && v.beskrivelse.kind === 'empty') {
      const mapped = isMapped(ctx.table, 'beskrivelse');
      report.add(
        'description-required',
        { cells: [mapped ? row.cells.beskrivelse : row.cells.fase], row: row.row, field: 'beskrivelse' },
        `Tiltak i fasen ${FASE_NAMES[v.fase.value]} må ha en konkret beskrivelse av hva som skal gjøres (${rowLabel(row)}).`,
        mapped ? 'Beskriv hva som skal gjøres i tiltaket.' : 'Legg til kolonnen «Beskrivelse» og beskriv hva som skal gjøres.',
      );
    }

    requireText(
      ctx,
      row,
      'ansvar',
      'responsibility-missing',
      `Det står ikke hvem som gjør hva i ${rowLabel(row)}.`,
      'Skriv hva eier og UH hver skal gjøre.',
    );
    requireText(
      ctx,
      row,
      'eiere',
      'owner-missing',
      `Ingen eier er oppgitt for ${rowLabel(row)}.`,
      'Skriv kommunen(e) eller eieren(e) som står bak tiltaket.',
    );
    requireText(
      ctx,
      row,
      'uh',
      'uh-missing',
      `Ingen UH-partner er oppgitt for ${rowLabel(row)}. Eier og UH skal samarbeide om alle tiltak.`,
      'Skriv universitetet eller høgskolen dere samarbeider med.',
    );

    if (v.malgruppe.kind === 'invalid') {
      report.onRow(
        'target-group-invalid',
        row,
        'malgruppe',
        `Målgruppen «${v.malgruppe.detail ?? v.malgruppe.raw}» er ikke blant de kjente målgruppene.`,
        `Bruk ${TARGET_GROUPS.join(', ')}.`,
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

/** The three criteria of the schemes, each with its own text per tiltak. */
export function checkCriteria(ctx: RuleContext): void {
  const minWords = ctx.profile.criterionMinWords;
  for (const row of ctx.table.rows) {
    for (const c of CRITERIA) {
      requireText(ctx, row, c.field, c.rule, `${c.missing} (${rowLabel(row)}).`, c.hint);
      const value = row.values[c.field];
      if (value.kind === 'ok' && wordCount(value.value, minWords) < minWords) {
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
