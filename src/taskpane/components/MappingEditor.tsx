import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { TILTAK_FIELDS } from '../../domain/fields';
import type { TiltakTable } from '../../domain/model';
import { nb } from '../../i18n';
import type { ColumnOverrides } from '../../port/workbook-port';

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
  const [draft, setDraft] = useState<ColumnOverrides>(() => ({ ...overrides }));
  const current = (key: string) => draft[key] ?? table.mapping[key as keyof TiltakTable['mapping']]?.column ?? '';
  return (
    <form
      className={styles.grid}
      aria-label="Kolonnevalg"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(draft);
      }}
    >
      {TILTAK_FIELDS.map((f) => (
        <Field key={f.key} label={`${nb.domain.fields[f.key]}${f.required ? ' (påkrevd)' : ''}`}>
          <Select value={current(f.key)} onChange={(_, d) => setDraft({ ...draft, [f.key]: d.value })}>
            <option value="">– ingen kolonne –</option>
            {columns.map((c) => (
              <option key={c.column} value={c.column}>
                {c.column}: {c.header}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <Button type="submit" appearance="primary">
        Lagre kolonnevalg
      </Button>
    </form>
  );
}
