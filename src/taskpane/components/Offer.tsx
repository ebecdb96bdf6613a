import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isWorse, type Comparison } from '../../app/compare';
import { useTexts } from '../texts';

const useStyles = makeStyles({
  offer: { gridColumn: '2', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  button: { height: 'auto', minHeight: '24px', maxWidth: '100%', textAlign: 'start' },
  preview: { margin: 0 },
});

export interface OfferLabels {
  offer: string;
  confirm: string;
  busy: string;
}

/**
 * A button for one change to the workbook. A change that is not certain, or that would make
 * anything worse, asks first and shows what it does to the melding (the preview, a check of the
 * changed copy); Avbryt returns to the offer. A certain change that makes nothing worse is one click.
 */
export function Offer({
  labels,
  certain,
  preview,
  describe,
  apply,
  details,
  ready = true,
}: {
  labels: OfferLabels;
  certain: boolean;
  /** What the change would do, checked on a copy; computed only when the user reaches for the offer. */
  preview: () => Comparison | undefined;
  describe: (c: Comparison) => string;
  apply: () => Promise<void>;
  /** Shown while asking, above the preview: what the user can still decide (the split's shares). */
  details?: ReactNode;
  /** False while `details` hold something the change cannot be made with. */
  ready?: boolean;
}) {
  const styles = useStyles();
  const t = useTexts().pane.fix;
  const [asking, setAsking] = useState<Comparison | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const offerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking !== undefined) confirmRef.current?.focus();
  }, [asking]);
  const run = () => {
    setBusy(true);
    void apply().finally(() => setBusy(false));
  };
  const reach = () => {
    const comparison = preview() ?? null;
    if (certain && !details && !(comparison && isWorse(comparison))) run();
    else setAsking(comparison);
  };
  // While asking, the preview follows what the user decides in `details`.
  const shown = asking !== undefined && details ? (preview() ?? null) : asking;
  if (asking === undefined)
    return (
      <div className={styles.buttons}>
        <Button ref={offerRef} className={styles.button} size="small" appearance="primary" disabledFocusable={busy} onClick={reach}>
          {busy ? labels.busy : `${labels.offer}${certain ? '' : ' …'}`}
        </Button>
      </div>
    );
  const described = shown ? describe(shown) : '';
  return (
    <div className={styles.offer}>
      {details}
      {shown && ready && (
        <Text size={200} className={styles.preview} role="note">
          {t.preview} {described || t.nothingElse}
        </Text>
      )}
      <div className={styles.buttons}>
        <Button
          ref={confirmRef}
          className={styles.button}
          size="small"
          appearance="primary"
          disabledFocusable={busy || !ready}
          onClick={run}
        >
          {busy ? labels.busy : labels.confirm}
        </Button>
        <Button
          className={styles.button}
          size="small"
          onClick={() => {
            setAsking(undefined);
            setTimeout(() => offerRef.current?.focus(), 0);
          }}
        >
          {t.cancel}
        </Button>
      </div>
    </div>
  );
}
