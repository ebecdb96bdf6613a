/**
 * Which tiltak columns a round's template has, and what Excel may let into each: derived from the
 * profile alone, so a new round gets its template from its profile, not from code.
 */
import type { RuleId } from '../../domain/catalogue';
import { TILTAK_FIELDS, type TiltakFieldSpec } from '../../domain/fields';
import type { FieldKey } from '../../domain/model';
import type { Texts } from '../../i18n';
import { ruleSetting, type Profile } from '../../domain/profile';

export type Severity = 'error' | 'warning' | 'info';

/** The severity of a rule in this round, or undefined when the round does not run it. */
export function severityIn(profile: Profile, rule: RuleId): Severity | undefined {
  const setting = ruleSetting(profile, rule);
  return setting.enabled ? setting.severity : undefined;
}

const runs = (profile: Profile, rule: RuleId) => severityIn(profile, rule) !== undefined;

/**
 * A field has a column when the round uses it: Ordning only with more than one ordning (with one,
 * every row belongs to it); coordinator, egenandel, fylke and supplerende only when a rule of the
 * round reads them. Partnerskap lives on the Partnerskap sheet (one template, one partnership).
 */
function inTemplate(field: FieldKey, profile: Profile): boolean {
  const p = profile.parameters;
  switch (field) {
    case 'partnerskap':
    case 'deltakere':
      return false;
    case 'ordning':
      return profile.vocabulary.ordninger.length > 1;
    case 'koordinator':
      return coordinatorRuns(profile);
    case 'koordinatorBegrunnelse':
      return coordinatorRuns(profile) && p.coordinatorJustificationRequired === true && runs(profile, 'coordinator-justification-missing');
    case 'egenandel':
      return p.ownShare !== null && (runs(profile, 'own-share-below-minimum') || runs(profile, 'own-share-missing'));
    case 'fylke':
      return p.geography !== null && runs(profile, 'geography-outside-region');
    case 'supplerende':
      return p.supplementaryGrants === 'allowed';
    default:
      return true;
  }
}

function coordinatorRuns(profile: Profile): boolean {
  const p = profile.parameters;
  return (
    runs(profile, 'coordinator-exceeds-owner-funds') ||
    (p.coordinatorMaxShareOfOwnerFunds !== null && runs(profile, 'coordinator-over-cap')) ||
    (p.coordinatorMinMunicipalities !== null && runs(profile, 'coordinator-single-municipality'))
  );
}

export interface TemplateColumn {
  field: TiltakFieldSpec;
  /** The profile's own header for the field, else the usual one. */
  header: string;
  /** Excel character units. */
  width: number;
  /** A text to be written out (description, criteria): wide and wrapped. */
  longText: boolean;
}

const LONG_TEXT = new Set<FieldKey>(['beskrivelse', 'ansvar', 'forankring', 'kollektiv', 'laererutdanning', 'koordinatorBegrunnelse']);
const WIDTH: Partial<Record<FieldKey, number>> = {
  nr: 6,
  tittel: 28,
  fase: 16,
  ordning: 18,
  eiere: 22,
  uh: 24,
  malgruppe: 24,
  enheter: 24,
};

/** The template's columns, in the order a melding shows the fields. */
export function templateColumns(profile: Profile, texts: Texts): TemplateColumn[] {
  return TILTAK_FIELDS.filter((f) => inTemplate(f.key, profile)).map((field) => {
    const longText = LONG_TEXT.has(field.key);
    const width = WIDTH[field.key] ?? (longText ? 40 : field.kind === 'amount' ? 15 : field.kind === 'period' ? 13 : 16);
    return { field, header: profile.headers[field.key] ?? texts.domain.fields[field.key], width, longText };
  });
}
