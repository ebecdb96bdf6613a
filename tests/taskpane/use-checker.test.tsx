/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import { DemoPort } from '../../src/taskpane/demo/DemoPort';
import { useChecker } from '../../src/taskpane/useChecker';

function demoPort(): DemoPort {
  return new DemoPort({ sheets: [{ name: 'Tiltak', cells: [['Tiltak']], origin: { row: 0, col: 0 }, merges: [], tables: [] }] });
}

describe('the profile choice', () => {
  it('is saved in the workbook when the user picks a profile, for the ribbon', async () => {
    const port = demoPort();
    const { result } = renderHook(() => useChecker(port));
    await act(() => result.current.profile.pick('oslo-viken-2024'));
    await waitFor(async () => expect(await port.loadStoredProfile()).toEqual({ kind: 'builtin', id: 'oslo-viken-2024' }));
  });

  it('is read from the workbook when the pane opens', async () => {
    const port = demoPort();
    await port.saveStoredProfile({ kind: 'builtin', id: 'oslo-viken-2024' });
    const { result } = renderHook(() => useChecker(port));
    await waitFor(() => expect(result.current.profile.storedProfile?.id).toBe('oslo-viken-2024'));
  });
});
