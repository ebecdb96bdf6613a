/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { DemoPort } from '../../src/taskpane/demo/DemoPort';
import { renderPane, stubLayout, tiltakRow, tiltakWorkbook } from './pane';

/** The demo port as Office would report itself: `display` is Office's display language. */
class OfficeLike extends DemoPort {
  constructor(private readonly display: string) {
    super(tiltakWorkbook(tiltakRow('Vurdering')));
  }
  override displayLanguage(): string {
    return this.display;
  }
}

/** The labels of the action bar, as the user reads them. */
const bar = () => [...document.querySelector('main h1')!.nextElementSibling!.querySelectorAll('button')].map((b) => b.textContent);

beforeAll(stubLayout);

describe('the pane speaks the language the workbook or Office asks for', () => {
  it('follows a nynorsk Office, loads nynorsk on demand, and sets <html lang>', async () => {
    renderPane(new OfficeLike('nn-NO'));
    await waitFor(() => expect(document.documentElement.lang).toBe('nn'));
    expect(bar()).toEqual(['Valider', 'Førre feil', 'Neste feil', 'Fjern markering']);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Sjekka: \d+ feil, \d+ åtvaringa?r?\.$/));
  });

  it('takes the language stored in the workbook over Office’s, and stores the user’s choice', async () => {
    const port = new OfficeLike('nn-NO');
    await port.saveLanguage('nb');
    renderPane(port);
    await waitFor(() => expect(document.documentElement.lang).toBe('nb'));
    expect(bar()).toEqual(['Valider', 'Forrige feil', 'Neste feil', 'Fjern markering']);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Nynorsk' })));
    await waitFor(() => expect(document.documentElement.lang).toBe('nn'));
    expect(await port.loadLanguage()).toBe('nn');
    expect(screen.getByRole('button', { name: 'Nynorsk' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('region', { name: 'Samandrag' }).textContent).toBe(
      'Trykk Valider for å sjekke tiltaka. Problema blir markerte på cellene, med råd om korleis dei kan rettast.',
    );
  });

  it('falls back to bokmål for an Office in another language', async () => {
    renderPane(new OfficeLike('en-US'));
    await waitFor(() => expect(document.documentElement.lang).toBe('nb'));
    expect(bar()).toEqual(['Valider', 'Forrige feil', 'Neste feil', 'Fjern markering']);
  });
});
