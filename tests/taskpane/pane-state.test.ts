import type { CheckOutcome } from '../../src/app/check';
import { findingKey } from '../../src/app/navigation';
import type { Finding } from '../../src/domain/model';
import { initialPaneState, paneReducer, type PaneAction, type PaneState } from '../../src/taskpane/state/pane-state';

const finding = (cell: string): Finding => ({ rule: 'r', severity: 'error', sheet: 'Tiltak', cells: [cell], message: cell });
const outcome = (...cells: string[]) => ({ ok: true, findings: cells.map(finding) }) as unknown as CheckOutcome;
const run = (...actions: PaneAction[]): PaneState => actions.reduce(paneReducer, initialPaneState);

describe('the pane state', () => {
  it('goes live with the first check and says what it found', () => {
    const state = run({ type: 'check-started' }, { type: 'checked', outcome: outcome('D6'), say: 'Sjekket: 1 feil.' });
    expect(state).toMatchObject({ status: 'done', live: true, announcement: { text: 'Sjekket: 1 feil.', n: 1 } });
  });

  it('stays quiet after a re-check that changed nothing, and announces the same sentence again when it is said again', () => {
    const first = run({ type: 'checked', outcome: outcome('D6'), say: 'Ingen endring.' });
    expect(paneReducer(first, { type: 'checked', outcome: outcome('D6') }).announcement).toEqual(first.announcement);
    expect(paneReducer(first, { type: 'announced', text: 'Ingen endring.' }).announcement).toEqual({ text: 'Ingen endring.', n: 2 });
  });

  it('sends every failure through one channel that shows and announces it, where it belongs', () => {
    const failed = run({ type: 'check-started' }, { type: 'failed', message: 'Sjekken mislyktes.' });
    expect(failed).toMatchObject({
      status: 'failed',
      failure: { message: 'Sjekken mislyktes.' },
      announcement: { text: 'Sjekken mislyktes.' },
    });
    const profile = run({ type: 'failed', message: '«feil.json»: …', place: 'profile' });
    expect(profile.failure).toEqual({ message: '«feil.json»: …', place: 'profile' });
    expect(profile.status).toBe('idle');
    expect(paneReducer(failed, { type: 'checked', outcome: outcome() }).failure).toBeNull();
  });

  it('keeps what the add-in wrote, with the old value, through every re-check until the next write', () => {
    const wrote = 'Skrev 200 000 i J7 (var «ca. 200 000»).';
    const state = run(
      { type: 'checked', outcome: outcome('J7') },
      { type: 'edited', text: wrote },
      { type: 'checked', outcome: outcome(), say: `${wrote} J7 er rettet.` },
      { type: 'checked', outcome: outcome('D6'), say: '1 ny feil i D6.' },
    );
    expect(state.lastEdit).toBe(wrote);
    expect(state.announcement.text).toBe('1 ny feil i D6.');
    expect(paneReducer(state, { type: 'edited', text: 'Skrev «ja» i B8 (var «Ja, signert»).' }).lastEdit).toBe(
      'Skrev «ja» i B8 (var «Ja, signert»).',
    );
  });

  it('moves the focus only when asked: Neste feil from the pane, not from the sheet', () => {
    const checked = run({ type: 'checked', outcome: outcome('D6', 'J7') });
    const fromPane = paneReducer(checked, { type: 'moved-to', key: findingKey(finding('J7')), say: 'Feil 2 av 2.', focus: true });
    expect(fromPane).toMatchObject({ current: findingKey(finding('J7')), focus: { target: 'current', n: 1 } });
    const fromSheet = paneReducer(fromPane, { type: 'moved-to', key: findingKey(finding('D6')), say: 'Feil 1 av 2.', focus: false });
    expect(fromSheet.focus).toEqual({ target: 'current', n: 1 });
    expect(paneReducer(fromSheet, { type: 'focus', target: 'summary' }).focus).toEqual({ target: 'summary', n: 2 });
  });

  it('marks the finding at a cell picked in the sheet', () => {
    const state = run({ type: 'checked', outcome: outcome('D6', 'J7') }, { type: 'cell-selected', sheet: 'Tiltak', address: 'J7' });
    expect(state).toMatchObject({ selected: { sheet: 'Tiltak', address: 'J7' }, current: findingKey(finding('J7')) });
  });

  it('stops live re-checking when the highlights are removed, and starts again with the next check', () => {
    const cleared = run({ type: 'checked', outcome: outcome('D6') }, { type: 'highlights-cleared', say: 'Markeringene er fjernet.' });
    expect(cleared).toMatchObject({ cleared: true, live: false });
    expect(paneReducer(cleared, { type: 'checked', outcome: outcome('D6') })).toMatchObject({ cleared: false, live: true });
  });

  it('exports one file at a time and says where it went', () => {
    const busy = run({ type: 'export-started', kind: 'pdf' });
    expect(busy.exporting).toBe('pdf');
    const done = [{ type: 'exported', say: 'Lastet ned: behovsmelding.pdf' }, { type: 'export-ended' }] as const;
    expect(done.reduce(paneReducer, busy)).toMatchObject({ exporting: null, delivered: 'Lastet ned: behovsmelding.pdf' });
  });

  it('runs Lag mal and the utvalgslister one at a time, says what they did and keeps the lists the workbook holds', () => {
    const lists = { sheet: 'Tiltak', added: [{ field: 'fase' as const, header: 'Fase', range: 'D3:D205', title: 'Fase' }], kept: [] };
    expect(run({ type: 'selection-lists-loaded', lists }).selectionLists).toEqual(lists);
    const started = run({ type: 'template-started' });
    expect(started.templateBusy).toBe(true);
    const added = paneReducer(started, { type: 'template-ended', say: 'La til utvalgslister i 1 kolonne: «Fase».', lists });
    expect(added).toMatchObject({ templateBusy: false, templateDone: 'La til utvalgslister i 1 kolonne: «Fase».', selectionLists: lists });
    expect(added.announcement.text).toBe('La til utvalgslister i 1 kolonne: «Fase».');
    // A failure (announced by the failure channel) frees the buttons and keeps the lists as they were.
    const failed = paneReducer(paneReducer(added, { type: 'template-started' }), { type: 'template-ended' });
    expect(failed).toMatchObject({ templateBusy: false, templateDone: null, selectionLists: lists });
    expect(paneReducer(failed, { type: 'template-ended', say: 'Fjernet.', lists: null }).selectionLists).toBeNull();
  });
});
