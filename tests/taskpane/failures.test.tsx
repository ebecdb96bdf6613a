/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { DemoPort } from '../../src/taskpane/demo/DemoPort';
import { HEADERS, renderPane, stubLayout, tiltakRow, tiltakWorkbook } from './pane';

beforeAll(stubLayout);

const live = () => screen.getByRole('status').textContent;
/** The failure box under the summary, as the user reads it. */
const shown = () => screen.getAllByRole('group').map((g) => g.textContent);

describe('one failure channel: nothing fails without a word', () => {
  it('announces a workbook that cannot be read when the pane opens, in the port’s own sentence', async () => {
    class Busy extends DemoPort {
      override async prepare(): Promise<void> {
        throw new Error('Excel venter mens du redigerer en celle. Trykk Enter eller Esc i cellen, og prøv igjen.');
      }
    }
    renderPane(new Busy(tiltakWorkbook(tiltakRow('Vurdering'))));
    await waitFor(() => expect(live()).toBe('Excel venter mens du redigerer en celle. Trykk Enter eller Esc i cellen, og prøv igjen.'));
    expect(shown()).toContain('Excel venter mens du redigerer en celle. Trykk Enter eller Esc i cellen, og prøv igjen.');
  });

  it('says so when the workbook’s events cannot be followed, so the user knows to press Valider', async () => {
    class Deaf extends DemoPort {
      override async onChanged(): Promise<() => void> {
        throw new Error();
      }
    }
    renderPane(new Deaf(tiltakWorkbook(tiltakRow('Vurdering'))));
    await waitFor(() => expect(live()).toBe('Panelet får ikke beskjed når du endrer arbeidsboken: trykk Valider etter endringene dine.'));
  });

  it('announces a fix that could not be written, with the fallback sentence when the error has none, and keeps the list', async () => {
    class Locked extends DemoPort {
      override async writeCellValue(): Promise<void> {
        throw new Error('');
      }
    }
    const row = tiltakRow('Vurdering');
    row[HEADERS.indexOf('Tilskudd eier')] = 'ca. 150 000';
    const port = new Locked(tiltakWorkbook(row));
    renderPane(port);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
    await screen.findByText('G2: «ca. 150 000» → 150 000 (sjekk at det stemmer)');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Rett G2 til 150 000 …' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ja, skriv 150 000 i G2' })));
    await waitFor(() => expect(live()).toBe('Verdien kunne ikke skrives.'));
    expect(port.value('Tiltak', 'G2')).toBe('ca. 150 000');
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
  });
});
