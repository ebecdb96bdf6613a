import type { Profile } from '../profile';

/** Seed 000: "Brukerveiledning Behovsmeldinger 2024" for a kompetansenettverk. */
export const kompetansenettverk2024: Profile = {
  id: 'kompetansenettverk-2024',
  version: '2024.1',
  name: 'Kompetansenettverk 2024 (regional, desentralisert, kompetanseløftet)',
  source: 'Brukerveiledning Behovsmeldinger 2024; egenandel: Statsforvalterens vilkår for desentralisert ordning',
  groupBy: 'partnerskap+ordning',
  maxTiltakPerPartnershipAndScheme: 5,
  coordinator: { maxShareOfOwnerFunds: 0.3, minMunicipalities: 2 },
  singleYearLastDay: '2025-07-31',
  maxDurationYears: 3,
  multiYearMaxShare: 0.5,
  deadline: '2023-12-15',
  geography: null,
  supplementaryAllowed: null,
  ownShare: { scheme: 'desentralisert', minShareOfOwnerGrant: 0.3 },
  writtenAgreementRequired: true,
  staffInvolvementRequired: false,
  criterionMinWords: 4,
};
