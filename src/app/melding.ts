import { buildMeldingDocument, type MeldingDocument } from '../domain/melding';
import type { Texts } from '../i18n';
import type { WorkbookPort } from '../port/workbook-port';
import type { CheckOutcome } from './check';

/** The melding of the last check, as of the date it was checked; with errors it is a draft, marked so. */
export function meldingOf(outcome: CheckOutcome, texts: Texts): MeldingDocument | undefined {
  if (!outcome.ok) return undefined;
  return buildMeldingDocument({
    table: outcome.table,
    partnership: outcome.partnership,
    profile: outcome.profile,
    findings: outcome.findings,
    today: outcome.asOf,
    texts,
  });
}

/** Lag behovsmelding: the melding sheets written into the workbook; returns the model and the sheets' names. */
export async function makeMelding(
  port: WorkbookPort,
  outcome: CheckOutcome,
  texts: Texts,
): Promise<{ doc: MeldingDocument; sheets: string[] } | undefined> {
  const doc = meldingOf(outcome, texts);
  if (!doc) return undefined;
  return { doc, sheets: await port.writeMelding(doc, texts) };
}
