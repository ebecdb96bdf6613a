import { FluentProvider, MessageBar, MessageBarBody, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';
import type { Root } from 'react-dom/client';
import { asOfRound } from '../../app/check';
import { localToday } from '../../app/dates';
import { nb } from '../../i18n';
import { readWorkbookGrid } from '../../xlsx/read';
import { App } from '../App';
import { DemoPort } from './DemoPort';
import { SheetView } from './SheetView';

const SAMPLE_URL = 'assets/eksempel.xlsx';

const useStyles = makeStyles({
  // The whole page takes the theme, so dark mode has no white margins or white-on-white text.
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(320px, 400px)',
    gridTemplateAreas: '"sheet pane"',
    alignItems: 'start',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
    // Below ~800 px the two stack, the pane at task-pane width first: it is what the demo shows.
    '@media (max-width: 800px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateAreas: '"pane" "sheet"',
      padding: 0,
    },
  },
  sheet: { gridArea: 'sheet', minWidth: 0, '@media (max-width: 800px)': { padding: `0 ${tokens.spacingHorizontalM}` } },
  // Side by side the pane scrolls on its own, as a task pane does, so the sheet stays in view.
  pane: {
    gridArea: 'pane',
    minWidth: 0,
    position: 'sticky',
    top: 0,
    maxHeight: `calc(100vh - 2 * ${tokens.spacingHorizontalM})`,
    overflowY: 'auto',
    '@media (max-width: 800px)': { position: 'static', maxHeight: 'none', overflowY: 'visible' },
  },
});

/**
 * The pane and the sheet side by side, as in Excel. The pane comes first in the page (and in the
 * Tab order): it is what the demo shows, and after Valider its summary is where the user is. F6
 * moves between pane and sheet, as it moves between Excel's panes.
 */
function DemoLayout({ port }: { port: DemoPort }) {
  const styles = useStyles();
  const paneRef = useRef<HTMLDivElement>(null);
  const sheetRef = useRef<HTMLDivElement>(null);
  const lastInPane = useRef<HTMLElement | null>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'F6' || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const active = document.activeElement as HTMLElement | null;
    if (paneRef.current?.contains(active)) {
      lastInPane.current = active;
      sheetRef.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
      return;
    }
    const back =
      (lastInPane.current?.isConnected ? lastInPane.current : null) ??
      paneRef.current?.querySelector<HTMLElement>('li[aria-current="true"] button') ??
      paneRef.current?.querySelector<HTMLElement>('button');
    back?.focus();
  };
  return (
    <div className={styles.page} onKeyDown={onKeyDown}>
      <App
        port={port}
        demo
        clock={asOfRound(localToday())}
        frame={(pane) => (
          <div className={styles.layout}>
            <div className={styles.pane} ref={paneRef}>
              {pane}
            </div>
            <div className={styles.sheet} ref={sheetRef}>
              <SheetView port={port} />
            </div>
          </div>
        )}
      />
    </div>
  );
}

/** Demo mode: the sample workbook through the .xlsx port, in the browser. Loaded only outside Office. */
export async function startDemo(root: Root, theme: Theme): Promise<void> {
  let port: DemoPort;
  try {
    const response = await fetch(SAMPLE_URL);
    if (!response.ok) throw new Error(String(response.status));
    port = new DemoPort(await readWorkbookGrid(await response.arrayBuffer()));
  } catch {
    // Before the pane (and its language) exists: the first screen's language, said as an alert.
    root.render(
      <FluentProvider theme={theme}>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{nb.pane.demo.loadFailed}</MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
    return;
  }
  root.render(
    <FluentProvider theme={theme}>
      <DemoLayout port={port} />
    </FluentProvider>,
  );
}
