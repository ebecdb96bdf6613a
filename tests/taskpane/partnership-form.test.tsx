/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DemoPort } from '../../src/taskpane/demo/DemoPort';
import { renderPane, stubLayout, tiltakRow, tiltakWorkbook } from './pane';

/** A table without a Partnerskap sheet: contact-missing and agreement-missing offer the form. */
const workbook = () => tiltakWorkbook(tiltakRow('Vurdering'));
const field = (name: string) => screen.getByRole('textbox', { name });
/** The messages and hints under a field, as the user reads them. */
const under = (name: string) => field(name).closest('.fui-Field')!.textContent;

beforeAll(stubLayout);

it('opens from the finding, writes nothing while a field is wrong, then makes the sheet and keeps the focus', async () => {
  const port = new DemoPort(workbook());
  renderPane(port);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
  const offers = await screen.findAllByRole('button', { name: 'Fyll inn i skjemaet' });
  await act(async () => fireEvent.click(offers[0]!));
  const form = await screen.findByRole('form', { name: 'Lag arket Partnerskap' });
  await waitFor(() => expect(form.contains(document.activeElement)).toBe(true));

  fireEvent.change(field('E-post'), { target: { value: 'kari@' } });
  fireEvent.change(field('Organisasjonsnummer'), { target: { value: '974 760 674' } });
  fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Skriftlig avtale' })).getByRole('radio', { name: 'Ja' }));
  await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Lag arket Partnerskap' })));
  expect(under('E-post')).toBe('E-postSkriv hele e-postadressen, for eksempel kari.nordmann@kommune.no.');
  // Nine digits were typed: the message says the check digit is wrong, not that nine digits are missing.
  expect(under('Organisasjonsnummer')).toBe(
    'Organisasjonsnummer«974760674» har ni siffer, men kontrollsifferet stemmer ikke: sjekk at sifrene er skrevet riktig.',
  );
  expect(port.grid.sheets.map((s) => s.name)).toEqual(['Tiltak']);
  // The cursor goes to the first wrong field in the form's order.
  await waitFor(() => expect(document.activeElement).toBe(field('Organisasjonsnummer')));

  fireEvent.change(field('E-post'), { target: { value: 'kari@drammen.kommune.no' } });
  fireEvent.change(field('Organisasjonsnummer'), { target: { value: '974 760 673' } });
  await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Lag arket Partnerskap' })));
  await waitFor(() => expect(port.grid.sheets.map((s) => s.name)).toEqual(['Tiltak', 'Partnerskap']));
  expect(port.value('Partnerskap', 'B6')).toBe('kari@drammen.kommune.no');
  expect(port.value('Partnerskap', 'B8')).toBe('ja');
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Laget arket Partnerskap og sjekket på nytt\. .*er rettet/));
  expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Oppsummering' }));
});

it('reads the agreement date as Norwegians write it, whatever the browser, and says back what it read', async () => {
  const port = new DemoPort(workbook());
  renderPane(port);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
  const offers = await screen.findAllByRole('button', { name: 'Fyll inn i skjemaet' });
  await act(async () => fireEvent.click(offers[0]!));
  const form = await screen.findByRole('form', { name: 'Lag arket Partnerskap' });
  expect(field('Avtaledato').getAttribute('type')).toBe('text');
  expect(under('Avtaledato')).toBe('AvtaledatoSkriv datoen som dd.mm.åååå, for eksempel 15.11.2023.');

  fireEvent.change(field('Avtaledato'), { target: { value: '15.11.2023' } });
  expect(under('Avtaledato')).toBe('AvtaledatoLeses som 15. november 2023.Skriv datoen som dd.mm.åååå, for eksempel 15.11.2023.');
  fireEvent.change(field('Avtaledato'), { target: { value: '11/15/2023' } });
  await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Lag arket Partnerskap' })));
  expect(under('Avtaledato')).toMatch(/^AvtaledatoSkriv en dato som finnes, som dd\.mm\.åååå/);
  expect(port.grid.sheets.map((s) => s.name)).toEqual(['Tiltak']);

  fireEvent.change(field('Avtaledato'), { target: { value: '5.1.2024' } });
  await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Lag arket Partnerskap' })));
  await waitFor(() => expect(port.value('Partnerskap', 'B9')).toBe('05.01.2024'));
});
