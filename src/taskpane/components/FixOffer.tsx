import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Comparison } from '../../app/compare';
import type { GridEdit } from '../../app/edits';
import type { Fix } from '../../app/fixes';
import { useTexts } from '../texts';
import { Offer } from './Offer';

const useStyles = makeStyles({
  fix: { gridColumn: '2', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

/** A new value as the user reads it: a number as Norwegians write it, a text in «». */
export function useShowValue(): (value: string | number) => string {
  const texts = useTexts();
  return (value) => (typeof value === 'number' ? texts.format.number(value) : texts.pane.fix.text(value));
}

/** "J7: «ca. 200 000» → 200 000 (sjekk at det stemmer)", and the offer. */
export function FixOffer({
  fix,
  preview,
  describe,
  onEdit,
}: {
  fix: Fix;
  preview: (edit: GridEdit) => Comparison | undefined;
  describe: (c: Comparison) => string;
  onEdit: (edit: GridEdit, said: string) => Promise<void>;
}) {
  const styles = useStyles();
  const { pane } = useTexts();
  const show = useShowValue();
  const value = show(fix.value);
  const cell = fix.address;
  const edit: GridEdit = { kind: 'cells', sheet: fix.sheet, cells: [{ address: cell, value: fix.value }] };
  const labels = { offer: pane.fix.offer({ cell, value }), confirm: pane.fix.confirm({ cell, value }), busy: pane.fix.busy({ value }) };
  return (
    <div className={styles.fix}>
      <Text size={200}>{pane.fix.shows({ cell, old: fix.old, value, certain: fix.certain })}</Text>
      <Offer
        labels={labels}
        certain={fix.certain}
        preview={() => preview(edit)}
        describe={describe}
        apply={() => onEdit(edit, pane.say.wrote({ value, cell, old: fix.old }))}
      />
    </div>
  );
}
