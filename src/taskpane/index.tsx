import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { whenOfficeReady } from './office';
import { pickTheme } from './theme';
import { createExcelPort } from '../excel/port';
import { missingFeaturesMessage } from '../excel/requirements';

/** Inside Excel: the pane over the workbook. Elsewhere: demo mode, loaded only then. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const { host } = await whenOfficeReady(3000);
  if (host === 'excel') {
    root.render(
      <FluentProvider theme={pickTheme()}>
        <App port={createExcelPort()} notice={missingFeaturesMessage() ?? undefined} />
      </FluentProvider>,
    );
    return;
  }
  const { startDemo } = await import(/* webpackChunkName: "demo" */ './demo/startDemo');
  await startDemo(root, pickTheme());
}

void start();
