import type { Finding, TiltakTable } from '../domain/model';
import { formatSource } from '../domain/format';
import type { Summary } from '../domain/validate';
import type { Texts } from '../i18n';
import { parseAddress } from '../table/grid';

/** One file's result in the CONTRACT.md JSON shape. */
export interface FileReport {
  file: string;
  profile: string;
  sheet: string;
  headerRow: number;
  mapping: Record<string, string>;
  findings: Finding[];
  summary: Summary;
}

export function fileReport(file: string, profile: string, table: TiltakTable, findings: Finding[], summary: Summary): FileReport {
  const mapping = Object.fromEntries(Object.entries(table.mapping).map(([field, ref]) => [field, ref!.column]));
  return { file, profile, sheet: table.sheet, headerRow: table.headerRow, mapping, findings, summary };
}

/** Reading order for a terminal: by row, then by column; findings about a melding or a sheet last, as they came. */
function readingOrder(findings: readonly Finding[]): Finding[] {
  const column = (f: Finding) => (f.row !== undefined && f.cells[0] ? (parseAddress(f.cells[0])?.col ?? 0) : 0);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.row ?? Infinity) - (b.f.row ?? Infinity) || column(a.f) - column(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * Terminal text: a header line (and why the profile was chosen, when the user named none),
 * one block per finding with its source, a summary line.
 */
export function formatText(report: FileReport, fieldCount: number, texts: Texts, profileReason?: string): string {
  const t = texts.cli.report;
  const lines = [
    t.header({
      file: report.file,
      sheet: report.sheet,
      row: report.headerRow,
      found: Object.keys(report.mapping).length,
      fields: fieldCount,
      profile: report.profile,
    }),
  ];
  if (profileReason) lines.push(t.chosen({ profile: report.profile, reason: profileReason }));
  lines.push('');
  for (const f of readingOrder(report.findings)) {
    const where = f.cells.length
      ? `${f.sheet === report.sheet ? '' : `${f.sheet}!`}${f.cells.slice(0, 4).join(',')}${f.cells.length > 4 ? ',…' : ''}`
      : f.sheet;
    lines.push(`  ${t.severity[f.severity].padEnd(8)} ${where.padEnd(10)} ${f.rule}`);
    lines.push(`           ${f.message}`);
    if (f.hint) lines.push(`           → ${f.hint}`);
    if (f.source) lines.push(`           ${t.source({ source: formatSource(f.source) })}`);
  }
  if (report.findings.length === 0) lines.push(`  ${t.none}`);
  // A table with headers and nothing under them has no tiltak to count: "0 tiltak sjekket: 6 feil" misleads.
  const s = report.summary;
  const last =
    s.rows === 0
      ? texts.cli.validate.noTiltak({ row: report.headerRow, sheet: report.sheet, findings: report.findings.length > 0 })
      : t.summary(s);
  lines.push('', last);
  return lines.join('\n');
}
