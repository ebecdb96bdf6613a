import { Badge, Button, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Finding, Severity, TiltakTable } from '../../domain/model';

const SEVERITY: Record<Severity, { label: string; color: 'danger' | 'warning' | 'informative' }> = {
  error: { label: 'Feil', color: 'danger' },
  warning: { label: 'Advarsel', color: 'warning' },
  info: { label: 'Råd', color: 'informative' },
};
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const useStyles = makeStyles({
  group: { margin: '0', padding: '0', listStyleType: 'none' },
  heading: { display: 'block', marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hint: { color: tokens.colorNeutralForeground2, gridColumn: '2' },
  source: { gridColumn: '2', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  quote: { margin: `${tokens.spacingVerticalXXS} 0 0 0`, fontStyle: 'italic' },
  goto: { gridColumn: '2', justifySelf: 'start', minWidth: 'auto' },
});

interface Group {
  key: string;
  title: string;
  findings: Finding[];
}

/** Findings grouped by tiltak (row), then the melding and the sheet; errors first in each group. */
function groupFindings(findings: readonly Finding[], table: TiltakTable): Group[] {
  const titles = new Map(table.rows.map((r) => [r.row, r.values.tittel.kind === 'ok' ? r.values.tittel.value : '']));
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = f.row !== undefined ? `row:${f.row}` : 'melding';
    const title =
      f.row !== undefined ? `Rad ${f.row}${titles.get(f.row) ? ` – ${titles.get(f.row)}` : ''}` : 'Hele meldingen og partnerskapet';
    const group = groups.get(key) ?? { key, title, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  for (const g of groups.values()) g.findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return [...groups.values()];
}

export function FindingItem({ finding, onGoTo }: { finding: Finding; onGoTo?: (f: Finding) => void }) {
  const styles = useStyles();
  const s = SEVERITY[finding.severity];
  const where = finding.cells.length
    ? `${finding.sheet}!${finding.cells.slice(0, 3).join(', ')}${finding.cells.length > 3 ? ' …' : ''}`
    : finding.sheet;
  return (
    <li className={styles.item} data-rule={finding.rule}>
      <Badge appearance="filled" color={s.color}>
        {s.label}
      </Badge>
      <Text>{finding.message}</Text>
      {finding.hint && (
        <Text className={styles.hint} size={200}>
          {finding.hint}
        </Text>
      )}
      {finding.source && (
        <details className={styles.source}>
          <summary>Kilde</summary>
          {finding.source.title}
          <blockquote className={styles.quote}>«{finding.source.quote}»</blockquote>
        </details>
      )}
      {onGoTo && finding.cells.length > 0 && (
        <Button
          className={styles.goto}
          size="small"
          appearance="transparent"
          onClick={() => onGoTo(finding)}
          aria-label={`Gå til ${where}: ${finding.message}`}
        >
          Gå til {where}
        </Button>
      )}
    </li>
  );
}

export function FindingList({
  findings,
  table,
  onGoTo,
}: {
  findings: readonly Finding[];
  table: TiltakTable;
  onGoTo: (f: Finding) => void;
}) {
  const styles = useStyles();
  const [errorsOnly, setErrorsOnly] = useState(false);
  const shown = useMemo(
    () => groupFindings(errorsOnly ? findings.filter((f) => f.severity === 'error') : findings, table),
    [findings, table, errorsOnly],
  );
  return (
    <section aria-label="Funn">
      <Switch checked={errorsOnly} onChange={(_, d) => setErrorsOnly(d.checked)} label="Vis bare feil" />
      {shown.map((g) => (
        <div key={g.key}>
          <Text as="h2" weight="semibold" className={styles.heading}>
            {g.title}
          </Text>
          <ul className={styles.group}>
            {g.findings.map((f, i) => (
              <FindingItem key={`${f.rule}-${i}`} finding={f} onGoTo={onGoTo} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
