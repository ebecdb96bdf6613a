import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { PARTNERSHIP_FIELDS, PARTNERSHIP_SHEET } from '../../domain/fields';

const useStyles = makeStyles({ form: { display: 'grid', rowGap: tokens.spacingVerticalS } });

/** Offered when the workbook has no Partnerskap sheet: fill the facts and create it. */
export function PartnershipForm({ onCreate }: { onCreate: (values: ReadonlyArray<readonly [string, string]>) => Promise<void> }) {
  const styles = useStyles();
  const [values, setValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  return (
    <form
      className={styles.form}
      aria-label={`Lag arket ${PARTNERSHIP_SHEET}`}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onCreate(PARTNERSHIP_FIELDS.map((f) => [f.label, values[f.key] ?? ''] as const)).finally(() => setBusy(false));
      }}
    >
      <Text>
        Arbeidsboken har ikke arket «{PARTNERSHIP_SHEET}» med kontaktperson og avtale. Fyll inn det du vet, så lager tillegget arket.
      </Text>
      {PARTNERSHIP_FIELDS.map((f) => (
        <Field key={f.key} label={f.label} hint={f.kind === 'yesno' ? 'ja eller nei' : undefined}>
          <Input value={values[f.key] ?? ''} onChange={(_, d) => setValues({ ...values, [f.key]: d.value })} />
        </Field>
      ))}
      <Button type="submit" appearance="primary" disabled={busy}>
        Lag arket {PARTNERSHIP_SHEET}
      </Button>
    </form>
  );
}
