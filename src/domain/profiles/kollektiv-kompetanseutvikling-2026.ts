import type { ProfileInput } from '../profile';
import {
  FAGSKOLE,
  FASER_2024,
  NASJONALT_SENTER,
  ORGNR_SOURCE,
  PARTNERSHIP_SHEET_SOURCE,
  PROGRAM_SOURCE,
  TARGET_GROUPS_2024,
  UH,
} from './vocabulary';

const ROGALAND = 'Statsforvalteren i Rogaland, oppdatert 18.12.2025';
const GUIDE_2024 = 'Brukerveiledning Behovsmeldinger 2024 (videreført, ikke bekreftet for 2026)';
const NEW_SCHEME =
  'Fra 1. januar 2026 trer ny tilskuddsordning for kollektiv kompetanseutvikling i kraft. Denne erstatter regional ordning, desentralisert ordning og kompetanseløftet for spesialpedagogikk og inkluderende praksis.';
const PARTNERS = 'i partnerskap med universiteter og høgskoler eller i et forpliktende samarbeid med fagskole';
const GROUPS = 'Alle som jobber i barnehage, grunnskole, SFO, PP-tjenesten og kulturskole';
const NOT_FOUND = 'Ikke funnet i noen kilde for 2026; regelen kjøres ikke.';

const rule = (severity: 'error' | 'warning' | 'info', title: string, quote: string) => ({
  enabled: true,
  severity,
  source: { title, quote },
});
const off = (quote = NOT_FOUND) => ({ enabled: false, severity: 'error' as const, source: { title: ROGALAND, quote } });

/**
 * The tilskuddsordning for kollektiv kompetanseutvikling (from 1 January 2026). Foreløpig:
 * deadlines, caps, duration and egenandel were found in no source (RULES.md), so they are null.
 */
export const kollektivKompetanseutvikling2026: ProfileInput = {
  schemaVersion: 2,
  id: 'kollektiv-kompetanseutvikling-2026',
  version: '2026.0',
  name: 'Kollektiv kompetanseutvikling 2026 (foreløpig)',
  status: 'foreløpig',
  unconfirmed: [
    'frist',
    'tak for koordinatormidler',
    'lengste varighet',
    'tak for flerårige tiltak',
    'minste egenandel',
    'kriteriene forankring og lærerutdanning (videreført fra 2024)',
    'fasene (videreført fra 2024)',
  ],
  roundStart: '2026-01-01',
  sources: [
    { title: 'Tilskuddsordning for kollektiv kompetanseutvikling', publisher: ROGALAND, quote: NEW_SCHEME },
    { title: 'Partnere', publisher: ROGALAND, quote: PARTNERS },
    { title: 'Målgrupper', publisher: ROGALAND, quote: GROUPS },
    {
      title: 'Forskrift om tilskudd til kollektiv kompetanseutvikling i barnehage og grunnskole',
      quote: 'Nevnt av andre kilder; teksten var ikke tilgjengelig da profilen ble laget.',
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
      { ...FAGSKOLE, accepted: true },
      { ...NASJONALT_SENTER, accepted: false },
    ],
    targetGroups: [
      ...TARGET_GROUPS_2024,
      { name: 'grunnskole', spellings: ['grunnskole', 'grunnskoler', 'grunnskolen', 'grunnskolene'] },
      { name: 'SFO', spellings: ['SFO', 'skolefritidsordning', 'skolefritidsordningen', 'AKS'] },
      { name: 'kulturskole', spellings: ['kulturskole', 'kulturskoler', 'kulturskolen', 'kulturskolene'] },
    ],
  },
  groupBy: 'partnerskap',
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
    'scheme-missing': rule('error', ROGALAND, NEW_SCHEME),
    'scheme-invalid': rule('error', ROGALAND, NEW_SCHEME),
    'phase-missing': rule('error', GUIDE_2024, 'Eier(e) må vurdere hvilke(n) fase de trenger bistand til'),
    'phase-invalid': rule('error', GUIDE_2024, 'Et tiltak kan bare være i en av fasene.'),
    'phase-multiple': rule('error', GUIDE_2024, 'Et tiltak kan bare være i en av fasene.'),
    'description-required': rule(
      'error',
      GUIDE_2024,
      'For tiltak i de andre fasene må det være en konkret beskrivelse av hva som skal gjøres',
    ),
    'uh-missing': rule('error', ROGALAND, PARTNERS),
    'target-group-invalid': rule('warning', ROGALAND, GROUPS),
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
    'staff-involvement-missing': off(),
    'criterion-collective-missing': rule('error', ROGALAND, 'tilskuddsordning for kollektiv kompetanseutvikling'),
    'criterion-anchoring-missing': rule(
      'warning',
      GUIDE_2024,
      'vurderingen av kompetansebehov skal være forankret i den enkelte barnehage og skole på en måte som involverer ansatte og ledere',
    ),
    'criterion-teacher-education-missing': rule(
      'warning',
      GUIDE_2024,
      'UH skal tydeliggjøre hvordan dette samarbeidet bidrar til å styrke lærerutdanningen',
    ),
    'criterion-text-thin': rule('warning', GUIDE_2024, 'Behovsmeldingen må vise tydelig hvordan kriteriene for ordningene er møtt.'),
    'agreement-missing': rule('error', ROGALAND, PARTNERS),
    'orgnr-invalid': { enabled: true, severity: 'error', source: ORGNR_SOURCE },
    'formula-no-value': { enabled: true, severity: 'error', source: PROGRAM_SOURCE },
    'email-invalid': { enabled: true, severity: 'warning', source: PARTNERSHIP_SHEET_SOURCE },
    'date-invalid': { enabled: true, severity: 'warning', source: PARTNERSHIP_SHEET_SOURCE },
    'profile-preliminary': rule('info', ROGALAND, 'Frister, tak, varighet og egenandel for den nye ordningen er ikke funnet i noen kilde.'),
  },
  defaultSource: PROGRAM_SOURCE,
};
