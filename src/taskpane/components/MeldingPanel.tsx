import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { ExportKind } from '../../app/export';
import type { PaneState } from '../state/pane-state';
import { useTexts } from '../texts';

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

const KINDS: readonly ExportKind[] = ['xlsx', 'pdf', 'json'];

/** Lag behovsmelding and Eksporter, after the findings. */
export function MeldingPanel({
  state,
  errors,
  onMake,
  onExport,
}: {
  state: Pick<PaneState, 'melding' | 'exporting' | 'delivered'>;
  errors: number;
  onMake: () => void;
  onExport: (kind: ExportKind) => void;
}) {
  const styles = useStyles();
  const t = useTexts().pane.melding;
  const exportLabel = useId('eksporter');
  const made = state.melding;
  return (
    <section className={styles.panel} aria-labelledby={`${exportLabel}-h`}>
      <Text as="h2" weight="semibold" className={styles.heading} id={`${exportLabel}-h`}>
        {t.heading}
      </Text>
      {errors > 0 && <Text size={200}>{t.draftNote({ errors })}</Text>}
      <div className={styles.actions}>
        <Button appearance={errors > 0 ? 'secondary' : 'primary'} onClick={onMake}>
          {errors > 0 ? t.makeDraft : t.make}
        </Button>
      </div>
      {made && (
        <>
          <MessageBar intent={made.doc.meldinger.some((m) => m.status === 'utkast') ? 'warning' : 'success'}>
            <MessageBarBody>{t.made({ sheets: made.sheets })}</MessageBarBody>
          </MessageBar>
          <Text id={exportLabel}>{t.exportIntro}</Text>
          <div className={styles.actions} role="group" aria-labelledby={exportLabel}>
            {KINDS.map((kind) => {
              const busy = state.exporting === kind;
              return (
                <Button
                  key={kind}
                  // Busy buttons keep the focus and say what they do.
                  disabledFocusable={state.exporting !== null}
                  icon={busy ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
                  onClick={() => onExport(kind)}
                >
                  {busy ? t.exports[kind].busy : t.exports[kind].label}
                </Button>
              );
            })}
          </div>
          {state.delivered && <Text>{state.delivered}</Text>}
        </>
      )}
    </section>
  );
}
