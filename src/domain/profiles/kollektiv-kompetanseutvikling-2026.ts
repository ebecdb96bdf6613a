import type { Profile } from '../profile';
import {
  FAGSKOLE,
  FASER_2024,
  NASJONALT_SENTER,
  ORGNR_SOURCE,
  ownCheck,
  PARTNERSHIP_SHEET_SOURCE,
  PROGRAM_SOURCE,
  TARGET_GROUPS_2024,
  UH,
} from './vocabulary';

/*
 * The sources RULES.md gives for the 2026 round (checked December 2026), with their quotes as
 * written there. Findings quote these, not the 2024 guide, except where a rule is carried over.
 */

/** S1: Statsforvalteren i Rogaland, updated 18.12.2025. */
const S1 = 'Statsforvalteren i Rogaland, Kollektiv kompetanseutvikling i barnehage og grunnskole (oppdatert 18.12.2025)';
const S1_NEW_SCHEME =
  'Fra 1. januar 2026 trer ny tilskuddsordning for kollektiv kompetanseutvikling i kraft. Denne erstatter regional ordning, desentralisert ordning og kompetanseløftet for spesialpedagogikk og inkluderende praksis.';
const S1_PARTNERSHIP =
  'Gjennom kollektive kompetansetiltak skal de ansatte utvikle sin praksis og kvalitet på tilbudet i partnerskap med universiteter og høgskoler eller i et forpliktende samarbeid med fagskole.';
const S1_TEACHER_EDUCATION = 'Partnerskap skal også bidra til å gjøre lærerutdanningene mer praksisnære og oppdaterte.';
const S1_TARGET_GROUPS =
  'Målgruppe: Alle som jobber i barnehage, grunnskole, SFO, PP-tjenesten og kulturskole. I tillegg kan ansatte i andre kommunale tjenester som samarbeider tett med barn og elever, også være omfattet.';

/** S2: Udir's answer to Kunnskapsdepartementet on the draft regulations. */
const S2 =
  'Udir, Utkast til forskrifter for tre tilskuddsordninger – Tilskuddsordning for kollektiv kompetanseutvikling i barnehage og grunnskole (svar til Kunnskapsdepartementet)';
const S2_RECIPIENTS = 'De som kan motta tilskudd er kommunale og private barnehager og skoleeiere og universitet og høyskoler.';
const S2_MAIN_MODEL = 'Partnerskap med universitet og høyskoler skal fortsatt være hovedmodellen';

/** S3: the draft regulation itself (undated; the adopted text was not found). */
const S3 =
  'Udir, utkast til Forskrift om tilskuddsordning for kollektiv kompetanseutvikling i barnehage og grunnskole (udatert utkast; vedtatt tekst ikke funnet)';
const S3_OTHER_SCHEME = 'Forskrift om kollektiv kompetanseutvikling i videregående opplæring';
const S3_CODETERMINATION = 'Medbestemmelse skal ivaretas etter hovedavtalens bestemmelser.';

/** Carried over from the 2024 round, not confirmed for 2026. */
const GUIDE_2024 = 'Brukerveiledning Behovsmeldinger 2024 (videreført, ikke bekreftet for 2026)';
const NOT_FOUND = 'Ikke funnet i noen kilde for 2026; regelen kjøres ikke.';

type Severity = 'error' | 'warning' | 'info';
const rule = (severity: Severity, title: string, quote: string) => ({ enabled: true, severity, source: { title, quote } });
/** One rule from two documents: both named, their quotes in the same order. */
const rule2 = (severity: Severity, [t1, q1]: [string, string], [t2, q2]: [string, string]) =>
  rule(severity, `${t1}; ${t2}`, `${q1} — ${q2}`);
const off = () => ({ enabled: false, severity: 'error' as const, source: ownCheck(NOT_FOUND) });

/**
 * The tilskuddsordning for kollektiv kompetanseutvikling (from 1 January 2026), rule by rule as
 * RULES.md gives it. Foreløpig: deadlines, caps, duration, egenandel, coordinator rules and a
 * written-agreement requirement were found in no source, so they are null or off.
 */
export const kollektivKompetanseutvikling2026: Profile = {
  schemaVersion: 2,
  id: 'kollektiv-kompetanseutvikling-2026',
  version: '2026.1',
  name: 'Kollektiv kompetanseutvikling 2026 (foreløpig)',
  status: 'foreløpig',
  unconfirmed: [
    'frist',
    'koordinatormidler',
    'lengste varighet',
    'tak for flerårige tiltak',
    'minste egenandel',
    'krav om skriftlig avtale',
    'fasene (videreført fra 2024)',
    'forskriften (bare et utkast er funnet)',
  ],
  roundStart: '2026-01-01',
  sources: [
    {
      title: 'Kollektiv kompetanseutvikling i barnehage og grunnskole',
      publisher: 'Statsforvalteren i Rogaland, oppdatert 18.12.2025',
      quote: [S1_NEW_SCHEME, S1_PARTNERSHIP, S1_TEACHER_EDUCATION, S1_TARGET_GROUPS].join(' … '),
    },
    {
      title:
        'Utkast til forskrifter for tre tilskuddsordninger – Tilskuddsordning for kollektiv kompetanseutvikling i barnehage og grunnskole',
      publisher: 'Udir, svar til Kunnskapsdepartementet',
      quote: `${S2_RECIPIENTS} … ${S2_MAIN_MODEL}`,
    },
    {
      title: 'Forskrift om tilskuddsordning for kollektiv kompetanseutvikling i barnehage og grunnskole',
      publisher: 'Udir, udatert utkast; vedtatt tekst ikke funnet',
      quote: `Én av tre ordninger, ved siden av «${S3_OTHER_SCHEME}». … ${S3_CODETERMINATION}`,
    },
  ],
  vocabulary: {
    ordninger: [
      {
        key: 'kollektiv',
        name: 'tilskuddsordningen for kollektiv kompetanseutvikling',
        label: 'kollektiv kompetanseutvikling',
        spellings: ['kollektiv'],
      },
    ],
    faser: FASER_2024,
    partnerKinds: [
      { ...UH, headers: [...UH.headers, 'Samarbeidspartner', 'Partner', 'UH/fagskole'], accepted: true },
      // S1: "Partnerskap skal også bidra til å gjøre lærerutdanningene …": asked of UH, not of a fagskole.
      { ...FAGSKOLE, accepted: true, teacherEducation: false },
      { ...NASJONALT_SENTER, accepted: false },
    ],
    targetGroups: [
      ...TARGET_GROUPS_2024,
      { name: 'grunnskole', spellings: ['grunnskole', 'grunnskoler', 'grunnskolen', 'grunnskolene'] },
      { name: 'SFO', spellings: ['SFO', 'skolefritidsordning', 'skolefritidsordningen', 'AKS'] },
      { name: 'kulturskole', spellings: ['kulturskole', 'kulturskoler', 'kulturskolen', 'kulturskolene'] },
      {
        name: 'andre kommunale tjenester som samarbeider tett med barn og elever',
        spellings: ['andre kommunale tjenester som samarbeider tett med barn og elever', 'andre kommunale tjenester'],
      },
    ],
    otherSchemeGroups: [
      { name: 'videregående opplæring', spellings: ['videregå', 'videregaa'], exact: ['vgs', 'vgo'], scheme: S3_OTHER_SCHEME },
    ],
  },
  groupBy: 'partnerskap',
  headers: { uh: 'UH/fagskole' },
  parameters: {
    maxTiltakPerPartnershipAndScheme: null,
    coordinatorMaxShareOfOwnerFunds: null,
    coordinatorMinMunicipalities: null,
    coordinatorJustificationRequired: null,
    singleYearLastDay: null,
    maxDurationYears: null,
    multiYearMaxShare: null,
    deadline: null,
    geography: null,
    supplementaryGrants: 'not-mentioned',
    ownShare: null,
    criterionMinWords: 4,
  },
  rules: {
    'scheme-missing': rule('error', S1, S1_NEW_SCHEME),
    'scheme-invalid': rule('error', S1, S1_NEW_SCHEME),
    'phase-missing': rule('warning', GUIDE_2024, 'Eier(e) må vurdere hvilke(n) fase de trenger bistand til'),
    'phase-invalid': rule('warning', GUIDE_2024, 'Et tiltak kan bare være i en av fasene.'),
    'phase-multiple': rule('warning', GUIDE_2024, 'Et tiltak kan bare være i en av fasene.'),
    'description-required': rule(
      'warning',
      GUIDE_2024,
      'For tiltak i de andre fasene må det være en konkret beskrivelse av hva som skal gjøres',
    ),
    'uh-missing': rule2('error', [S1, S1_PARTNERSHIP], [S2, S2_MAIN_MODEL]),
    'criterion-collective-missing': rule('error', S1, S1_PARTNERSHIP),
    'criterion-teacher-education-missing': rule('warning', S1, S1_TEACHER_EDUCATION),
    // RULES.md: "S1 (local needs), S3"; it quotes no sentence of S1 on local needs, so S3's is the quote.
    'criterion-anchoring-missing': rule('warning', `${S1}; ${S3}`, S3_CODETERMINATION),
    'staff-involvement-missing': rule('warning', S3, S3_CODETERMINATION),
    'target-group-invalid': rule('warning', S1, S1_TARGET_GROUPS),
    'target-group-out-of-scope': rule('warning', S3, S3_OTHER_SCHEME),
    'agreement-missing': {
      enabled: true,
      severity: 'warning',
      source: ownCheck('Ingen kilde for 2026 krever en skriftlig avtale; en avtale om hvem, hva og når gjør partnerskapet forpliktende.'),
    },
    'contact-missing': {
      enabled: true,
      severity: 'warning',
      source: ownCheck('Meldingen trenger en kontaktperson som kan svare for partnerskapet.'),
    },
    'criterion-text-thin': rule('warning', GUIDE_2024, 'Behovsmeldingen må vise tydelig hvordan kriteriene for ordningene er møtt.'),
    'coordinator-exceeds-owner-funds': off(),
    'coordinator-over-cap': off(),
    'coordinator-single-municipality': off(),
    'coordinator-justification-missing': off(),
    'too-many-measures': off(),
    'duration-too-long': off(),
    'multi-year-over-cap': off(),
    'deadline-passed': off(),
    'own-share-below-minimum': off(),
    'own-share-missing': off(),
    'geography-outside-region': off(),
    'orgnr-invalid': { enabled: true, severity: 'error', source: ORGNR_SOURCE },
    'formula-no-value': { enabled: true, severity: 'error', source: PROGRAM_SOURCE },
    'email-invalid': { enabled: true, severity: 'warning', source: PARTNERSHIP_SHEET_SOURCE },
    'date-invalid': { enabled: true, severity: 'warning', source: PARTNERSHIP_SHEET_SOURCE },
    'profile-preliminary': {
      enabled: true,
      severity: 'info',
      source: ownCheck('Frister, tak, varighet, egenandel og krav om skriftlig avtale for den nye ordningen er ikke funnet i noen kilde.'),
    },
  },
  defaultSource: PROGRAM_SOURCE,
};
