import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { TILTAK_FIELDS } from '../../domain/fields';
import type { TiltakTable } from '../../domain/model';
import type { ColumnOverrides } from '../../port/workbook-port';
import { useTexts } from '../texts';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr', rowGap: tokens.spacingVerticalS },
});

/** Field → column picker over the detected header row; the choice is saved in the workbook. */
export function MappingEditor({
  table,
  columns,
  overrides,
  onSave,
}: {
  table: TiltakTable;
  columns: ReadonlyArray<{ column: string; header: string }>;
  overrides: ColumnOverrides | null;
  onSave: (next: ColumnOverrides) => Promise<void>;
}) {
  const styles = useStyles();
  const texts = useTexts();
  const t = texts.pane.columns;
  const [draft, setDraft] = useState<ColumnOverrides>(() => ({ ...overrides }));
  const current = (key: string) => draft[key] ?? table.mapping[key as keyof TiltakTable['mapping']]?.column ?? '';
  return (
    <form
      className={styles.grid}
      aria-label={t.form}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(draft);
      }}
    >
      {TILTAK_FIELDS.map((f) => (
        <Field key={f.key} label={f.required ? t.required({ label: texts.domain.fields[f.key] }) : texts.domain.fields[f.key]}>
          <Select value={current(f.key)} onChange={(_, d) => setDraft({ ...draft, [f.key]: d.value })}>
            <option value="">{t.none}</option>
            {columns.map((c) => (
              <option key={c.column} value={c.column}>
                {c.column}: {c.header}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <Button type="submit" appearance="primary">
        {t.save}
      </Button>
    </form>
  );
}
