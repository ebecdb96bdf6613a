/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { DemoPort } from '../../src/taskpane/demo/DemoPort';
import type { CellValue, WorkbookGrid } from '../../src/table/grid';

const HEADERS = ['Tiltak', 'Ordning', 'Fase', 'Hvem gjør hva', 'Kommuner', 'UH', 'Tilskudd eier', 'Start', 'Slutt'];
const ROW: CellValue[] = [
  'Lesing',
  'Dekom',
  'Vurdering og planlegging',
  'USN leder',
  'Drammen, Lier',
  'USN',
  100000,
  'høst 2024',
  'vår 2025',
];
const NEXT: CellValue[] = ['Regning', 'Dekom', 'Gjennomføring', 'USN leder', 'Drammen', 'USN', 50000, 'høst 2024', 'vår 2025'];

function workbook(): WorkbookGrid {
  return { sheets: [{ name: 'Tiltak', cells: [HEADERS, ROW, NEXT], origin: { row: 0, col: 0 }, merges: [], tables: [] }] };
}

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  Element.prototype.scrollIntoView ??= () => undefined;
});

it('shows the split, writes nothing until the user confirms, then splits the row and says what changed', async () => {
  const port = new DemoPort(workbook());
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} />
    </FluentProvider>,
  );
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
  expect(await screen.findByText(/^Del rad 2 i 2 rader: Vurdering \/ Planlegging\./)).toBeTruthy();

  // The offer asks first; Avbryt and the question itself write nothing.
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Del rad 2 …' })));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Avbryt' })));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Del rad 2 …' })));
  const confirm = screen.getByRole('button', { name: 'Ja, del rad 2 i 2 rader' });
  await waitFor(() => expect(document.activeElement).toBe(confirm));
  expect(port.grid.sheets[0]!.cells).toEqual([HEADERS, ROW, NEXT]);

  await act(async () => fireEvent.click(confirm));
  await waitFor(() => expect(port.grid.sheets[0]!.cells).toHaveLength(4));
  const [, first, copy, next] = port.grid.sheets[0]!.cells;
  expect(first).toEqual(ROW.map((v, c) => (c === 2 ? 'Vurdering' : v)));
  expect(copy).toEqual(ROW.map((v, c) => (c === 2 ? 'Planlegging' : v)));
  expect(next).toEqual(NEXT);
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toMatch(
      /^Delte rad 2 i 2 rader \(rad 2–3\): Vurdering \/ Planlegging \(var «Vurdering og planlegging»\)\. Sjekket: \d+ feil/,
    ),
  );
  expect(screen.queryByRole('button', { name: /^Del rad/ })).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Oppsummering' }));
}, 30_000);
