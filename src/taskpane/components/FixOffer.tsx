import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { showValue, type Fix } from '../fixes';
import { splitSummary, type SplitFix } from '../split-fix';

const useStyles = makeStyles({
  fix: { gridColumn: '2', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  button: { height: 'auto', minHeight: '24px', maxWidth: '100%', textAlign: 'start' },
});

interface Labels {
  /** What will happen, shown above the button. */
  text: string;
  offer: string;
  confirm: string;
  busy: string;
}

/** What a fix will do and a button; a fix that is not certain asks first (Avbryt returns to the offer). */
function Offer({ labels, certain, apply }: { labels: Labels; certain: boolean; apply: () => Promise<void> }) {
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const offerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const run = () => {
    setBusy(true);
    void apply().finally(() => setBusy(false));
  };
  return (
    <div className={styles.fix}>
      <Text size={200}>{labels.text}</Text>
      <div className={styles.buttons}>
        {!asking ? (
          <Button
            ref={offerRef}
            className={styles.button}
            size="small"
            appearance="primary"
            disabledFocusable={busy}
            onClick={certain ? run : () => setAsking(true)}
          >
            {busy ? labels.busy : `${labels.offer}${certain ? '' : ' …'}`}
          </Button>
        ) : (
          <>
            <Button ref={confirmRef} className={styles.button} size="small" appearance="primary" disabledFocusable={busy} onClick={run}>
              {busy ? labels.busy : labels.confirm}
            </Button>
            <Button
              className={styles.button}
              size="small"
              onClick={() => {
                setAsking(false);
                setTimeout(() => offerRef.current?.focus(), 0);
              }}
            >
              Avbryt
            </Button>
          </>
        )}
      </div>
    </div>
  );
}

/** "J7: «ca. 200 000» → 200 000 (sjekk at det stemmer)", and a button. */
export function FixOffer({ fix, onFix }: { fix: Fix; onFix: (fix: Fix) => Promise<void> }) {
  const value = showValue(fix.value);
  const labels = {
    text: `${fix.address}: «${fix.old}» → ${value}${fix.certain ? '' : ' (sjekk at det stemmer)'}`,
    offer: `Rett ${fix.address} til ${value}`,
    confirm: `Ja, skriv ${value} i ${fix.address}`,
    busy: `Skriver ${value} …`,
  };
  return <Offer labels={labels} certain={fix.certain} apply={() => onFix(fix)} />;
}

/** "Del rad 6 i 2 rader: Vurdering / Planlegging", always asked first; a row the pane cannot split says why. */
export function SplitOffer({ split, onSplit }: { split: SplitFix; onSplit: (split: SplitFix) => Promise<void> }) {
  const styles = useStyles();
  if (split.refusal)
    return (
      <Text className={styles.fix} size={200}>
        {split.refusal}
      </Text>
    );
  const rows = split.phases.length;
  const labels = {
    text: `${splitSummary(split)}. Raden kopieres, og hver kopi får én fase.`,
    offer: `Del rad ${split.row}`,
    confirm: `Ja, del rad ${split.row} i ${rows} rader`,
    busy: `Deler rad ${split.row} …`,
  };
  return <Offer labels={labels} certain={false} apply={() => onSplit(split)} />;
}
