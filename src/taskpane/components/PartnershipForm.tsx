import { Button, Field, Input, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { parseNorwegianDate } from '../../app/dates';
import { partnershipInputProblems, partnershipRows, type FormProblem, type PartnershipInput } from '../../app/partnership-form';
import { PARTNERSHIP_FIELDS, PARTNERSHIP_SHEET } from '../../domain/fields';
import type { PartnershipKey } from '../../domain/model';
import { LOCALE, type Texts } from '../../i18n';
import { useTexts } from '../texts';

const useStyles = makeStyles({ form: { display: 'grid', rowGap: tokens.spacingVerticalS, minWidth: 0 } });

function problemText(t: Texts['pane']['form'], problem: FormProblem): string {
  switch (problem.kind) {
    case 'email':
      return t.email;
    case 'orgnr-digits':
      return t.orgnrDigits({ numbers: problem.numbers });
    case 'orgnr-check-digit':
      return t.orgnrCheckDigit({ numbers: problem.numbers });
    case 'date':
      return t.date;
    case 'yesno':
      return t.yesno;
  }
}

/** "15. november 2023": the date read back in words, so a day and month the other way round show at once. */
function longDate(iso: string, texts: Texts): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(LOCALE[texts.language], { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/**
 * Offered when the workbook has no Partnerskap sheet: fill the facts, checked before the sheet is
 * made. The date is typed as Norwegians write it (dd.mm.åååå) whatever the browser's locale, and
 * read back in words.
 */
export function PartnershipForm({ onCreate }: { onCreate: (values: ReadonlyArray<readonly [string, string]>) => Promise<void> }) {
  const styles = useStyles();
  const texts = useTexts();
  const t = texts.pane.form;
  const [values, setValues] = useState<PartnershipInput>({});
  const [problems, setProblems] = useState<Partial<Record<PartnershipKey, FormProblem>>>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (key: PartnershipKey, value: string) => setValues({ ...values, [key]: value });
  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-label={t.name({ sheet: PARTNERSHIP_SHEET })}
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
      <Text>{t.intro({ sheet: PARTNERSHIP_SHEET })}</Text>
      {PARTNERSHIP_FIELDS.map((f) => {
        const problem = problems[f.key];
        const state = problem ? { validationState: 'error' as const, validationMessage: problemText(t, problem) } : {};
        if (f.kind === 'yesno') {
          return (
            <Field key={f.key} label={texts.domain.partnershipFields[f.key]} {...state}>
              <RadioGroup layout="horizontal" name={f.key} value={values[f.key] ?? ''} onChange={(_, d) => set(f.key, d.value)}>
                <Radio value="ja" label={t.yes} />
                <Radio value="nei" label={t.no} />
              </RadioGroup>
            </Field>
          );
        }
        if (f.kind === 'period') {
          const read = parseNorwegianDate(values[f.key] ?? '');
          const shown = problem
            ? state
            : { validationState: 'none' as const, validationMessage: read ? t.dateRead({ date: longDate(read, texts) }) : undefined };
          return (
            <Field key={f.key} label={texts.domain.partnershipFields[f.key]} hint={t.dateHint} {...shown}>
              <Input
                name={f.key}
                inputMode="numeric"
                autoComplete="off"
                value={values[f.key] ?? ''}
                onChange={(_, d) => set(f.key, d.value)}
              />
            </Field>
          );
        }
        const type = f.key === 'epost' ? 'email' : f.key === 'telefon' ? 'tel' : 'text';
        return (
          <Field key={f.key} label={texts.domain.partnershipFields[f.key]} {...state}>
            <Input name={f.key} type={type} value={values[f.key] ?? ''} onChange={(_, d) => set(f.key, d.value)} />
          </Field>
        );
      })}
      <Button type="submit" appearance="primary" disabledFocusable={busy}>
        {busy ? t.busy({ sheet: PARTNERSHIP_SHEET }) : t.make({ sheet: PARTNERSHIP_SHEET })}
      </Button>
    </form>
  );
}
