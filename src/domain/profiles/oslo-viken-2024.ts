import type { Profile } from '../profile';
import { kompetansenettverk2024 } from './kompetansenettverk-2024';
import {
  FAGSKOLE,
  FASER_2024,
  NASJONALT_SENTER,
  ORDNINGER_2024,
  OWN_SHARE_TITLE,
  PROGRAM_SOURCE,
  TARGET_GROUPS_2024,
  UH,
} from './vocabulary';

const SEED = 'Statsforvalteren i Oslo og Viken: Tilskudd 2024 til kompetanseutvikling i barnehager og skoler (publisert 05.10.2023)';

const error = (quote: string) => ({ enabled: true, severity: 'error' as const, source: { title: SEED, quote } });
const off = (quote: string) => ({ enabled: false, severity: 'error' as const, source: { title: SEED, quote } });
const NO_COORDINATOR = 'Seed 003 setter ingen grense for koordinatormidler.';

/**
 * Seed 003. It sets no coordinator cap (RULES.md: the 30 % once given here was extrapolated from
 * seed 000 and is withdrawn), so no coordinator rule runs.
 */
export const osloViken2024: Profile = {
  schemaVersion: 2,
  id: 'oslo-viken-2024',
  version: '2024.2',
  name: 'Oslo og Viken 2024 (én melding per tiltak)',
  status: 'fastsatt',
  unconfirmed: [],
  roundStart: '2024-01-01',
  sources: [
    {
      title: SEED,
      quote: 'Behovsmeldinger skal meldes innenfor den enkelte kompetanseordning, og det skal utarbeides én melding per tiltak.',
    },
    { title: OWN_SHARE_TITLE, quote: 'Skoleeiere bidrar med minst 30 % av tilskuddet; lønn og frikjøp teller med.' },
  ],
  vocabulary: {
    ordninger: ORDNINGER_2024,
    faser: FASER_2024,
    partnerKinds: [
      { ...UH, accepted: true },
      { ...NASJONALT_SENTER, accepted: true },
      { ...FAGSKOLE, accepted: false },
    ],
    targetGroups: TARGET_GROUPS_2024,
    otherSchemeGroups: [],
  },
  groupBy: 'tiltak',
  headers: { uh: 'UH/nasjonalt senter' },
  parameters: {
    maxTiltakPerPartnershipAndScheme: null,
    coordinatorMaxShareOfOwnerFunds: null,
    coordinatorMinMunicipalities: null,
    coordinatorJustificationRequired: null,
    singleYearLastDay: '2025-07-31',
    maxDurationYears: 3,
    multiYearMaxShare: null,
    deadline: '2024-02-01',
    // Counties as on 1 January 2024: Viken (30) was split into Østfold (31), Akershus (32) and Buskerud (33).
    geography: [
      { region: 'Oslo', ownerCounties: ['03'], allowedCounties: ['03'] },
      { region: 'Viken', ownerCounties: ['31', '32', '33'], allowedCounties: ['31', '32', '33'] },
    ],
    supplementaryGrants: 'allowed',
    ownShare: { ordning: 'desentralisert', minShareOfOwnerGrant: 0.3 },
    criterionMinWords: 4,
  },
  rules: {
    ...kompetansenettverk2024.rules,
    'scheme-missing': error('Behovsmeldinger skal meldes innenfor den enkelte kompetanseordning'),
    'scheme-invalid': error('Behovsmeldinger skal meldes innenfor den enkelte kompetanseordning'),
    'uh-missing': error('Universitet, høgskole og/eller nasjonale senter skal også involveres i arbeidet med behovsmeldingen.'),
    'owner-missing': error('Det er barnehage- og skoleeier som er ansvarlig for å melde behov for tilskudd'),
    'amount-missing': error('Eiere kan derfor melde partnerskapets behov for midler for inntil tre år'),
    'amount-invalid': error('Eiere kan derfor melde partnerskapets behov for midler for inntil tre år'),
    'coordinator-exceeds-owner-funds': off(NO_COORDINATOR),
    'coordinator-over-cap': off(NO_COORDINATOR),
    'coordinator-single-municipality': off(NO_COORDINATOR),
    'coordinator-justification-missing': off(NO_COORDINATOR),
    'too-many-measures': off('Seed 003 setter ingen grense for antall tiltak.'),
    'duration-too-long': error('Eiere kan derfor melde partnerskapets behov for midler for inntil tre år'),
    'multi-year-over-cap': off('Seed 003 setter ingen grense for flerårige tiltak.'),
    'criterion-anchoring-missing': error('Kompetansetiltakene skal være forankret i lokalt definerte behov.'),
    'criterion-collective-missing': error('fremme kollektive prosesser for profesjonsutvikling'),
    'criterion-teacher-education-missing': error(
      'Tiltakene skal gjennomføres i partnerskap mellom barnehage- og/eller skoleeieren(e) og universitet/høgskole.',
    ),
    'geography-outside-region': error(
      'Barnehage- og skoleeiere i Oslo kan bare melde behov for virksomheter i Oslo. Barnehage- og skoleeiere i Viken kan kun melde behov for virksomheter i Akershus, Buskerud og Østfold.',
    ),
    'agreement-missing': off('Seed 003 krever ingen skriftlig avtale.'),
    'staff-involvement-missing': error('De ansatte og tillitsvalgte skal være involvert i arbeidet med behovsmeldingen.'),
    'supplementary-unclear': {
      enabled: false,
      severity: 'info',
      source: {
        title: SEED,
        quote: 'Det er også mulig å melde behov for supplerende tilskudd til kompetansetiltak som allerede er igangsatt.',
      },
    },
    'deadline-passed': {
      enabled: true,
      severity: 'warning',
      source: { title: SEED, quote: 'Frist for ferdigstilling og innsending av meldingen er 1. februar 2024.' },
    },
  },
  defaultSource: PROGRAM_SOURCE,
};
