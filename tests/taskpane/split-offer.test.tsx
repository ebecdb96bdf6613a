/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DemoPort } from '../../src/taskpane/demo/DemoPort';
import { HEADERS, renderPane, stubLayout, tiltakRow, tiltakWorkbook } from './pane';

const ROW = tiltakRow('Vurdering og planlegging', 'Lesing', 'Drammen, Lier', 100001);
const NEXT = tiltakRow('Gjennomføring', 'Regning', 'Drammen', 50000);
const workbook = () => tiltakWorkbook(ROW, NEXT);
const AMOUNT = HEADERS.indexOf('Tilskudd eier');
const FASE = HEADERS.indexOf('Fase');
const TITLE = HEADERS.indexOf('Tiltak');

beforeAll(stubLayout);

/** The finding that offers the split, as the user reads it. */
const offerItem = () => screen.getByText(/^Del rad 2 i 2 rader: Vurdering \/ Planlegging\./).closest('li')!;

it('divides the money as the user says, shows what gets worse before it writes, then splits and says both', async () => {
  const port = new DemoPort(workbook());
  renderPane(port);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
  await screen.findByText(/^Del rad 2 i 2 rader/);
  // The offer asks first; the division opens with it, equal shares to start with.
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Del rad 2 …' })));
  const confirm = screen.getByRole('button', { name: 'Ja, del rad 2 i 2 rader' });
  await waitFor(() => expect(document.activeElement).toBe(confirm));
  expect(within(offerItem()).getByRole('list').textContent).toBe('Vurdering: G2 50 001 krPlanlegging: G3 50 000 kr');

  // The user gives planning a fifth; shares that do not sum to 100 block the split.
  fireEvent.change(screen.getByRole('textbox', { name: 'Andel til Planlegging (prosent)' }), { target: { value: '20' } });
  expect(within(offerItem()).getByRole('alert').textContent).toBe('Skriv hele prosent som til sammen blir 100.');
  expect(confirm.getAttribute('aria-disabled')).toBe('true');
  fireEvent.change(screen.getByRole('textbox', { name: 'Andel til Vurdering (prosent)' }), { target: { value: '80' } });
  expect(within(offerItem()).getByRole('list').textContent).toBe('Vurdering: G2 80 001 krPlanlegging: G3 20 000 kr');
  // What it does to the melding, before anything is written.
  expect(within(offerItem()).getByRole('note').textContent).toMatch(
    /^Dette skjer med meldingen: Bedre: C2 er rettet\. Verre: \d+ nye? feil i /,
  );
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Avbryt' })));
  expect(port.grid.sheets[0]!.cells).toEqual([HEADERS, ROW, NEXT]);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Del rad 2 …' })));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ja, del rad 2 i 2 rader' })));
  await waitFor(() => expect(port.grid.sheets[0]!.cells).toHaveLength(4));
  const [, first, copy, next] = port.grid.sheets[0]!.cells;
  expect(first).toEqual(ROW.map((v, c) => (c === FASE ? 'Vurdering' : c === AMOUNT ? 80001 : c === TITLE ? 'Lesing – vurdering' : v)));
  expect(copy).toEqual(ROW.map((v, c) => (c === FASE ? 'Planlegging' : c === AMOUNT ? 20000 : c === TITLE ? 'Lesing – planlegging' : v)));
  expect(next).toEqual(NEXT);
  // What was done with the old value, then better and worse side by side.
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toMatch(
      /^Delte rad 2 i 2 rader \(rad 2–3\): Vurdering \/ Planlegging \(var «Vurdering og planlegging»\)\. Bedre: C2 er rettet\. Verre: .+\. Nå \d+ feil/,
    ),
  );
  expect(screen.getByRole('region', { name: 'Oppsummering' }).textContent).toMatch(
    /Siste endring fra tillegget: Delte rad 2 i 2 rader \(rad 2–3\): Vurdering \/ Planlegging \(var «Vurdering og planlegging»\)\./,
  );
  expect(screen.queryByRole('button', { name: /^Del rad/ })).toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Oppsummering' }));
});

it('keeps one phase instead: one cell written, nothing worse, the old value kept on screen', async () => {
  const port = new DemoPort(workbook());
  renderPane(port);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
  await screen.findByText(/^Del rad 2 i 2 rader/);
  const keep = screen.getByRole('button', { name: 'Behold bare «Vurdering» …' });
  await act(async () => fireEvent.click(keep));
  expect(within(offerItem()).getByRole('note').textContent).toBe('Dette skjer med meldingen: C2 er rettet.');
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ja, skriv «Vurdering» i C2' })));
  await waitFor(() => expect(port.value('Tiltak', 'C2')).toBe('Vurdering'));
  expect(port.grid.sheets[0]!.cells).toHaveLength(3);
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toMatch(
      /^Skrev «Vurdering» i C2 \(var «Vurdering og planlegging»\)\. C2 er rettet\. Nå \d+ feil/,
    ),
  );
  expect(screen.getByRole('region', { name: 'Oppsummering' }).textContent).toMatch(
    /Siste endring fra tillegget: Skrev «Vurdering» i C2 \(var «Vurdering og planlegging»\)\./,
  );
});
