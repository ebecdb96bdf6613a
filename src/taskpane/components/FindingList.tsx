import { Badge, Button, Switch, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Comparison } from '../../app/compare';
import type { GridEdit } from '../../app/edits';
import type { Fix } from '../../app/fixes';
import { columnName, findingKey, groupFindings, tiltakOf } from '../../app/navigation';
import type { SplitProposal } from '../../app/split';
import type { Finding, Severity, TiltakTable } from '../../domain/model';
import { useTexts } from '../texts';
import { FixOffer } from './FixOffer';
import { SplitOffer } from './SplitOffer';

const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

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

/** What a finding can offer and how its offers are checked and made. */
export interface FindingOffers {
  fixFor: (f: Finding) => Fix | null;
  splitFor: (f: Finding) => SplitProposal | null;
  preview: (edit: GridEdit) => Comparison | undefined;
  describe: (c: Comparison) => string;
  onEdit: (edit: GridEdit, said: string) => Promise<void>;
}

function FindingItem({
  finding,
  table,
  current,
  onGoTo,
  onOpenForm,
  offers,
}: {
  finding: Finding;
  table: TiltakTable;
  current: boolean;
  onGoTo: (f: Finding) => void;
  onOpenForm?: () => void;
  offers: FindingOffers;
}) {
  const styles = useStyles();
  const texts = useTexts();
  const t = texts.pane.findings;
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const fix = offers.fixFor(finding);
  const split = offers.splitFor(finding);
  return (
    <li
      ref={ref}
      className={mergeClasses(styles.item, current && styles.current)}
      data-rule={finding.rule}
      aria-current={current ? 'true' : undefined}
    >
      <Badge appearance="filled" color={COLOR[finding.severity]}>
        {t.severity[finding.severity]}
      </Badge>
      <Text>{finding.message}</Text>
      {finding.hint && (
        <Text className={styles.hint} size={200}>
          {finding.hint}
        </Text>
      )}
      {fix && <FixOffer fix={fix} {...offers} />}
      {split && <SplitOffer split={split} {...offers} />}
      {(finding.cells.length > 0 || onOpenForm) && (
        <div className={styles.buttons}>
          {finding.cells.length > 0 && (
            <Button className={styles.button} size="small" onClick={() => onGoTo(finding)}>
              {t.goTo({ cell: finding.cells[0]!, more: finding.cells.length - 1, column: columnName(finding, table, texts) })}
            </Button>
          )}
          {onOpenForm && (
            <Button className={styles.button} size="small" onClick={onOpenForm}>
              {t.openForm}
            </Button>
          )}
        </div>
      )}
      {/* The source comes after the actions, so a finding's first action is its first stop for Tab. */}
      {finding.source && (
        <details className={styles.source}>
          <summary>{t.source}</summary>
          {finding.source.title}
          <blockquote className={styles.quote}>«{finding.source.quote}»</blockquote>
        </details>
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
  offers,
}: {
  findings: readonly Finding[];
  table: TiltakTable;
  current: string | null;
  onGoTo: (f: Finding) => void;
  /** Rules the Partnerskap form answers, when the form is offered. */
  formRules?: ReadonlySet<string>;
  onOpenForm: () => void;
  offers: FindingOffers;
}) {
  const styles = useStyles();
  const t = useTexts().pane.findings;
  const [errorsOnly, setErrorsOnly] = useState(false);
  const shown = useMemo(
    () => groupFindings(errorsOnly ? findings.filter((f) => f.severity === 'error') : findings),
    [findings, errorsOnly],
  );
  const title = (row: number | undefined) => (row === undefined ? t.melding : t.tiltak({ ...tiltakOf(row, table), row }));
  return (
    <section aria-label={t.region}>
      <Switch checked={errorsOnly} onChange={(_, d) => setErrorsOnly(d.checked)} label={t.errorsOnly} />
      {shown.map((g) => (
        <div key={g.key}>
          <Text as="h2" weight="semibold" className={styles.heading}>
            {title(g.row)}
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
                offers={offers}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
