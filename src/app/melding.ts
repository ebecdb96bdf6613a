import { buildMeldingDocument, type MeldingDocument } from '../domain/melding';
import type { WorkbookPort } from '../port/workbook-port';
import type { CheckOutcome } from './check';

/** The melding of the last check, as of the date it was checked; with errors it is a draft, marked so. */
export function meldingOf(outcome: CheckOutcome): MeldingDocument | undefined {
  if (!outcome.ok) return undefined;
  return buildMeldingDocument({
    table: outcome.table,
    partnership: outcome.partnership,
    profile: outcome.profile,
    findings: outcome.findings,
    today: outcome.asOf,
  });
}

/** Lag behovsmelding: the melding sheets written into the workbook; returns the model and the sheets' names. */
export async function makeMelding(
  port: WorkbookPort,
  outcome: CheckOutcome,
): Promise<{ doc: MeldingDocument; sheets: string[] } | undefined> {
  const doc = meldingOf(outcome);
  if (!doc) return undefined;
  return { doc, sheets: await port.writeMelding(doc) };
}
