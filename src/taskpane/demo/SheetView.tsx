import { Button, Field, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { cellAddress, columnLetter, isCellError, parseAddress, type CellValue } from '../../table/grid';
import type { DemoPort } from './DemoPort';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  scroll: {
    // Contains the visually hidden reasons, which would otherwise widen the page.
    position: 'relative',
    overflow: 'auto',
    maxHeight: '70vh',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    '@media (max-width: 800px)': { maxHeight: '50vh' },
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
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
  // As in Excel: not colour alone – an error is bold in a solid frame, a warning italic in a dashed one.
  error: { backgroundColor: '#F8C9C4', color: '#000', fontWeight: tokens.fontWeightBold, border: '2px solid #A4262C' },
  warning: { backgroundColor: '#FFE3A3', color: '#000', fontStyle: 'italic', border: '2px dashed #8A6100' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

const MARK_LABEL = { error: 'Feil', warning: 'Advarsel', info: 'Råd' } as const;
const STEPS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

function show(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  return String(value);
}

/** Scroll `el` into view inside `box` only: scrolling the page would move the pane and its focus away. */
function scrollWithin(box: HTMLElement, el: HTMLElement): void {
  const b = box.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.top < b.top) box.scrollTop -= b.top - r.top;
  else if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom;
  if (r.left < b.left) box.scrollLeft -= b.left - r.left;
  else if (r.right > b.right) box.scrollLeft += r.right - b.right;
}

/**
 * A simple drawing of the demo workbook: the highlights with their reasons, a cell cursor moved by
 * the arrow keys (Enter edits), and a formula bar.
 */
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
  const scrollRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLInputElement>(null);
  useEffect(() => setText(current ? show(port.value(sheet.name, current)) : ''), [current, sheet.name, port, version]);

  const width = Math.max(0, ...sheet.cells.map((r) => r.length));
  const rows = sheet.cells.length;
  const cellId = (address: string) => `demo-cell-${address}`;
  useEffect(() => {
    const el = current && document.getElementById(cellId(current));
    if (el && scrollRef.current) scrollWithin(scrollRef.current, el);
  }, [current]);
  // Another sheet (e.g. a new melding) opens at its top-left corner.
  useEffect(() => {
    scrollRef.current?.scrollTo({ left: 0, top: 0 });
  }, [sheet.name]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if ((e.key === 'Enter' || e.key === 'F2') && current) {
      e.preventDefault();
      barRef.current?.focus();
      return;
    }
    const step = STEPS[e.key];
    if (!step) return;
    e.preventDefault();
    const at = (current && parseAddress(current)) || { row: sheet.origin.row, col: sheet.origin.col };
    const row = Math.min(Math.max(at.row + (current ? step[0] : 0), sheet.origin.row), sheet.origin.row + Math.max(rows - 1, 0));
    const col = Math.min(Math.max(at.col + (current ? step[1] : 0), sheet.origin.col), sheet.origin.col + Math.max(width - 1, 0));
    port.selectCell(sheet.name, cellAddress(row, col));
  };

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
          <Input ref={barRef} value={text} disabled={!current} onChange={(_, d) => setText(d.value)} data-testid="formula-bar" />
        </Field>
      </form>
      <div className={styles.scroll} ref={scrollRef}>
        <table
          className={styles.table}
          role="grid"
          aria-readonly
          tabIndex={0}
          onKeyDown={onKeyDown}
          aria-activedescendant={current ? cellId(current) : undefined}
          aria-describedby="demo-sheet-keys"
        >
          <caption className={styles.hidden}>Arket {sheet.name}</caption>
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                <span className={styles.hidden}>Rad</span>
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
                  const key = `${sheet.name}!${address}`;
                  const mark = port.highlights.get(key);
                  const reasons = port.reasons.get(key) ?? [];
                  const value = show(sheet.cells[r]?.[c] ?? null);
                  const why = mark ? `${MARK_LABEL[mark]}: ${reasons.join(' ')}` : '';
                  return (
                    <td
                      key={c}
                      id={cellId(address)}
                      className={mergeClasses(
                        styles.cell,
                        mark === 'error' && styles.error,
                        mark === 'warning' && styles.warning,
                        selected.includes(address) && styles.selected,
                      )}
                      data-address={address}
                      data-mark={mark ?? ''}
                      title={why ? `${value}\n${why}` : value}
                      onClick={() => port.selectCell(sheet.name, address)}
                    >
                      {value}
                      {why && <span className={styles.hidden}> ({why})</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="demo-sheet-keys" className={styles.hidden}>
        Piltastene flytter markøren, Enter redigerer cellen.
      </p>
    </section>
  );
}
