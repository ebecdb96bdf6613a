import { FluentProvider, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import type { Root } from 'react-dom/client';
import { readWorkbookGrid } from '../../xlsx/read';
import { App } from '../App';
import { DemoPort } from './DemoPort';
import { SheetView } from './SheetView';

const SAMPLE_URL = 'assets/eksempel.xlsx';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 400px',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
  },
});

function DemoLayout({ port }: { port: DemoPort }) {
  const styles = useStyles();
  return (
    <div className={styles.layout}>
      <SheetView port={port} />
      <App port={port} notice="Panelet kjører utenfor Excel, i demomodus på eksempelarbeidsboken. Endringer blir ikke lagret." />
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
