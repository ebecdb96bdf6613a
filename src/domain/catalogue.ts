import type { Severity } from './model';

/**
 * Every rule id with its severity. The ids are a public contract (RULES.md): they appear
 * in the CLI's JSON, in the pane and in tests. New rules get new ids; none is renamed.
 */
export const RULE_CATALOGUE = {
  'header-missing': { severity: 'error', title: 'Kolonne mangler' },
  'cell-error': { severity: 'error', title: 'Feilverdi i cellen' },
  'formula-no-value': { severity: 'error', title: 'Formel uten beregnet verdi' },
  'title-missing': { severity: 'error', title: 'Tiltaket mangler navn' },
  'scheme-missing': { severity: 'error', title: 'Ordning mangler' },
  'scheme-invalid': { severity: 'error', title: 'Ukjent ordning' },
  'phase-missing': { severity: 'error', title: 'Fase mangler' },
  'phase-invalid': { severity: 'error', title: 'Ukjent fase' },
  'phase-multiple': { severity: 'error', title: 'Flere faser i ett tiltak' },
  'description-required': { severity: 'error', title: 'Beskrivelse mangler' },
  'responsibility-missing': { severity: 'error', title: 'Hvem gjør hva mangler' },
  'owner-missing': { severity: 'error', title: 'Eier mangler' },
  'uh-missing': { severity: 'error', title: 'UH-partner mangler' },
  'amount-invalid': { severity: 'error', title: 'Beløp kan ikke leses' },
  'amount-missing': { severity: 'error', title: 'Beløp mangler' },
  'coordinator-exceeds-owner-funds': { severity: 'error', title: 'Koordinator over eiers midler' },
  'coordinator-over-cap': { severity: 'error', title: 'For mye til koordinator' },
  'coordinator-single-municipality': { severity: 'error', title: 'Koordinator krever flere kommuner' },
  'coordinator-justification-missing': { severity: 'error', title: 'Koordinator uten begrunnelse' },
  'too-many-measures': { severity: 'error', title: 'For mange tiltak' },
  'period-invalid': { severity: 'error', title: 'Periode kan ikke leses' },
  'period-missing': { severity: 'error', title: 'Start eller slutt mangler' },
  'duration-too-long': { severity: 'error', title: 'For lang varighet' },
  'multi-year-over-cap': { severity: 'error', title: 'For mye til flerårige tiltak' },
  'criterion-anchoring-missing': { severity: 'error', title: 'Forankring mangler' },
  'criterion-collective-missing': { severity: 'error', title: 'Kollektive prosesser mangler' },
  'criterion-teacher-education-missing': { severity: 'error', title: 'Lærerutdanning mangler' },
  'criterion-text-thin': { severity: 'warning', title: 'For kort kriterietekst' },
  'target-group-invalid': { severity: 'warning', title: 'Ukjent målgruppe' },
  'target-group-out-of-scope': { severity: 'warning', title: 'Målgruppe i en annen ordning' },
  'value-invalid': { severity: 'warning', title: 'Verdi kan ikke leses' },
  'own-share-below-minimum': { severity: 'error', title: 'For lav egenandel' },
  'own-share-missing': { severity: 'warning', title: 'Egenandel mangler' },
  'orgnr-invalid': { severity: 'error', title: 'Ugyldig organisasjonsnummer' },
  'geography-outside-region': { severity: 'error', title: 'Utenfor regionen' },
  'duplicate-measure': { severity: 'warning', title: 'Samme tiltak to ganger' },
  'contact-missing': { severity: 'error', title: 'Kontaktperson mangler' },
  'agreement-missing': { severity: 'error', title: 'Skriftlig avtale mangler' },
  'email-invalid': { severity: 'warning', title: 'E-post kan ikke brukes' },
  'date-invalid': { severity: 'warning', title: 'Dato kan ikke leses' },
  'staff-involvement-missing': { severity: 'error', title: 'Ansatte og tillitsvalgte ikke involvert' },
  'supplementary-unclear': { severity: 'info', title: 'Supplerende tilskudd' },
  'deadline-passed': { severity: 'warning', title: 'Fristen er passert' },
  'profile-preliminary': { severity: 'info', title: 'Foreløpig profil' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleId = keyof typeof RULE_CATALOGUE;
