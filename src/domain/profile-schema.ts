import * as z from 'zod/mini';
import type { Texts } from '../i18n';
import { RULE_CATALOGUE, type RuleId } from './catalogue';
import { TILTAK_FIELDS } from './fields';
import type { FieldKey } from './model';

/**
 * The profile's schema (zod) and the reading of a profile from JSON, with the catalogue's words for
 * what is wrong. Only what reads a profile file needs this module: the types are in ./profile, and
 * the built-in profiles are complete data (a test checks them against this schema), so the pane
 * loads zod only when a profile file is read.
 */

/** Version of this schema; a file written for another version is refused with a clear sentence. */
export const PROFILE_SCHEMA_VERSION = 2;

/**
 * The patterns a profile's values follow. Their messages come from the catalogue
 * (`domain.profileError`), in the language of whoever reads the profile: see profileIssue.
 */
const PATTERNS = {
  isoDate: /^\d{4}-\d{2}-\d{2}$/,
  key: /^[a-z0-9-]+$/,
  /** Ordning and fase spellings match the start of one word of a cell ("Dekom", "planlegg"). */
  word: /^[\p{L}\p{N}]+$/u,
  countyNumber: /^\d{2}$/,
} as const;

// zod/mini: the same checks and issues as zod's classic API, a third of its size in the pane.
const isoDate = z.string().check(z.regex(PATTERNS.isoDate));
const share = z.number().check(z.gte(0), z.lte(1));
const key = z.string().check(z.regex(PATTERNS.key));
const text = z.string().check(z.trim(), z.minLength(1));
const spellings = z.array(text);
const wordStarts = z.array(z.string().check(z.regex(PATTERNS.word)));
const positiveInt = z.int().check(z.positive());

/** Where a rule comes from: the document and a short quote, shown with every finding. */
const SourceSchema = z.strictObject({ title: text, quote: text });

/** A document the round's rules come from, as listed in the pane and in `profiles`. */
const DocumentSchema = z.strictObject({
  title: text,
  /** Who published it and when, e.g. "Statsforvalteren i Rogaland, oppdatert 18.12.2025". */
  publisher: z.optional(text),
  url: z.optional(z.string()),
  quote: z.optional(text),
});

const RULE_IDS = Object.keys(RULE_CATALOGUE) as [RuleId, ...RuleId[]];
const FIELD_KEYS = TILTAK_FIELDS.map((f) => f.key) as [FieldKey, ...FieldKey[]];

const RuleSettingSchema = z.strictObject({
  enabled: z.boolean(),
  severity: z.enum(['error', 'warning', 'info']),
  source: SourceSchema,
});
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

const VocabularySchema = z.strictObject({
  /** With a single ordning the Ordning column is optional: every row belongs to it. */
  ordninger: z
    .array(
      z.strictObject({
        key,
        /** As it reads in a sentence: "desentralisert ordning". */
        name: text,
        /** Short form users write and hints suggest: "desentralisert". */
        label: text,
        /** A word starting with one of these names the ordning (Dekom, Rekom, …). */
        spellings: wordStarts,
        exact: z.optional(wordStarts),
      }),
    )
    .check(z.minLength(1)),
  /** In order: a phase number (Fase 2) names the phase at that place. */
  faser: z
    .array(
      z.strictObject({
        key,
        /** Full name, for the melding: "Planlegging og utvikling av kompetansetiltak". */
        name: text,
        label: text,
        spellings: wordStarts,
        exact: z.optional(wordStarts),
        /** A tiltak in this phase needs a concrete description (description-required). */
        descriptionRequired: z.boolean(),
      }),
    )
    .check(z.minLength(1)),
  /**
   * Kinds of partner. `accepted` ones count as the owner's partner (uh-missing); the others are
   * named so that a partner of that kind is recognised and refused with a clear message. A
   * partner that matches no kind's spellings is of the first kind.
   */
  partnerKinds: z
    .array(
      z.strictObject({
        key,
        name: text,
        accepted: z.boolean(),
        /** Column headers that hold partners of this kind ("UH", "Samarbeidspartner", "UH/fagskole"). */
        headers: spellings,
        /** Text in a partner's name that shows its kind ("fagskole", "nasjonalt senter"). */
        spellings,
        /**
         * Partners of this kind are asked how the cooperation strengthens teacher education: a
         * tiltak whose partners are all of kinds without it is spared criterion-teacher-education-missing.
         */
        teacherEducation: z._default(z.boolean(), true),
      }),
    )
    .check(z.minLength(1)),
  /** Allowed målgrupper: each with the spellings users write (singular, plural, definite). */
  targetGroups: z.array(z.strictObject({ name: text, spellings })).check(z.minLength(1)),
  /**
   * Målgrupper the round names as belonging to another scheme (target-group-out-of-scope): a word
   * of the cell starting with one of `spellings` (or equal to one of `exact`) names the group.
   */
  otherSchemeGroups: z._default(
    z.array(z.strictObject({ name: text, spellings: wordStarts, exact: z.optional(wordStarts), scheme: text })),
    [],
  ),
});

/** A region of a geography rule: owners in `ownerCounties` report only for units in `allowedCounties`. */
const RegionSchema = z.strictObject({
  region: text,
  /** County numbers (2 digits) as on 1 January 2024, e.g. "03" Oslo, "32" Akershus. */
  ownerCounties: z.array(z.string().check(z.regex(PATTERNS.countyNumber))).check(z.minLength(1)),
  allowedCounties: z.array(z.string().check(z.regex(PATTERNS.countyNumber))).check(z.minLength(1)),
});

/** Every parameter of RULES.md's table; null: the round does not set it and its rule does not run. */
const ParametersSchema = z.strictObject({
  maxTiltakPerPartnershipAndScheme: z.nullable(positiveInt),
  coordinatorMaxShareOfOwnerFunds: z.nullable(share),
  coordinatorMinMunicipalities: z.nullable(positiveInt),
  coordinatorJustificationRequired: z.nullable(z.boolean()),
  /** Last day single-year funds may be used; a tiltak ending later is multi-year. */
  singleYearLastDay: z.nullable(isoDate),
  maxDurationYears: z.nullable(z.number().check(z.positive())),
  /** Cap on the share of a melding's funds going to multi-year tiltak. */
  multiYearMaxShare: z.nullable(share),
  deadline: z.nullable(isoDate),
  geography: z.nullable(z.array(RegionSchema).check(z.minLength(1))),
  /** Supplementary grants for started tiltak: allowed, or not mentioned by the round's terms. */
  supplementaryGrants: z.nullable(z.enum(['allowed', 'not-mentioned'])),
  /** Minimum egenandel in one ordning, as a share of the owner's grant. */
  ownShare: z.nullable(z.strictObject({ ordning: key, minShareOfOwnerGrant: share })),
  /** A criterion text with fewer words cannot show how the criterion is met. */
  criterionMinWords: z.nullable(positiveInt),
});

export const ProfileSchema = z
  .strictObject({
    schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
    id: key,
    version: text,
    name: text,
    /** fastsatt: from the round's published terms; foreløpig: parts unconfirmed (see `unconfirmed`). */
    status: z.enum(['fastsatt', 'foreløpig']),
    /** What is not confirmed, as the profile-preliminary finding names it. */
    unconfirmed: z.array(text),
    /** First day of the round: with nothing else to go by, the newest round is proposed. */
    roundStart: isoDate,
    sources: z.array(DocumentSchema).check(z.minLength(1)),
    vocabulary: VocabularySchema,
    /** Which rows form one melding. */
    groupBy: z.enum(['partnerskap+ordning', 'partnerskap', 'tiltak']),
    parameters: ParametersSchema,
    /**
     * Column headers the round writes its own way ("UH/fagskole"): the template writes them, the
     * reader knows them beside the usual spellings.
     */
    headers: z._default(z.partialRecord(z.enum(FIELD_KEYS), text), {}),
    /** Per rule: runs or not, severity in this round, and where it comes from. */
    rules: z.partialRecord(z.enum(RULE_IDS), RuleSettingSchema),
    /** Source of the checks a profile does not list (reading the table: columns, cells). */
    defaultSource: SourceSchema,
  })
  .check(
    z.superRefine((p, ctx) => {
      const ordninger = p.vocabulary.ordninger.map((o) => o.key);
      if (p.parameters.ownShare && !ordninger.includes(p.parameters.ownShare.ordning)) {
        ctx.addIssue({ code: 'custom', path: ['parameters', 'ownShare', 'ordning'], params: { problem: 'ownShareOrdning', ordninger } });
      }
      if (!p.vocabulary.partnerKinds.some((k) => k.accepted)) {
        ctx.addIssue({ code: 'custom', path: ['vocabulary', 'partnerKinds'], params: { problem: 'noAcceptedPartner' } });
      }
      if (p.status === 'foreløpig' && p.unconfirmed.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['unconfirmed'], params: { problem: 'unconfirmedMissing' } });
      }
    }),
  );

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

/** Parse a profile, with a sentence naming the path of the first bad field, in the language of `texts`. */
export function parseProfile(data: unknown, texts: Texts): { ok: true; profile: Profile } | { ok: false; message: string } {
  // Our own words for zod's issues wherever a profile is read (CLI and pane), without changing zod globally.
  const result = ProfileSchema.safeParse(data, { error: (issue) => profileIssue(issue, texts) });
  if (result.success) return { ok: true, profile: result.data };
  const issue = result.error.issues[0]!;
  return {
    ok: false,
    message: texts.domain.profileError.invalid({
      path: issue.path.map((k) => (typeof k === 'number' ? k : String(k))),
      problem: issue.message,
    }),
  };
}

/** A profile from JSON text (a file the user chose, or one kept in the workbook). */
export function parseProfileJson(json: string, texts: Texts): { ok: true; profile: Profile } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: texts.domain.profileError.notJson };
  }
  return parseProfile(data, texts);
}

type Kind = Parameters<Texts['domain']['profileError']['type']>[0]['expected'];
const KINDS = new Set<string>(['string', 'number', 'int', 'boolean', 'array', 'object', 'null', 'undefined']);

/** What a JSON value is, in the words of the catalogue (`other` for anything JSON cannot hold). */
function kindOf(value: unknown): Kind {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return KINDS.has(kind) ? (kind as Kind) : 'other';
}

/** One of zod's issues as the catalogue words it: what is wrong with the value, after its path. */
function profileIssue(issue: z.core.$ZodRawIssue, texts: Texts): string {
  const t = texts.domain.profileError;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = KINDS.has(issue.expected) ? (issue.expected as Kind) : 'other';
      const received = kindOf(issue.input);
      // 2.5 for a whole number is a number all the same: say only what it should be.
      return t.type(expected === 'int' && received === 'number' ? { expected } : { expected, received });
    }
    case 'invalid_value':
      return t.oneOf({ values: issue.values.map((v) => JSON.stringify(v)) });
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return t.emptyText;
      if (issue.origin === 'array') return t.tooShort({ min });
      return t.tooSmall({ min, inclusive: issue.inclusive ?? true });
    }
    case 'too_big':
      return t.tooBig({ max: Number(issue.maximum), inclusive: issue.inclusive ?? true });
    case 'unrecognized_keys':
      return t.unknownKeys({ keys: issue.keys });
    case 'invalid_format': {
      const name = (Object.keys(PATTERNS) as Array<keyof typeof PATTERNS>).find((n) => String(PATTERNS[n]) === issue.pattern);
      return name ? t[name] : t.other;
    }
    case 'custom': {
      const params = issue.params as { problem?: string; ordninger?: string[] } | undefined;
      if (params?.problem === 'ownShareOrdning') return t.ownShareOrdning({ ordninger: params.ordninger ?? [] });
      if (params?.problem === 'noAcceptedPartner') return t.noAcceptedPartner;
      if (params?.problem === 'unconfirmedMissing') return t.unconfirmedMissing;
      return t.other;
    }
    default:
      return t.other;
  }
}
