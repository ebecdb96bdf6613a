import { Badge, Button, Switch, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Finding, Severity, TiltakTable } from '../../domain/model';
import { findingKey, goToLabel, groupFindings } from '../finding-order';
import type { Fix } from '../fixes';
import type { SplitFix } from '../split-fix';
import { FixOffer, SplitOffer } from './FixOffer';

const SEVERITY: Record<Severity, { label: string; color: 'danger' | 'warning' | 'informative' }> = {
  error: { label: 'Feil', color: 'danger' },
  warning: { label: 'Advarsel', color: 'warning' },
  info: { label: 'Råd', color: 'informative' },
};

const useStyles = makeStyles({
  group: { margin: '0', padding: '0', listStyleType: 'none' },
  heading: {
    display: 'block',
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    // Below the sticky action bar when scrolled to.
    scrollMarginTop: '120px',
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  hint: { color: tokens.colorNeutralForeground2, gridColumn: '2' },
  source: { gridColumn: '2', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  quote: { margin: `${tokens.spacingVerticalXXS} 0 0 0`, fontStyle: 'italic' },
  buttons: { gridColumn: '2', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  button: { height: 'auto', minHeight: '24px', maxWidth: '100%', textAlign: 'start' },
});

function FindingItem({
  finding,
  table,
  current,
  onGoTo,
  onOpenForm,
  fix,
  onFix,
  split,
  onSplit,
}: {
  finding: Finding;
  table: TiltakTable;
  current: boolean;
  onGoTo: (f: Finding) => void;
  onOpenForm?: () => void;
  fix: Fix | null;
  onFix: (fix: Fix) => Promise<void>;
  split: SplitFix | null;
  onSplit: (split: SplitFix) => Promise<void>;
}) {
  const styles = useStyles();
  const s = SEVERITY[finding.severity];
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <li
      ref={ref}
      className={mergeClasses(styles.item, current && styles.current)}
      data-rule={finding.rule}
      aria-current={current ? 'true' : undefined}
    >
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
      {fix && <FixOffer fix={fix} onFix={onFix} />}
      {split && <SplitOffer split={split} onSplit={onSplit} />}
      {(finding.cells.length > 0 || onOpenForm) && (
        <div className={styles.buttons}>
          {finding.cells.length > 0 && (
            <Button className={styles.button} size="small" onClick={() => onGoTo(finding)}>
              {goToLabel(finding, table)}
            </Button>
          )}
          {onOpenForm && (
            <Button className={styles.button} size="small" onClick={onOpenForm}>
              Fyll inn i skjemaet
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

/** Findings grouped by tiltak; the one the user is at is marked (aria-current) and kept in view. */
export function FindingList({
  findings,
  table,
  current,
  onGoTo,
  formRules,
  onOpenForm,
  proposeFor,
  onFix,
  proposeSplitFor,
  onSplit,
}: {
  findings: readonly Finding[];
  table: TiltakTable;
  current: string | null;
  onGoTo: (f: Finding) => void;
  /** Rules the Partnerskap form answers, when the form is offered. */
  formRules?: ReadonlySet<string>;
  onOpenForm: () => void;
  /** The one-click fix for a finding, if the pane can tell the right value. */
  proposeFor: (f: Finding) => Fix | null;
  onFix: (fix: Fix) => Promise<void>;
  /** The row split for a finding of several phases in one cell. */
  proposeSplitFor: (f: Finding) => SplitFix | null;
  onSplit: (split: SplitFix) => Promise<void>;
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
              <FindingItem
                key={`${findingKey(f)}-${i}`}
                finding={f}
                table={table}
                current={findingKey(f) === current}
                onGoTo={onGoTo}
                onOpenForm={formRules?.has(f.rule) ? onOpenForm : undefined}
                fix={proposeFor(f)}
                onFix={onFix}
                split={proposeSplitFor(f)}
                onSplit={onSplit}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
