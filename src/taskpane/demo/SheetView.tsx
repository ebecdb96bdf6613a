import { Button, Field, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { cellAddress, columnLetter, isCellError, parseAddress, type CellValue } from '../../table/grid';
import { useTexts } from '../texts';
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
  // Column letters and row numbers stay in view while the sheet scrolls, as in Excel.
  columnHead: { position: 'sticky', top: 0, zIndex: 1 },
  rowHead: { position: 'sticky', left: 0, zIndex: 1 },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 2 },
  bar: { minWidth: 0, maxWidth: '100%' },
  input: { minWidth: 0, width: '100%' },
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
 * the arrow keys, and a formula bar: Enter edits the cell, and Enter in the bar writes the value
 * and moves down, back in the sheet, as Excel does.
 */
export function SheetView({ port }: { port: DemoPort }) {
  const styles = useStyles();
  const texts = useTexts();
  const t = texts.pane.demo;
  // Re-rendered on every change of the port (cells, highlights, selection).
  useSyncExternalStore(
    (cb) => port.subscribe(cb),
    () => port.revision,
  );
  const sheet = port.grid.sheets.find((s) => s.name === port.activeSheet) ?? port.grid.sheets[0]!;
  const selected = port.selection?.sheet === sheet.name ? port.selection.cells : [];
  const current = selected[0];
  const [text, setText] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  // The bar follows the cell's value, not every repaint: a highlight or a re-check drawn while the user
  // types must not put the old value back (the next Enter would write it).
  const stored = current ? show(port.value(sheet.name, current)) : '';
  useEffect(() => setText(stored), [current, sheet.name, stored]);

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
    <section className={styles.view} aria-label={t.sheetRegion}>
      <div className={styles.tabs} role="group" aria-label={t.sheets}>
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
        className={styles.bar}
        onSubmit={(e) => {
          e.preventDefault();
          if (!current) return;
          port.setCell(sheet.name, current, text);
          // As in Excel: Enter writes the value and moves the cursor one row down, in the sheet.
          const at = parseAddress(current);
          const lastRow = sheet.origin.row + Math.max(rows - 1, 0);
          if (at) port.selectCell(sheet.name, cellAddress(Math.min(at.row + 1, lastRow), at.col));
          gridRef.current?.focus();
        }}
      >
        <Field label={current ? t.value({ cell: current }) : t.pick} className={styles.bar}>
          <Input
            ref={barRef}
            className={styles.input}
            value={text}
            disabled={!current}
            onChange={(_, d) => setText(d.value)}
            data-testid="formula-bar"
          />
        </Field>
      </form>
      <div className={styles.scroll} ref={scrollRef}>
        <table
          ref={gridRef}
          className={styles.table}
          role="grid"
          aria-readonly
          tabIndex={0}
          onKeyDown={onKeyDown}
          aria-activedescendant={current ? cellId(current) : undefined}
          aria-describedby="demo-sheet-keys"
        >
          <caption className={styles.hidden}>{t.caption({ sheet: sheet.name })}</caption>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.corner)} scope="col">
                <span className={styles.hidden}>{t.row}</span>
              </th>
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={mergeClasses(styles.head, styles.columnHead)} scope="col">
                  {columnLetter(sheet.origin.col + c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={mergeClasses(styles.head, styles.rowHead)} scope="row">
                  {sheet.origin.row + r + 1}
                </th>
                {Array.from({ length: width }, (_, c) => {
                  const address = cellAddress(sheet.origin.row + r, sheet.origin.col + c);
                  const key = `${sheet.name}!${address}`;
                  const mark = port.highlights.get(key);
                  const reasons = port.reasons.get(key) ?? [];
                  const value = show(sheet.cells[r]?.[c] ?? null);
                  const why = mark ? `${texts.pane.findings.severity[mark]}: ${reasons.join(' ')}` : '';
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
        {t.keys}
      </p>
    </section>
  );
}
