/**
 * The validation and input message of one tiltak field, from the round's profile: what belongs in
 * the cell and the rule it must meet. The template puts them on its Tiltak sheet; "Legg til
 * utvalgslister" puts the same on the columns of a user's own table.
 */
import type { RuleId } from '../../domain/catalogue';
import { schemeName } from '../../domain/context';
import type { FieldKey } from '../../domain/model';
import type { Profile } from '../../domain/profile';
import { partnerKinds } from '../../domain/partners';
import type { Texts } from '../../i18n';
import { severityIn, type Severity } from './columns';
import type { CellValidation, ValidationRule } from './spec';
import { alertStyle, DATE_SPAN, inlineList, minWordsFormula, validation } from './validations';

/** The rule that speaks when the field is left empty. */
const MISSING: Partial<Record<FieldKey, RuleId>> = {
  tittel: 'title-missing',
  ordning: 'scheme-missing',
  fase: 'phase-missing',
  ansvar: 'responsibility-missing',
  eiere: 'owner-missing',
  uh: 'uh-missing',
  start: 'period-missing',
  slutt: 'period-missing',
  forankring: 'criterion-anchoring-missing',
  kollektiv: 'criterion-collective-missing',
  laererutdanning: 'criterion-teacher-education-missing',
};

/** The criteria whose texts Excel can count the words of. */
const CRITERIA = new Set<FieldKey>(['forankring', 'kollektiv', 'laererutdanning']);

/** The kinds of partner spared the lærerutdanning criterion ("fagskole"), or null. */
function sparedPartners(profile: Profile): string | null {
  if (severityIn(profile, 'criterion-teacher-education-missing') === undefined) return null;
  const names = profile.vocabulary.partnerKinds.filter((k) => k.accepted && !k.teacherEducation).map((k) => k.name);
  return names.length ? names.join(' eller ') : null;
}

/** The input message of a field, from the profile. */
export function fieldPrompt(key: FieldKey, profile: Profile, texts: Texts): string {
  const p = texts.template.prompts;
  const v = profile.vocabulary;
  const params = profile.parameters;
  const need: { need?: Severity } = MISSING[key] ? { need: severityIn(profile, MISSING[key]!) } : {};
  const described = severityIn(profile, 'description-required') ? v.faser.filter((f) => f.descriptionRequired).map((f) => f.label) : [];
  const minWords = severityIn(profile, 'criterion-text-thin') ? params.criterionMinWords : null;
  switch (key) {
    case 'nr':
      return p.nr();
    case 'tittel':
      return p.tittel(need);
    case 'partnerskap':
      return texts.template.partnershipPrompts.partnerskap();
    case 'ordning':
      return p.ordning({ labels: v.ordninger.map((o) => o.label), ...need });
    case 'fase':
      return p.fase({ labels: v.faser.map((f) => f.label), described, ...need });
    case 'beskrivelse':
      return p.beskrivelse({ described });
    case 'ansvar':
      return p.ansvar(need);
    case 'eiere':
      return p.eiere(need);
    case 'uh':
      return p.uh({ partners: texts.format.list(partnerKinds(profile).accepted, 'or'), spared: sparedPartners(profile), ...need });
    case 'malgruppe':
      return p.malgruppe({
        groups: v.targetGroups.map((g) => g.name),
        other: severityIn(profile, 'target-group-out-of-scope') ? v.otherSchemeGroups.map((g) => g.name) : [],
      });
    case 'enheter':
      return p.enheter();
    case 'fylke':
      return p.fylke({ regions: params.geography?.map((r) => r.region) ?? [] });
    case 'tilskuddEier':
      return p.tilskuddEier();
    case 'tilskuddUh':
      return p.tilskuddUh();
    case 'koordinator':
      return p.koordinator({
        cap: severityIn(profile, 'coordinator-over-cap') ? params.coordinatorMaxShareOfOwnerFunds : null,
        municipalities: severityIn(profile, 'coordinator-single-municipality') ? params.coordinatorMinMunicipalities : null,
        justified:
          params.coordinatorJustificationRequired === true && severityIn(profile, 'coordinator-justification-missing') !== undefined,
      });
    case 'koordinatorBegrunnelse':
      return p.koordinatorBegrunnelse({
        required:
          params.coordinatorJustificationRequired === true && severityIn(profile, 'coordinator-justification-missing') !== undefined,
      });
    case 'start':
      return p.start(need);
    case 'slutt':
      return p.slutt({
        maxYears: severityIn(profile, 'duration-too-long') ? params.maxDurationYears : null,
        lastSingleYearDay: severityIn(profile, 'multi-year-over-cap') ? params.singleYearLastDay : null,
        ...need,
      });
    case 'forankring':
      return p.forankring({ minWords, ...need });
    case 'kollektiv':
      return p.kollektiv({ minWords, ...need });
    case 'laererutdanning':
      return p.laererutdanning({ minWords, spared: sparedPartners(profile), ...need });
    case 'supplerende':
      return p.supplerende();
    case 'egenandel':
      return p.egenandel({
        ordning: params.ownShare ? schemeName(profile, params.ownShare.ordning) : null,
        minShare: params.ownShare && severityIn(profile, 'own-share-below-minimum') ? params.ownShare.minShareOfOwnerGrant : null,
      });
    case 'deltakere':
      return p.deltakere();
  }
}

/** What Excel lets into the field's cells, and what it says otherwise; null for text it cannot judge. */
export function fieldRule(
  key: FieldKey,
  header: string,
  firstCell: string,
  profile: Profile,
  texts: Texts,
): { rule: ValidationRule; error: NonNullable<CellValidation['error']> } | null {
  const alerts = texts.template.alerts;
  const v = profile.vocabulary;
  const list = (values: readonly string[], rule: RuleId) => {
    const inline = inlineList(values);
    return (
      inline && {
        rule: inline,
        error: {
          style: alertStyle(severityIn(profile, rule)),
          title: alerts.list.title,
          message: alerts.list.message({ field: header, values }),
        },
      }
    );
  };
  switch (key) {
    case 'ordning':
      return list(
        v.ordninger.map((o) => o.label),
        'scheme-invalid',
      );
    case 'fase':
      return list(
        v.faser.map((f) => f.label),
        'phase-invalid',
      );
    case 'supplerende':
      return { rule: { kind: 'list', values: texts.template.yesNo }, error: { style: 'stop', ...alerts.yesNo } };
    case 'tilskuddEier':
    case 'tilskuddUh':
    case 'koordinator':
    case 'egenandel':
      return { rule: { kind: 'wholeNumber', min: 0 }, error: { style: 'stop', ...alerts.wholeNumber } };
    case 'deltakere':
      return { rule: { kind: 'wholeNumber', min: 0 }, error: { style: 'stop', ...alerts.count } };
    case 'start':
    case 'slutt':
      // Valider also reads a semester (høst 2026): Excel asks, it does not refuse.
      return { rule: { kind: 'date', ...DATE_SPAN }, error: { style: 'warning', ...alerts.date } };
    default: {
      const minWords = profile.parameters.criterionMinWords;
      const thin = severityIn(profile, 'criterion-text-thin');
      if (!CRITERIA.has(key) || minWords === null || thin === undefined) return null;
      return {
        rule: { kind: 'custom', formula: minWordsFormula(firstCell, minWords) },
        error: { style: alertStyle(thin), title: alerts.words.title, message: alerts.words.message({ minWords }) },
      };
    }
  }
}

/** The field's validation over `range` (first cell `firstCell`): its rule, or only its input message. */
export function fieldValidation(
  key: FieldKey,
  header: string,
  range: string,
  firstCell: string,
  profile: Profile,
  texts: Texts,
): CellValidation {
  const prompt = fieldPrompt(key, profile, texts);
  const rule = fieldRule(key, header, firstCell, profile, texts);
  return rule ? validation(range, rule.rule, header, prompt, rule.error) : validation(range, { kind: 'any' }, header, prompt);
}
