import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { cellAddress, columnLetter, isCellError, type CellValue } from '../../table/grid';
import type { DemoPort } from './DemoPort';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { display: 'flex', gap: tokens.spacingHorizontalXS },
  scroll: { overflow: 'auto', maxHeight: '70vh', border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    maxWidth: '180px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    cursor: 'cell',
  },
  error: { backgroundColor: '#F8C9C4', color: '#000' },
  warning: { backgroundColor: '#FFE3A3', color: '#000' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

function show(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  return String(value);
}

/** A simple drawing of the demo workbook: the highlights, the selected cell and a formula bar to edit it. */
export function SheetView({ port }: { port: DemoPort }) {
  const styles = useStyles();
  const version = useSyncExternalStore(
    (cb) => port.subscribe(cb),
    () => port.revision,
  );
  const sheet = port.grid.sheets.find((s) => s.name === port.activeSheet) ?? port.grid.sheets[0]!;
  const selected = port.selection?.sheet === sheet.name ? port.selection.cells : [];
  const current = selected[0];
  const [text, setText] = useState('');
  useEffect(() => setText(current ? show(port.value(sheet.name, current)) : ''), [current, sheet.name, port, version]);

  const width = Math.max(0, ...sheet.cells.map((r) => r.length));
  const rows = sheet.cells.length;
  useEffect(() => {
    if (current) document.querySelector(`[data-address="${current}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);

  return (
    <section className={styles.view} aria-label="Eksempelarbeidsbok">
      <div className={styles.tabs} role="group" aria-label="Ark">
        {port.grid.sheets.map((s) => (
          <Button
            key={s.name}
            size="small"
            appearance={s.name === sheet.name ? 'primary' : 'secondary'}
            aria-pressed={s.name === sheet.name}
            onClick={() => port.showSheet(s.name)}
          >
            {s.name}
          </Button>
        ))}
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (current) port.setCell(sheet.name, current, text);
        }}
      >
        <Field label={current ? `Verdi i ${current}` : 'Velg en celle for å endre den'}>
          <Input value={text} disabled={!current} onChange={(_, d) => setText(d.value)} data-testid="formula-bar" />
        </Field>
      </form>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={`Arket ${sheet.name} (demo)`}>
        <table className={styles.table}>
          <caption style={{ position: 'absolute', left: '-10000px' }}>Arket {sheet.name}</caption>
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                <span style={{ position: 'absolute', left: '-10000px' }}>Rad</span>
              </th>
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetter(sheet.origin.col + c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={styles.head} scope="row">
                  {sheet.origin.row + r + 1}
                </th>
                {Array.from({ length: width }, (_, c) => {
                  const address = cellAddress(sheet.origin.row + r, sheet.origin.col + c);
                  const mark = port.highlights.get(`${sheet.name}!${address}`);
                  const value = show(sheet.cells[r]?.[c] ?? null);
                  const cls = [
                    styles.cell,
                    mark === 'error' ? styles.error : mark === 'warning' ? styles.warning : '',
                    selected.includes(address) ? styles.selected : '',
                  ]
                    .filter(Boolean)
                    .join(' ');
                  return (
                    <td
                      key={c}
                      className={cls}
                      data-address={address}
                      data-mark={mark ?? ''}
                      title={value}
                      onClick={() => port.selectCell(sheet.name, address)}
                    >
                      {value}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
