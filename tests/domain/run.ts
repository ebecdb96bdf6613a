import { nb, type Texts } from '../../src/i18n';
import { validate } from '../../src/domain/validate';
import { findProfile } from '../../src/domain/profiles';
import type { Finding, FieldKey } from '../../src/domain/model';
import type { Profile } from '../../src/domain/profile';
import { GOOD_PARTNERSHIP, makePartnership, makeTable, type PartnershipInput, type RowInput } from './builders';

export const KN = findProfile('kompetansenettverk-2024')!;
export const OV = findProfile('oslo-viken-2024')!;

export interface RunOptions {
  profile?: Profile;
  partnership?: PartnershipInput | null;
  unmapped?: FieldKey[];
  today?: string;
  texts?: Texts;
}

/** Validate rows with a good partnership sheet and a date before every deadline, unless told otherwise. */
export function run(rows: RowInput[], options: RunOptions = {}): Finding[] {
  const partnership = options.partnership === null ? null : makePartnership(options.partnership ?? GOOD_PARTNERSHIP);
  return validate({
    table: makeTable(rows, options.unmapped),
    partnership,
    profile: options.profile ?? KN,
    today: options.today ?? '2023-11-01',
    texts: options.texts ?? nb,
  });
}

export const rules = (findings: Finding[]) => findings.map((f) => f.rule);
export const only = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
