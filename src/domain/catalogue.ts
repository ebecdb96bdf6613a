import type { Catalogue } from '../i18n';
import type { Severity } from './model';

/**
 * Every rule id with its severity. The ids are a public contract (RULES.md): they appear
 * in the CLI's JSON, in the pane and in tests. New rules get new ids; none is renamed. A
 * rule's title, messages and hints are in the catalogues (`rules`, keyed by rule id): the
 * compiler refuses a rule without texts, and texts without a rule.
 */
export const RULE_CATALOGUE = {
  'header-missing': { severity: 'error' },
  'cell-error': { severity: 'error' },
  'formula-no-value': { severity: 'error' },
  'title-missing': { severity: 'error' },
  'scheme-missing': { severity: 'error' },
  'scheme-invalid': { severity: 'error' },
  'phase-missing': { severity: 'error' },
  'phase-invalid': { severity: 'error' },
  'phase-multiple': { severity: 'error' },
  'description-required': { severity: 'error' },
  'responsibility-missing': { severity: 'error' },
  'owner-missing': { severity: 'error' },
  'uh-missing': { severity: 'error' },
  'amount-invalid': { severity: 'error' },
  'amount-missing': { severity: 'error' },
  'coordinator-exceeds-owner-funds': { severity: 'error' },
  'coordinator-over-cap': { severity: 'error' },
  'coordinator-single-municipality': { severity: 'error' },
  'coordinator-justification-missing': { severity: 'error' },
  'too-many-measures': { severity: 'error' },
  'period-invalid': { severity: 'error' },
  'period-missing': { severity: 'error' },
  'duration-too-long': { severity: 'error' },
  'multi-year-over-cap': { severity: 'error' },
  'criterion-anchoring-missing': { severity: 'error' },
  'criterion-collective-missing': { severity: 'error' },
  'criterion-teacher-education-missing': { severity: 'error' },
  'criterion-text-thin': { severity: 'warning' },
  'target-group-invalid': { severity: 'warning' },
  'target-group-out-of-scope': { severity: 'warning' },
  'value-invalid': { severity: 'warning' },
  'own-share-below-minimum': { severity: 'error' },
  'own-share-missing': { severity: 'warning' },
  'orgnr-invalid': { severity: 'error' },
  'geography-outside-region': { severity: 'error' },
  'duplicate-measure': { severity: 'warning' },
  'contact-missing': { severity: 'error' },
  'agreement-missing': { severity: 'error' },
  'email-invalid': { severity: 'warning' },
  'date-invalid': { severity: 'warning' },
  'staff-involvement-missing': { severity: 'error' },
  'supplementary-unclear': { severity: 'info' },
  'deadline-passed': { severity: 'warning' },
  'profile-preliminary': { severity: 'info' },
  'no-measures': { severity: 'info' },
} as const satisfies Record<keyof Catalogue['rules'], { severity: Severity }>;

export type RuleId = keyof typeof RULE_CATALOGUE;
