import { PARTNERSHIP_FIELDS } from '../domain/fields';
import type { PartnershipKey } from '../domain/model';
import { nb } from '../i18n';
import { isValidOrgnr } from '../domain/rules/partnership';
import { isEmailAddress } from '../domain/rules/partnership-values';
import { parseOrgnr } from '../table/parse/orgnr';

/** What the form holds: text per field; ja/nei as "ja", "nei" or ""; a date as the date field's YYYY-MM-DD. */
export type PartnershipInput = Partial<Record<PartnershipKey, string>>;

/**
 * Every problem in the form before anything is written, by field, in Norwegian: an e-post that
 * cannot receive mail, an organisation number that fails its check digit, a date that is not one.
 * Empty fields are allowed: the check says later what is missing.
 */
export function partnershipInputProblems(input: PartnershipInput): Partial<Record<PartnershipKey, string>> {
  const problems: Partial<Record<PartnershipKey, string>> = {};
  const epost = input.epost?.trim();
  if (epost && !isEmailAddress(epost)) problems.epost = 'Skriv hele e-postadressen, for eksempel kari.nordmann@kommune.no.';
  const orgnr = input.organisasjonsnummer?.trim();
  if (orgnr) {
    const read = parseOrgnr(orgnr);
    const bad = read.kind === 'ok' ? read.value.filter((n) => !isValidOrgnr(n)) : [orgnr];
    if (bad.length)
      problems.organisasjonsnummer = `${bad.map((n) => `«${n}»`).join(', ')} er ikke et gyldig organisasjonsnummer (ni siffer).`;
  }
  const date = input.avtaledato?.trim();
  if (date && !isIsoDate(date)) problems.avtaledato = 'Velg en dato som finnes, for eksempel 15.11.2023.';
  for (const f of PARTNERSHIP_FIELDS) {
    const v = input[f.key]?.trim();
    if (f.kind === 'yesno' && v && v !== 'ja' && v !== 'nei') problems[f.key] = 'Velg ja eller nei.';
  }
  return problems;
}

function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** The rows the sheet gets: labels in A, values in B; a date as Norwegians write it (15.11.2023). */
export function partnershipRows(input: PartnershipInput): Array<readonly [string, string]> {
  return PARTNERSHIP_FIELDS.map((f) => {
    const v = input[f.key]?.trim() ?? '';
    return [nb.domain.partnershipFields[f.key], f.kind === 'period' && isIsoDate(v) ? v.split('-').reverse().join('.') : v] as const;
  });
}
