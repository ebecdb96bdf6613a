/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { TextEncoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { createExcelPort } from '../../src/excel/port';
import { missingFeaturesMessage } from '../../src/excel/requirements';
import { App } from '../../src/taskpane/App';
import { createExcelHost } from '../office-host/host';
import { HostWorkbook } from '../office-host/workbook';
import { EXCEL_2021, withExcelApi } from '../office-host/profiles';
import { addTiltakSheet } from '../excel/workbooks';
import { stubLayout } from './pane';

beforeAll(() => {
  stubLayout();
  // The simulated host uses two of Node's globals that jsdom's window lacks.
  globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;
  globalThis.structuredClone ??= (value) => deserialize(serialize(value));
});

/**
 * The pane as index.tsx starts it inside Excel: the Excel port over the real Office.js client (simulated
 * host), and the notice of what this Excel lacks. Both speak the pane's language, and follow a switch.
 */
describe('inside Excel, the pane’s language reaches the notice and the Excel port', () => {
  it('words the missing features and Excel’s errors in nynorsk for a nynorsk Office, in bokmål after a switch', async () => {
    const book = new HostWorkbook();
    addTiltakSheet(book, 3);
    // Excel 2021 without ExcelApi 1.13: merged cells cannot be read, which the pane must say.
    const host = createExcelHost(withExcelApi(EXCEL_2021, 12), book, { displayLanguage: 'nn-NO' });
    host.install();
    const port = createExcelPort(host.run);
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={port} notice={(texts) => missingFeaturesMessage(undefined, texts)} />
      </FluentProvider>,
    );

    const nynorsk =
      'Denne versjonen av Excel kan ikkje lese samanslåtte celler (krev ExcelApi 1.13). Oppdater Excel, eller bruk Excel på nettet.';
    const bokmal =
      'Denne versjonen av Excel kan ikke lese sammenslåtte celler (krever ExcelApi 1.13). Oppdater Excel, eller bruk Excel på nettet.';
    await screen.findByText(nynorsk);
    await expect(port.select('Finst ikkje', ['A1'])).rejects.toThrow(/^Fann ikkje arket/);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Bokmål' })));
    await screen.findByText(bokmal);
    expect(screen.queryByText(nynorsk)).toBeNull();
    await expect(port.select('Finnes ikke', ['A1'])).rejects.toThrow(/^Fant ikke arket/);
  });
});
