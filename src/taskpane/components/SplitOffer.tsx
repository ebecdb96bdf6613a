import { Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Comparison } from '../../app/compare';
import type { GridEdit } from '../../app/edits';
import { divide, equalShares, sharesValid, splitEdit, type SplitProposal } from '../../app/split';
import { useTexts } from '../texts';
import { Offer } from './Offer';

const useStyles = makeStyles({
  split: { gridColumn: '2', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  shares: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, border: 0, margin: 0, padding: 0, minWidth: 0 },
  share: { width: '9em', maxWidth: '100%' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * "Del rad 6 i 2 rader: Vurdering / Planlegging": how the amounts are divided (equal shares to
 * start with, changed by the user), what each row gets, and "keep one phase" as the other way.
 * Both ask first and show what they do to the melding.
 */
export function SplitOffer({
  split,
  preview,
  describe,
  onEdit,
}: {
  split: SplitProposal;
  preview: (edit: GridEdit) => Comparison | undefined;
  describe: (c: Comparison) => string;
  onEdit: (edit: GridEdit, said: string) => Promise<void>;
}) {
  const styles = useStyles();
  const { pane } = useTexts();
  const t = pane.split;
  const [shares, setShares] = useState(() => equalShares(split.phases.length).map(String));
  if (split.refusal)
    return (
      <Text className={styles.split} size={200}>
        {t.refusal({ row: split.row, table: split.refusal.table, copies: split.phases.length - 1 })}
      </Text>
    );
  const numbers = shares.map((s) => Number(s.trim()));
  const valid = sharesValid(numbers, split.phases.length);
  const divided = valid ? split.amounts.map((a) => divide(a.value, numbers)) : [];
  const edit = splitEdit(split, { kind: 'split', shares: valid ? numbers : equalShares(split.phases.length) });
  const last = split.row + split.phases.length - 1;
  const said = pane.say.split({ row: split.row, last, phases: split.phases, old: split.old });
  const labels = {
    offer: t.offer({ row: split.row }),
    confirm: t.confirm({ row: split.row, count: split.phases.length }),
    busy: t.busy({ row: split.row }),
  };
  const division = (
    <>
      <Text size={200}>{t.copies}</Text>
      {split.amounts.length > 0 && (
        <>
          <Text size={200}>{t.amounts}</Text>
          <fieldset className={styles.shares}>
            <legend className={styles.list}>{t.shares}</legend>
            {split.phases.map((phase, i) => (
              <Field key={phase} label={t.share({ phase })} className={styles.share}>
                <Input
                  inputMode="numeric"
                  value={shares[i]}
                  onChange={(_, d) => setShares(shares.map((s, k) => (k === i ? d.value : s)))}
                />
              </Field>
            ))}
          </fieldset>
          {valid ? (
            <ul className={styles.list} aria-live="polite">
              {split.phases.map((phase, i) => (
                <li key={phase}>
                  <Text size={200}>
                    {t.result({
                      phase,
                      amounts: split.amounts.map((a, k) => ({ column: `${a.column}${split.row + i}`, value: divided[k]![i]! })),
                    })}
                  </Text>
                </li>
              ))}
            </ul>
          ) : (
            <Text size={200} role="alert">
              {t.sharesInvalid}
            </Text>
          )}
        </>
      )}
      {split.unread.length > 0 && <Text size={200}>{t.unread({ cells: split.unread.map((u) => `${u.column}${split.row}`) })}</Text>}
    </>
  );
  // The offer's first screen is one line and its buttons: the division opens with "Del rad …".
  return (
    <div className={styles.split}>
      <Text size={200}>{t.summary({ row: split.row, phases: split.phases })}.</Text>
      <Offer
        labels={labels}
        certain={false}
        ready={valid}
        details={division}
        preview={() => preview(edit)}
        describe={describe}
        apply={() => onEdit(edit, said)}
      />
      {split.phases.map((phase, i) => {
        const keep = splitEdit(split, { kind: 'keep', phase: i });
        const value = pane.fix.text(phase);
        const cell = `${split.column}${split.row}`;
        return (
          <Offer
            key={phase}
            labels={{ offer: t.keep({ phase }), confirm: pane.fix.confirm({ cell, value }), busy: pane.fix.busy({ value }) }}
            certain={false}
            preview={() => preview(keep)}
            describe={describe}
            apply={() => onEdit(keep, pane.say.wrote({ value, cell, old: split.old }))}
          />
        );
      })}
    </div>
  );
}
