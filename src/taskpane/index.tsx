import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { copyText, download } from './download';
import { whenOfficeReady } from './office';
import { pickTheme } from './theme';
import { createExcelPort } from '../excel/port';
import { missingFeaturesMessage } from '../excel/requirements';

/** Inside Excel: the pane over the workbook. Elsewhere: demo mode, loaded only then. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  let inExcel = false;
  const showExcel = () => {
    inExcel = true;
    root.render(
      <FluentProvider theme={pickTheme()}>
        <App port={createExcelPort(undefined, { download, copyText })} notice={(texts) => missingFeaturesMessage(undefined, texts)} />
      </FluentProvider>,
    );
  };
  // Excel may report in after the timeout: the pane then leaves demo mode for the workbook.
  const { host } = await whenOfficeReady(3000, showExcel);
  if (host === 'excel') return showExcel();
  const { startDemo } = await import(/* webpackChunkName: "demo" */ './demo/startDemo');
  if (!inExcel) await startDemo(root, pickTheme());
}

void start();
