import type { Profile } from '../profile';

/** Seed 003: "Tilskudd 2024 til kompetanseutvikling i barnehager og skoler", Oslo og Viken. */
export const osloViken2024: Profile = {
  id: 'oslo-viken-2024',
  version: '2024.1',
  name: 'Oslo og Viken 2024 (én melding per tiltak)',
  source: 'Statsforvalteren i Oslo og Viken, publisert 05.10.2023; egenandel: vilkår for desentralisert ordning',
  groupBy: 'tiltak',
  maxTiltakPerPartnershipAndScheme: null,
  coordinator: { maxShareOfOwnerFunds: 0.3, minMunicipalities: 2 },
  singleYearLastDay: '2025-07-31',
  maxDurationYears: 3,
  multiYearMaxShare: null,
  deadline: '2024-02-01',
  geography: [
    { region: 'Oslo', owners: ['Oslo', 'Oslo kommune'], allowedFylker: ['Oslo'] },
    {
      region: 'Viken',
      owners: [],
      allowedFylker: ['Akershus', 'Buskerud', 'Østfold', 'Viken'],
    },
  ],
  supplementaryAllowed: true,
  ownShare: { scheme: 'desentralisert', minShareOfOwnerGrant: 0.3 },
  writtenAgreementRequired: false,
  staffInvolvementRequired: true,
  criterionMinWords: 4,
};
