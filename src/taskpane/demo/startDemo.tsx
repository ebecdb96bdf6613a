import { FluentProvider, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import type { Root } from 'react-dom/client';
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

function DemoLayout({ port }: { port: DemoPort }) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <div className={styles.layout}>
        <div className={styles.sheet}>
          <SheetView port={port} />
        </div>
        <div className={styles.pane}>
          <App port={port} notice="Panelet kjører i demomodus på eksempelarbeidsboken. Endringer lagres ikke." />
        </div>
      </div>
    </div>
  );
}

/** Demo mode: the sample workbook through the .xlsx port, in the browser. Loaded only outside Office. */
export async function startDemo(root: Root, theme: Theme): Promise<void> {
  const response = await fetch(SAMPLE_URL);
  const port = new DemoPort(await readWorkbookGrid(await response.arrayBuffer()));
  root.render(
    <FluentProvider theme={theme}>
      <DemoLayout port={port} />
    </FluentProvider>,
  );
}
