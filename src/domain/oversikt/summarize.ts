import type { MeldingDocument } from '../melding';
import type { Finding } from '../model';
import type { CheckedFile, OversiktFinding } from './model';

/**
 * One checked workbook as the overview needs it: the figures come from the melding model
 * (grouping, totals, shares and status as the melding sheets show them), nothing recomputed.
 * Small enough to send from a worker thread.
 */
export function summarizeFile(file: string, doc: MeldingDocument, findings: readonly Finding[]): CheckedFile {
  return {
    file,
    meldinger: doc.meldinger.map((m) => ({
      file,
      partnerskap: m.partnerskap.navn,
      ordning: m.ordning,
      ordningNavn: m.ordningNavn,
      tiltak: m.tiltak.length,
      tilskuddEier: m.totals.tilskuddEier,
      tilskuddUh: m.totals.tilskuddUh,
      shares: m.shares,
      status: m.status,
      errors: m.errors,
      warnings: m.warnings,
    })),
    findings: findings.map((f) => overviewFinding(file, f)),
    tiltak: doc.meldinger.flatMap((m) =>
      m.tiltak.map((t) => ({
        file,
        row: t.row,
        tittel: t.tittel,
        beskrivelse: t.beskrivelse,
        ordning: m.ordning,
        fase: t.fase,
        partnerskap: m.partnerskap.navn,
        eiere: t.eiere.length ? t.eiere : m.partnerskap.eiere,
      })),
    ),
  };
}

function overviewFinding(file: string, f: Finding): OversiktFinding {
  const finding: OversiktFinding = { file, sheet: f.sheet, cells: f.cells, rule: f.rule, severity: f.severity, message: f.message };
  if (f.row !== undefined) finding.row = f.row;
  if (f.source) finding.source = f.source;
  return finding;
}
