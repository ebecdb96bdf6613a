import type { RuleId } from '../domain/catalogue';
import { ruleSetting, type Profile } from '../domain/profile';

type ParameterName = keyof Profile['parameters'];

/** Which rules read each parameter (src/domain/rules): a parameter whose rules are all off does nothing. */
const READ_BY: Record<ParameterName, readonly RuleId[]> = {
  maxTiltakPerPartnershipAndScheme: ['too-many-measures'],
  coordinatorMaxShareOfOwnerFunds: ['coordinator-over-cap'],
  coordinatorMinMunicipalities: ['coordinator-single-municipality'],
  coordinatorJustificationRequired: ['coordinator-justification-missing'],
  singleYearLastDay: ['multi-year-over-cap'],
  maxDurationYears: ['duration-too-long'],
  multiYearMaxShare: ['multi-year-over-cap'],
  deadline: ['deadline-passed'],
  geography: ['geography-outside-region'],
  supplementaryGrants: ['supplementary-unclear'],
  ownShare: ['own-share-missing', 'own-share-below-minimum'],
  criterionMinWords: ['criterion-text-thin'],
};

/**
 * Parameters a profile sets that change nothing, because every rule that reads them is switched
 * off in the same profile: a deadline in a file whose deadline rule is off would otherwise be
 * ignored without a word.
 */
export function inertParameters(profile: Profile): Array<{ parameter: ParameterName; rules: readonly RuleId[] }> {
  return (Object.keys(READ_BY) as ParameterName[])
    .filter((p) => profile.parameters[p] !== null && READ_BY[p].every((rule) => !ruleSetting(profile, rule).enabled))
    .map((parameter) => ({ parameter, rules: READ_BY[parameter] }));
}
