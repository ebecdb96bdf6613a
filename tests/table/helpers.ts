import type { FieldValue } from '../../src/domain/model';

/** Matchers for FieldValues: the value read, or why not (with the raw text kept). */
export const ok = <T>(value: T, raw?: string) =>
  raw === undefined ? { kind: 'ok', value, raw: expect.any(String) } : { kind: 'ok', value, raw };

export const invalid = (reason: string, raw?: string) =>
  raw === undefined ? expect.objectContaining({ kind: 'invalid', reason }) : expect.objectContaining({ kind: 'invalid', reason, raw });

/** The value of an ok FieldValue, or a readable failure. */
export function valueOf<T>(fv: FieldValue<T>): T {
  if (fv.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(fv)}`);
  return fv.value;
}
