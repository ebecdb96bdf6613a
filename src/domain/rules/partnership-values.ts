import type { RuleContext } from '../context';

/**
 * One @, something before it, a dot in the domain and no spaces: enough to catch "kari@" and
 * "kari.no" without refusing real addresses (full RFC 5322 would refuse nothing a person types).
 */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export const isEmailAddress = (text: string): boolean => EMAIL.test(text.trim());

/** email-invalid and date-invalid: the contact's e-post and the agreement's date as written on the Partnerskap sheet. */
export function checkPartnershipValues({ partnership: facts, report }: RuleContext): void {
  if (!facts) return;
  const sheet = facts.sheet;
  const email = facts.values.epost;
  if (email.kind === 'ok' && !isEmailAddress(email.value)) {
    report.add(
      'email-invalid',
      { sheet, cells: [facts.cells.epost], field: 'epost' },
      `«${email.value}» ved «E-post» er ikke en e-postadresse.`,
      'Skriv hele adressen, for eksempel kari.nordmann@kommune.no.',
    );
  }
  const date = facts.values.avtaledato;
  if (date.kind === 'invalid') {
    report.add(
      'date-invalid',
      { sheet, cells: [facts.cells.avtaledato], field: 'avtaledato' },
      `«${String(date.raw)}» ved «Avtaledato» kan ikke leses som en dato.`,
      'Skriv datoen som 15.11.2023.',
    );
  }
}
