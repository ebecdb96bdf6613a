import { z } from 'zod';
import { ORDNINGER } from './model';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dato må skrives ÅÅÅÅ-MM-DD');
const share = z.number().min(0).max(1);

/**
 * Everything a grant round decides, as data: a new year or region is a new profile,
 * not new code. Loaded from JSON with `--profile path.json`.
 */
export const ProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string(),
  name: z.string(),
  /** Where the parameters come from (the seed text, a published term). */
  source: z.string(),
  /** Which rows form one melding. */
  groupBy: z.enum(['partnerskap+ordning', 'tiltak']),
  maxTiltakPerPartnershipAndScheme: z.number().int().positive().nullable(),
  coordinator: z.object({
    maxShareOfOwnerFunds: share,
    minMunicipalities: z.number().int().positive(),
  }),
  /** Last day funds of the round may be used; a tiltak ending later is multi-year. */
  singleYearLastDay: isoDate,
  maxDurationYears: z.number().positive(),
  /** Cap on the share of a melding's funds going to multi-year tiltak; null = no cap. */
  multiYearMaxShare: share.nullable(),
  deadline: isoDate,
  /** Regions owners may report for; null = no geography rule. */
  geography: z
    .array(
      z.object({
        /** Region name used in messages, e.g. "Oslo". */
        region: z.string(),
        /** Owners recognised as belonging to the region (names, matched loosely). */
        owners: z.array(z.string()),
        /** Fylker the region's owners may report units in. */
        allowedFylker: z.array(z.string()).min(1),
      }),
    )
    .nullable(),
  /** Whether supplementary grants for started tiltak may be reported; null = not mentioned. */
  supplementaryAllowed: z.boolean().nullable(),
  ownShare: z.object({
    scheme: z.enum(ORDNINGER),
    minShareOfOwnerGrant: share,
  }),
  writtenAgreementRequired: z.boolean(),
  staffInvolvementRequired: z.boolean(),
  /** A criterion text with fewer words than this cannot show how the criterion is met. */
  criterionMinWords: z.number().int().nonnegative(),
});

export type Profile = z.infer<typeof ProfileSchema>;

/** Parse a profile, with a Norwegian sentence for the first problem. */
export function parseProfile(data: unknown): { ok: true; profile: Profile } | { ok: false; message: string } {
  // Norwegian messages wherever a profile is read (CLI and pane), without changing zod globally.
  const result = ProfileSchema.safeParse(data, { error: z.locales.no().localeError });
  if (result.success) return { ok: true, profile: result.data };
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? issue.path.join('.') : 'profilen';
  return { ok: false, message: `Profilen er ikke gyldig: «${where}» – ${issue.message}.` };
}
