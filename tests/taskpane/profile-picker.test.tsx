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
/** The chosen profile's box as the user reads it: name, badge, reason, warnings, sources, line by line. */
const chosenText = () => screen.getByRole('group', { name: 'Valgt profil' }).textContent;
const live = () => screen.getByRole('status').textContent;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(stubLayout);
// Rendering the whole pane in jsdom takes seconds on a loaded machine: a guard against hanging, not a measure.

describe('the pane chooses, shows and keeps the profile', () => {
  it('says which profile a check chose and why, with its status and sources', async () => {
    const port = new DemoPort(workbook());
    renderPane(port);
    expect(screen.getByRole('region', { name: 'Profil' }).textContent).toMatch(/Profilen velges ut fra tabellen når du trykker Valider\.$/);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
    await screen.findByRole('group', { name: 'Valgt profil' });
    const name = findProfile('kompetansenettverk-2024')!.name;
    expect(chosenText()).toMatch(new RegExp(`^${escape(name)}FastsattOrdning-kolonnen nevner desentralisert ordning.*Kilder \\(2\\)`));
    // Each finding can show where its rule comes from.
    const texts = screen.getAllByText('Kilde').map((s) => s.closest('details')!.textContent);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => /^Kilde.+«.+»$/.test(t ?? ''))).toBe(true);
    expect(texts.some((t) => t?.startsWith('KildeBrukerveiledning Behovsmeldinger 2024«'))).toBe(true);
  });

  it('keeps a loaded profile file in the workbook through the port, checks with it, and never gives a file the green badge', async () => {
    const port = new DemoPort(workbook());
    const { container } = renderPane(port);
    const own = { ...findProfile('kompetansenettverk-2024')!, id: 'vestland-2024', name: 'Vestland 2024' };
    const json = JSON.stringify(own);
    await choose(fileInput(container), 'vestland.json', json);
    await waitFor(async () => expect(await port.loadStoredProfile()).toEqual({ kind: 'file', json }));
    expect(live()).toBe('Lastet profilen «Vestland 2024» fra fil og lagret den i arbeidsboken.');
    expect(chosenText()).toMatch(
      /^Vestland 2024Egen filProfilen er lastet fra fil og lagret i arbeidsboken\.Profilen kommer fra en fil og er ikke en av tilleggets egne\. Filen kaller den «fastsatt»; det er ikke kontrollert her\./,
    );
    expect(within(screen.getByRole('group', { name: 'Valgt profil' })).queryByText('Fastsatt')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
    await waitFor(() => expect(live()).toMatch(/^Sjekket: /));

    // A new pane over the same workbook starts from the stored profile.
    const again = renderPane(port);
    await waitFor(() =>
      expect(within(again.container).getByRole('button', { name: /^Profil:/ }).textContent).toBe('Profil: Vestland 2024'),
    );
  });

  it('warns about parameters that do nothing because their rule is off in the same profile', async () => {
    const port = new DemoPort(workbook());
    const { container } = renderPane(port);
    const base = findProfile('kollektiv-kompetanseutvikling-2026')!;
    const own = {
      ...base,
      id: 'egen-2026',
      name: 'Egen 2026',
      parameters: { ...base.parameters, deadline: '2026-02-01', maxTiltakPerPartnershipAndScheme: 5 },
    };
    await choose(fileInput(container), 'egen.json', JSON.stringify(own));
    await waitFor(() =>
      expect(chosenText()).toMatch(
        /Parameteren «maxTiltakPerPartnershipAndScheme» gjør ingenting: regelen «too-many-measures» er slått av i profilen\./,
      ),
    );
    expect(chosenText()).toMatch(/Parameteren «deadline» gjør ingenting: regelen «deadline-passed» er slått av i profilen\./);
  });

  it('switches only when the user says so: choosing a radio stores and checks nothing, Bruk profilen does, saying the rules changed', async () => {
    const port = new DemoPort(workbook());
    renderPane(port);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Valider' })));
    await waitFor(() => expect(live()).toMatch(/^Sjekket: /));
    const before = live();
    const oslo = findProfile('oslo-viken-2024')!.name;
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: oslo })));
    expect(await port.loadStoredProfile()).toBeNull();
    expect(live()).toBe(before);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Bruk profilen' })));
    await waitFor(async () => expect(await port.loadStoredProfile()).toEqual({ kind: 'builtin', id: 'oslo-viken-2024' }));
    // The rules changed, not the cells: the totals are said, never "rettet".
    await waitFor(() =>
      expect(live()).toMatch(
        new RegExp(`^Sjekker nå med profilen «${escape(oslo)}»: reglene er byttet, ikke cellene\\. Sjekket: \\d+ feil`),
      ),
    );
    expect(live()).not.toMatch(/rettet/);
    expect(chosenText()).toMatch(/Profilen er valgt for denne arbeidsboken\./);
  });

  it('refuses a bad profile file with a sentence naming the bad field, shown beside the picker and announced, and stores nothing', async () => {
    const port = new DemoPort(workbook());
    const { container } = renderPane(port);
    const bad = {
      ...findProfile('kompetansenettverk-2024')!,
      parameters: { ...findProfile('kompetansenettverk-2024')!.parameters, deadline: '15.12.2023' },
    };
    await choose(fileInput(container), 'feil.json', JSON.stringify(bad));
    const refusal = '«feil.json»: Profilen er ikke gyldig: «parameters › deadline» – datoen skrives ÅÅÅÅ-MM-DD.';
    await waitFor(() => expect(live()).toBe(refusal));
    expect(
      within(screen.getByRole('region', { name: 'Profil' }))
        .getAllByText(refusal)
        .map((e) => e.textContent),
    ).toEqual([refusal]);
    expect(await port.loadStoredProfile()).toBeNull();
  });
});
