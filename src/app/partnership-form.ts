import { PARTNERSHIP_FIELDS } from '../domain/fields';
import type { PartnershipKey } from '../domain/model';
import { isValidOrgnr } from '../domain/rules/partnership';
import { isEmailAddress } from '../domain/rules/partnership-values';
import { nb } from '../i18n';
import { parseOrgnr } from '../table/parse/orgnr';
import { norwegianDate, parseNorwegianDate } from './dates';

/** What the form holds: text per field; ja/nei as "ja", "nei" or ""; a date as typed (dd.mm.åååå). */
export type PartnershipInput = Partial<Record<PartnershipKey, string>>;

/** Why a field of the form cannot be written yet; the pane says it in words. */
export type FormProblem =
  | { kind: 'email' }
  /** Numbers that are not nine digits. */
  | { kind: 'orgnr-digits'; numbers: string[] }
  /** Nine digits whose check digit is wrong: a typing error somewhere in the number. */
  | { kind: 'orgnr-check-digit'; numbers: string[] }
  | { kind: 'date' }
  | { kind: 'yesno' };

/**
 * Every problem in the form before anything is written, by field: an e-post that cannot receive
 * mail, an organisation number that is not nine digits or fails its check digit, a date that is
 * not a Norwegian date that exists. Empty fields are allowed: the check says later what is missing.
 */
export function partnershipInputProblems(input: PartnershipInput): Partial<Record<PartnershipKey, FormProblem>> {
  const problems: Partial<Record<PartnershipKey, FormProblem>> = {};
  const epost = input.epost?.trim();
  if (epost && !isEmailAddress(epost)) problems.epost = { kind: 'email' };
  const orgnr = input.organisasjonsnummer?.trim();
  if (orgnr) {
    const read = parseOrgnr(orgnr);
    const bad = read.kind === 'ok' ? read.value.filter((n) => !isValidOrgnr(n)) : [orgnr];
    const length = bad.filter((n) => !/^\d{9}$/.test(n));
    if (length.length) problems.organisasjonsnummer = { kind: 'orgnr-digits', numbers: length };
    else if (bad.length) problems.organisasjonsnummer = { kind: 'orgnr-check-digit', numbers: bad };
  }
  const date = input.avtaledato?.trim();
  if (date && parseNorwegianDate(date) === undefined) problems.avtaledato = { kind: 'date' };
  for (const f of PARTNERSHIP_FIELDS) {
    const v = input[f.key]?.trim();
    if (f.kind === 'yesno' && v && v !== 'ja' && v !== 'nei') problems[f.key] = { kind: 'yesno' };
  }
  return problems;
}

/**
 * The rows the sheet gets: labels in A (bokmål, as CONTRACT.md names them and the reader knows them),
 * values in B; a date as Norwegians write it (15.11.2023).
 */
export function partnershipRows(input: PartnershipInput): Array<readonly [string, string]> {
  return PARTNERSHIP_FIELDS.map((f) => {
    const v = input[f.key]?.trim() ?? '';
    const date = f.kind === 'period' ? parseNorwegianDate(v) : undefined;
    return [nb.domain.partnershipFields[f.key], date ? norwegianDate(date) : v] as const;
  });
}
