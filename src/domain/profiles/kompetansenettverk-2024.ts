import type { Profile } from '../profile';
import {
  FAGSKOLE,
  FASER_2024,
  NASJONALT_SENTER,
  ORDNINGER_2024,
  ORGNR_SOURCE,
  OWN_SHARE_TITLE,
  PARTNERSHIP_SHEET_SOURCE,
  PROGRAM_SOURCE,
  TARGET_GROUPS_2024,
  UH,
} from './vocabulary';

const GUIDE = 'Brukerveiledning Behovsmeldinger 2024';
const OSLO_VIKEN = 'Statsforvalteren i Oslo og Viken: Tilskudd 2024 til kompetanseutvikling i barnehager og skoler';

const error = (title: string, quote: string) => ({ enabled: true, severity: 'error' as const, source: { title, quote } });
const warning = (title: string, quote: string) => ({ enabled: true, severity: 'warning' as const, source: { title, quote } });
const off = (title: string, quote: string) => ({ enabled: false, severity: 'error' as const, source: { title, quote } });

const PHASE = 'Et tiltak kan bare være i en av fasene.';
const COORDINATOR = 'Dersom tiltakene er svært komplekse, kan eier benytte inntil 30% av tildelte midler til koordinator.';
const FUNDS = 'Behovsmeldingen skal tydeliggjøre behov for tilskudd til eier(e) og UH, og hva dette tilskuddet skal benyttes til.';
const CRITERIA = 'Behovsmeldingen må vise tydelig hvordan kriteriene for ordningene er møtt.';

/** Seed 000: "Brukerveiledning Behovsmeldinger 2024" for a kompetansenettverk. */
export const kompetansenettverk2024: Profile = {
  schemaVersion: 2,
  id: 'kompetansenettverk-2024',
  version: '2024.2',
  name: 'Kompetansenettverk 2024 (regional, desentralisert, kompetanseløftet)',
  status: 'fastsatt',
  unconfirmed: [],
  roundStart: '2024-01-01',
  sources: [
    { title: GUIDE, quote: 'Det skal lages en behovsmelding for hvert partnerskap og for hver ordning.' },
    { title: OWN_SHARE_TITLE, quote: 'Skoleeiere bidrar med minst 30 % av tilskuddet; lønn og frikjøp teller med.' },
  ],
  vocabulary: {
    ordninger: ORDNINGER_2024,
    faser: FASER_2024,
    partnerKinds: [
      { ...UH, accepted: true },
      { ...FAGSKOLE, accepted: false },
      { ...NASJONALT_SENTER, accepted: false },
    ],
    targetGroups: TARGET_GROUPS_2024,
    otherSchemeGroups: [],
  },
  groupBy: 'partnerskap+ordning',
  parameters: {
    maxTiltakPerPartnershipAndScheme: 5,
    coordinatorMaxShareOfOwnerFunds: 0.3,
    coordinatorMinMunicipalities: 2,
    coordinatorJustificationRequired: true,
    singleYearLastDay: '2025-07-31',
    maxDurationYears: 3,
    multiYearMaxShare: 0.5,
    deadline: '2023-12-15',
    geography: null,
    supplementaryGrants: 'not-mentioned',
    ownShare: { ordning: 'desentralisert', minShareOfOwnerGrant: 0.3 },
    criterionMinWords: 4,
  },
  /** The round writes no column its own way. */
  headers: {},
  rules: {
    'scheme-missing': error(GUIDE, 'Det skal lages en behovsmelding for hvert partnerskap og for hver ordning.'),
    'scheme-invalid': error(
      GUIDE,
      'Det betyr at det leveres en behovsmelding for regional ordning, en for desentralisert ordning og en for kompetanseløftet.',
    ),
    'phase-missing': error(GUIDE, 'Eier(e) må vurdere hvilke(n) fase de trenger bistand til'),
    'phase-invalid': error(GUIDE, PHASE),
    'phase-multiple': error(GUIDE, PHASE),
    'description-required': error(GUIDE, 'For tiltak i de andre fasene må det være en konkret beskrivelse av hva som skal gjøres'),
    'responsibility-missing': error(GUIDE, 'hvem som skal gjøre hva og hva dette koster'),
    'owner-missing': error(GUIDE, 'Eiere i barnehage og skole kan levere behovsmelding.'),
    'amount-missing': error(GUIDE, FUNDS),
    'amount-invalid': error(GUIDE, FUNDS),
    'formula-no-value': { enabled: true, severity: 'error', source: PROGRAM_SOURCE },
    'orgnr-invalid': { enabled: true, severity: 'error', source: ORGNR_SOURCE },
    'email-invalid': { enabled: true, severity: 'warning', source: PARTNERSHIP_SHEET_SOURCE },
    'date-invalid': { enabled: true, severity: 'warning', source: PARTNERSHIP_SHEET_SOURCE },
    'uh-missing': error(GUIDE, 'eier og UH skal samarbeide om alle tiltak'),
    'coordinator-exceeds-owner-funds': error(GUIDE, COORDINATOR),
    'coordinator-over-cap': error(GUIDE, COORDINATOR),
    'coordinator-single-municipality': error(
      GUIDE,
      'Som minimum for å kunne benytte midler til koordinator skal flere kommuner være involvert.',
    ),
    'coordinator-justification-missing': error(
      GUIDE,
      'Dersom det er behov for å bruke midler til koordinator, skl dette begrunnes under hvert tiltak.',
    ),
    'too-many-measures': error(GUIDE, 'Hvert partnerskap kan maksimalt levere behovsmelding for inntil 5 tiltak i hver ordning.'),
    'period-invalid': error(GUIDE, 'I behovsmeldingen må det tas stilling til hvor langvarig tiltaket skal være.'),
    'period-missing': error(GUIDE, 'I behovsmeldingen må det tas stilling til hvor langvarig tiltaket skal være.'),
    'duration-too-long': error(GUIDE, 'inntil 50% av midlene kan tildeles tiltak som har lengre varighet, begrenset til inntil 3 år.'),
    'multi-year-over-cap': error(
      GUIDE,
      'Midler tildelt i 2024 kan brukes i 2024 og vår 2025. Samarbeidsforum har bestemt at inntil 50% av midlene kan tildeles tiltak som har lengre varighet',
    ),
    'criterion-anchoring-missing': error(
      GUIDE,
      'vurderingen av kompetansebehov skal være forankret i den enkelte barnehage og skole på en måte som involverer ansatte og ledere, og i faglig dialog med UH',
    ),
    'criterion-collective-missing': error(
      GUIDE,
      'Tiltakene skal fremme kollektive prosesser for profesjonsutvikling som utvikler barnehagen eller skolen',
    ),
    'criterion-teacher-education-missing': error(
      GUIDE,
      'UH skal tydeliggjøre hvordan dette samarbeidet bidrar til å styrke lærerutdanningen',
    ),
    'criterion-text-thin': warning(GUIDE, CRITERIA),
    'target-group-invalid': warning(
      OSLO_VIKEN,
      'for ansatte i barnehager, skoler, PPT og andre grupper som er del av «laget rundt barnet»',
    ),
    'own-share-below-minimum': error(OWN_SHARE_TITLE, 'Skoleeiere bidrar med minst 30 % av tilskuddet; lønn og frikjøp teller med.'),
    'own-share-missing': warning(OWN_SHARE_TITLE, 'Skoleeiere bidrar med minst 30 % av tilskuddet; lønn og frikjøp teller med.'),
    'contact-missing': error(OSLO_VIKEN, 'må en av eierne melde behov på vegne av nettverket og stå som kontaktperson for nettverket'),
    'agreement-missing': error(GUIDE, 'Det skal inngås en skriftlig avtale – Hvem – Hva – Når'),
    'staff-involvement-missing': off(OSLO_VIKEN, 'De ansatte og tillitsvalgte skal være involvert i arbeidet med behovsmeldingen.'),
    'supplementary-unclear': {
      enabled: true,
      severity: 'info',
      source: {
        title: OSLO_VIKEN,
        quote: 'Det er også mulig å melde behov for supplerende tilskudd til kompetansetiltak som allerede er igangsatt.',
      },
    },
    'deadline-passed': warning(GUIDE, 'Behovsmeldinger fra partnerskap skal leveres til kompetansenettverket innen 15. desember 2023.'),
  },
  defaultSource: PROGRAM_SOURCE,
};
