import type { MeldingDocument } from '../domain/melding';
import type { Texts } from '../i18n';
import { renderMeldingPdf } from '../pdf/melding-pdf';
import type { DeliveryResult, ExportFile, WorkbookPort } from '../port/workbook-port';
import { XLSX_MIME } from './oversikt-output';
import { writeMeldingOnlyWorkbook } from '../xlsx/melding-workbook';

export type ExportKind = 'xlsx' | 'pdf' | 'json';

/** The melding as its own file, built from the model (not from the user's workbook). The pane loads this module on demand. */
export async function exportMelding(doc: MeldingDocument, kind: ExportKind, texts: Texts): Promise<ExportFile> {
  const base = `behovsmelding-${doc.generated}`;
  if (kind === 'xlsx') return { name: `${base}.xlsx`, mime: XLSX_MIME, bytes: await writeMeldingOnlyWorkbook(doc, texts) };
  if (kind === 'pdf') return { name: `${base}.pdf`, mime: 'application/pdf', bytes: await renderMeldingPdf(doc, texts) };
  return { name: `${base}.json`, mime: 'application/json', bytes: new TextEncoder().encode(JSON.stringify(doc, null, 2)) };
}

/** Eksporter: the file made and handed over by the route the host allows; the result says where it went. */
export async function exportAndDeliver(port: WorkbookPort, doc: MeldingDocument, kind: ExportKind, texts: Texts): Promise<DeliveryResult> {
  return port.deliver(await exportMelding(doc, kind, texts));
}
