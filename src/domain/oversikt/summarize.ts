import type { Texts } from '../../i18n/texts';
import { buildMeldingDocument, type MeldingDocument } from '../melding';
import type { Finding, PartnershipFacts, TiltakTable } from '../model';
import type { Profile } from '../profile';
import type { ProfileChoice } from '../profile-choice';
import type { CheckedFile, FileFit, FileResult, OversiktFinding } from './model';

/** A workbook as the table layer checked it (table/check), with the profile it chose when it chose one. */
export type WorkbookCheck =
  | { ok: true; table: TiltakTable; partnership: PartnershipFacts | null; findings: Finding[]; choice?: ProfileChoice }
  | { ok: false; message: string; choice?: ProfileChoice };

/**
 * One checked workbook as the overview takes it, in the command line's worker threads and the
 * pane's Web Worker alike: its meldinger, findings and tiltak; or why it gives none (no tiltak under
 * the headers, or the table's own sentence); with the profiles it fits when it chose its own.
 * `profile` is the profile it was checked with, null when it chose.
 */
export function summarizeWorkbook(file: string, check: WorkbookCheck, profile: Profile | null, today: string, texts: Texts): FileResult {
  const fit = check.choice ? fitOf(check.choice) : undefined;
  const withFit = fit ? { fit } : {};
  if (!check.ok) return { ok: false, file, status: 'unusable', message: check.message, ...withFit };
  const { table, partnership, findings } = check;
  if (table.rows.length === 0) {
    return {
      ok: false,
      file,
      status: 'empty',
      message: texts.oversikt.file.empty({ row: table.headerRow, sheet: table.sheet }),
      ...withFit,
    };
  }
  const used = profile ?? check.choice!.profile;
  const doc = buildMeldingDocument({ table, partnership, profile: used, findings, today, texts });
  return { ok: true, checked: summarizeFile(file, doc, findings), ...withFit };
}

function fitOf(choice: ProfileChoice): FileFit {
  return { checkedWith: choice.profile.id, fitting: choice.fitting.map((p) => p.id), basis: choice.basis };
}

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
