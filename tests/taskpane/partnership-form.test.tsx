/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DemoPort } from '../../src/taskpane/demo/DemoPort';
import { renderPane, stubLayout, tiltakRow, tiltakWorkbook } from './pane';

/** A table without a Partnerskap sheet: contact-missing and agreement-missing offer the form. */
const workbook = () => tiltakWorkbook(tiltakRow('Vurdering'));

beforeAll(stubLayout);

it('opens from the finding, writes nothing while a field is wrong, then makes the sheet and keeps the focus', async () => {
  const port = new DemoPort(workbook());
  renderPane(port);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
  const offers = await screen.findAllByRole('button', { name: 'Fyll inn i skjemaet' });
  await act(async () => fireEvent.click(offers[0]!));
  const form = await screen.findByRole('form', { name: 'Lag arket Partnerskap' });
  await waitFor(() => expect(form.contains(document.activeElement)).toBe(true));

  fireEvent.change(screen.getByRole('textbox', { name: 'E-post' }), { target: { value: 'kari@' } });
  fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Skriftlig avtale' })).getByRole('radio', { name: 'Ja' }));
  await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Lag arket Partnerskap' })));
  expect((await screen.findByText(/Skriv hele e-postadressen/)).textContent).toMatch(/Skriv hele e-postadressen/);
  expect(port.grid.sheets.map((s) => s.name)).toEqual(['Tiltak']);
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'E-post' })));

  fireEvent.change(screen.getByRole('textbox', { name: 'E-post' }), { target: { value: 'kari@drammen.kommune.no' } });
  await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Lag arket Partnerskap' })));
  await waitFor(() => expect(port.grid.sheets.map((s) => s.name)).toEqual(['Tiltak', 'Partnerskap']));
  expect(port.value('Partnerskap', 'B6')).toBe('kari@drammen.kommune.no');
  expect(port.value('Partnerskap', 'B8')).toBe('ja');
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Laget arket Partnerskap og sjekket på nytt.'));
  expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Oppsummering' }));
}, 30_000);
