import type { Finding, TiltakTable } from '../domain/model';
import type { Summary } from '../domain/validate';

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

const SEVERITY_WORD = { error: 'FEIL', warning: 'ADVARSEL', info: 'RÅD' } as const;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Terminal text: a header line, one block per finding, a summary line. */
export function formatText(report: FileReport, fieldCount: number): string {
  const lines = [
    `${report.file} – ark «${report.sheet}», overskrifter i rad ${report.headerRow}, ${Object.keys(report.mapping).length} av ${fieldCount} felt gjenkjent, profil ${report.profile}`,
    '',
  ];
  for (const f of report.findings) {
    const where = f.cells.length
      ? `${f.sheet === report.sheet ? '' : `${f.sheet}!`}${f.cells.slice(0, 4).join(',')}${f.cells.length > 4 ? ',…' : ''}`
      : f.sheet;
    lines.push(`  ${SEVERITY_WORD[f.severity].padEnd(8)} ${where.padEnd(10)} ${f.rule}`);
    lines.push(`           ${f.message}`);
    if (f.hint) lines.push(`           → ${f.hint}`);
  }
  if (report.findings.length === 0) lines.push('  Ingen funn. Tabellen følger reglene i profilen.');
  const s = report.summary;
  lines.push(
    '',
    `${plural(s.rows, 'tiltak', 'tiltak')} sjekket: ${plural(s.errors, 'feil', 'feil')}, ${plural(s.warnings, 'advarsel', 'advarsler')}, ${plural(s.infos, 'råd', 'råd')}.`,
  );
  return lines.join('\n');
}
