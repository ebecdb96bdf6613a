import { Button, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { PARTNERSHIP_FIELDS, PARTNERSHIP_SHEET } from '../../domain/fields';
import type { PartnershipKey } from '../../domain/model';
import { nb } from '../../i18n';
import { partnershipInputProblems, partnershipRows, type PartnershipInput } from '../partnership-input';

const useStyles = makeStyles({ form: { display: 'grid', rowGap: tokens.spacingVerticalS } });

/** Offered when the workbook has no Partnerskap sheet: fill the facts, checked before the sheet is made. */
export function PartnershipForm({ onCreate }: { onCreate: (values: ReadonlyArray<readonly [string, string]>) => Promise<void> }) {
  const styles = useStyles();
  const [values, setValues] = useState<PartnershipInput>({});
  const [problems, setProblems] = useState<Partial<Record<PartnershipKey, string>>>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (key: PartnershipKey, value: string) => setValues({ ...values, [key]: value });
  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={`Lag arket ${PARTNERSHIP_SHEET}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found = partnershipInputProblems(values);
        setProblems(found);
        const first = PARTNERSHIP_FIELDS.find((f) => found[f.key]);
        if (first) {
          // Nothing is written while a field is wrong: the cursor goes to the first one.
          setTimeout(() => formRef.current?.querySelector<HTMLElement>(`[name="${first.key}"]`)?.focus(), 0);
          return;
        }
        setBusy(true);
        void onCreate(partnershipRows(values)).finally(() => setBusy(false));
      }}
    >
      <Text>
        Arbeidsboken har ikke arket «{PARTNERSHIP_SHEET}» med kontaktperson og avtale. Fyll inn det du vet, så lager tillegget arket.
      </Text>
      {PARTNERSHIP_FIELDS.map((f) => {
        const message = problems[f.key];
        const state = message ? { validationState: 'error' as const, validationMessage: message } : {};
        if (f.kind === 'yesno') {
          return (
            <Field key={f.key} label={nb.domain.partnershipFields[f.key]} {...state}>
              <RadioGroup layout="horizontal" name={f.key} value={values[f.key] ?? ''} onChange={(_, d) => set(f.key, d.value)}>
                <Radio value="ja" label="Ja" />
                <Radio value="nei" label="Nei" />
              </RadioGroup>
            </Field>
          );
        }
        const type = f.kind === 'period' ? 'date' : f.key === 'epost' ? 'email' : f.key === 'telefon' ? 'tel' : 'text';
        return (
          <Field key={f.key} label={nb.domain.partnershipFields[f.key]} {...state}>
            <Input name={f.key} type={type} value={values[f.key] ?? ''} onChange={(_, d) => set(f.key, d.value)} />
          </Field>
        );
      })}
      <Button type="submit" appearance="primary" disabledFocusable={busy}>
        {busy ? `Lager arket ${PARTNERSHIP_SHEET} …` : `Lag arket ${PARTNERSHIP_SHEET}`}
      </Button>
    </form>
  );
}
