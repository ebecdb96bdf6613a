import type { RuleContext } from '../context';

/**
 * One @, something before it, a dot in the domain and no spaces: enough to catch "kari@" and
 * "kari.no" without refusing real addresses (full RFC 5322 would refuse nothing a person types).
 */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export const isEmailAddress = (text: string): boolean => EMAIL.test(text.trim());

/** email-invalid and date-invalid: the contact's e-post and the agreement's date as written on the Partnerskap sheet. */
export function checkPartnershipValues({ partnership: facts, report, texts }: RuleContext): void {
  if (!facts) return;
  const sheet = facts.sheet;
  const email = facts.values.epost;
  if (email.kind === 'ok' && !isEmailAddress(email.value)) {
    report.add(
      'email-invalid',
      { sheet, cells: [facts.cells.epost], field: 'epost' },
      texts.rules['email-invalid'].message({ value: email.value, label: texts.domain.partnershipFields.epost }),
      texts.rules['email-invalid'].hint,
    );
  }
  const date = facts.values.avtaledato;
  if (date.kind === 'invalid') {
    report.add(
      'date-invalid',
      { sheet, cells: [facts.cells.avtaledato], field: 'avtaledato' },
      texts.rules['date-invalid'].message({ value: String(date.raw), label: texts.domain.partnershipFields.avtaledato }),
      texts.rules['date-invalid'].hint,
    );
  }
}
