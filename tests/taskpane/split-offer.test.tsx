/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { DemoPort } from '../../src/taskpane/demo/DemoPort';
import { HEADERS, renderPane, stubLayout, tiltakRow, tiltakWorkbook } from './pane';

const ROW = tiltakRow('Vurdering og planlegging');
const NEXT = tiltakRow('Gjennomføring', 'Regning', 'Drammen', 50000);
const workbook = () => tiltakWorkbook(ROW, NEXT);

beforeAll(stubLayout);

it('shows the split, writes nothing until the user confirms, then splits the row and says what changed', async () => {
  const port = new DemoPort(workbook());
  renderPane(port);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
  const offer = await screen.findByText(/^Del rad 2 i 2 rader: Vurdering \/ Planlegging\./);
  expect(offer.textContent).toMatch(/^Del rad 2 i 2 rader: Vurdering \/ Planlegging\. /);

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
