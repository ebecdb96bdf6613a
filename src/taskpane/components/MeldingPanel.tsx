import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Checker, ExportKind } from '../useChecker';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const EXPORTS: ReadonlyArray<{ kind: ExportKind; label: string; busy: string }> = [
  { kind: 'xlsx', label: 'Excel (xlsx)', busy: 'Lager Excel-fil …' },
  { kind: 'pdf', label: 'PDF', busy: 'Lager PDF …' },
  { kind: 'json', label: 'JSON', busy: 'Lager JSON …' },
];

/** Lag behovsmelding and Eksporter, after the findings. */
export function MeldingPanel({ checker, errors }: { checker: Checker; errors: number }) {
  const styles = useStyles();
  const exportLabel = useId('eksporter');
  const made = checker.melding;
  return (
    <section className={styles.panel} aria-labelledby={`${exportLabel}-h`}>
      <Text as="h2" weight="semibold" className={styles.heading} id={`${exportLabel}-h`}>
        Lag melding
      </Text>
      {errors > 0 && (
        <Text size={200}>
          Tabellen har {errors} feil. Meldingen kan lages som utkast, tydelig merket «UTKAST – ikke komplett», til feilene er rettet.
        </Text>
      )}
      <div className={styles.actions}>
        <Button appearance={errors > 0 ? 'secondary' : 'primary'} onClick={() => void checker.makeMelding()}>
          {errors > 0 ? 'Lag behovsmelding (utkast)' : 'Lag behovsmelding'}
        </Button>
      </div>
      {made && (
        <>
          <MessageBar intent={made.doc.meldinger.some((m) => m.status === 'utkast') ? 'warning' : 'success'}>
            <MessageBarBody>
              Laget {made.sheets.length === 1 ? 'arket' : 'arkene'} {made.sheets.map((s) => `«${s}»`).join(', ')}.
            </MessageBarBody>
          </MessageBar>
          <Text id={exportLabel}>Eksporter meldingen som egen fil:</Text>
          <div className={styles.actions} role="group" aria-labelledby={exportLabel}>
            {EXPORTS.map((e) => {
              const busy = checker.exporting === e.kind;
              return (
                <Button
                  key={e.kind}
                  // Busy buttons keep the focus and say what they do.
                  disabledFocusable={checker.exporting !== null}
                  icon={busy ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
                  onClick={() => void checker.exportAs(e.kind)}
                >
                  {busy ? e.busy : e.label}
                </Button>
              );
            })}
          </div>
          {checker.delivered && <Text>{checker.delivered}</Text>}
        </>
      )}
    </section>
  );
}
