/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { findProfile } from '../../src/domain/profiles';
import { DemoPort } from '../../src/taskpane/demo/DemoPort';
import { renderPane as renderWholePane, stubLayout, tiltakRow, tiltakWorkbook } from './pane';

/** A 2024 table (its Ordning column names Dekom), as the demo port holds it. */
const workbook = () => tiltakWorkbook(tiltakRow('Vurdering'));

/** The pane, with its Profil section opened (it starts collapsed, below the findings). */
function renderPane(port: DemoPort) {
  const rendered = renderWholePane(port);
  fireEvent.click(within(rendered.container).getByRole('button', { name: /^Profil:/ }));
  return rendered;
}

const fileInput = (container: HTMLElement) => container.querySelector('input[type="file"]') as HTMLInputElement;
const choose = (input: HTMLInputElement, name: string, text: string) =>
  act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
  });

beforeAll(stubLayout);

describe('the pane chooses, shows and keeps the profile', () => {
  it('says which profile a check chose and why, with its status and sources', async () => {
    const port = new DemoPort(workbook());
    renderPane(port);
    expect(screen.getByText('Profilen velges ut fra tabellen når du trykker Valider.').textContent).toBe(
      'Profilen velges ut fra tabellen når du trykker Valider.',
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
    const chosen = await screen.findByRole('group', { name: 'Valgt profil' });
    const name = findProfile('kompetansenettverk-2024')!.name;
    expect(within(chosen).getByText(name).textContent).toBe(name);
    expect(within(chosen).getByText('Fastsatt').textContent).toBe('Fastsatt');
    expect(within(chosen).getByText(/^Ordning-kolonnen nevner desentralisert ordning/).textContent).toMatch(
      /^Ordning-kolonnen nevner desentralisert ordning/,
    );
    expect(within(chosen).getByText('Kilder (2)').textContent).toBe('Kilder (2)');
    // Each finding can show where its rule comes from.
    const sources = screen.getAllByText('Kilde');
    expect(sources.length).toBeGreaterThan(0);
    const texts = sources.map((s) => s.closest('details')!.textContent);
    expect(texts.every((t) => /^Kilde.+«.+»$/.test(t ?? ''))).toBe(true);
    expect(texts.some((t) => t?.startsWith('KildeBrukerveiledning Behovsmeldinger 2024«'))).toBe(true);
  });

  it('keeps a loaded profile file in the workbook through the port, and checks with it', async () => {
    const port = new DemoPort(workbook());
    const { container } = renderPane(port);
    const own = { ...findProfile('kollektiv-kompetanseutvikling-2026')!, id: 'vestland-2026', name: 'Vestland 2026 (foreløpig)' };
    const json = JSON.stringify(own);
    await choose(fileInput(container), 'vestland.json', json);
    await waitFor(async () => expect(await port.loadStoredProfile()).toEqual({ kind: 'file', json }));
    const chosen = screen.getByRole('group', { name: 'Valgt profil' });
    expect(within(chosen).getByText('Vestland 2026 (foreløpig)').textContent).toBe('Vestland 2026 (foreløpig)');
    expect(within(chosen).getByText('Foreløpig').textContent).toBe('Foreløpig');
    expect(within(chosen).getByText('Profilen er lastet fra fil og lagret i arbeidsboken.').textContent).toBe(
      'Profilen er lastet fra fil og lagret i arbeidsboken.',
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
    // The 2026 rules: the 2024 scheme is unknown, and the foreløpig profile says so once.
    await waitFor(() => expect(container.querySelectorAll('[data-rule="profile-preliminary"]')).toHaveLength(1));
    expect(container.querySelectorAll('[data-rule="scheme-invalid"]')).toHaveLength(1);

    // A new pane over the same workbook starts from the stored profile.
    const again = renderPane(port);
    await waitFor(() => expect(within(again.container).getAllByText('Vestland 2026 (foreløpig)').length).toBeGreaterThan(0));
  });

  it('remembers a built-in profile picked for this workbook', async () => {
    const port = new DemoPort(workbook());
    renderPane(port);
    await act(async () => fireEvent.change(screen.getByRole('combobox'), { target: { value: 'oslo-viken-2024' } }));
    await waitFor(async () => expect(await port.loadStoredProfile()).toEqual({ kind: 'builtin', id: 'oslo-viken-2024' }));
    expect(screen.getByText('Profilen er valgt for denne arbeidsboken.').textContent).toBe('Profilen er valgt for denne arbeidsboken.');
  });

  it('refuses a bad profile file with a Norwegian sentence naming the bad field, and stores nothing', async () => {
    const port = new DemoPort(workbook());
    const { container } = renderPane(port);
    const bad = {
      ...findProfile('kompetansenettverk-2024')!,
      parameters: { ...findProfile('kompetansenettverk-2024')!.parameters, deadline: '15.12.2023' },
    };
    await choose(fileInput(container), 'feil.json', JSON.stringify(bad));
    const refusal = '«feil.json»: Profilen er ikke gyldig: «parameters › deadline» – datoen skrives ÅÅÅÅ-MM-DD.';
    expect((await screen.findByText(refusal)).textContent).toBe(refusal);
    expect(await port.loadStoredProfile()).toBeNull();
  });
});
