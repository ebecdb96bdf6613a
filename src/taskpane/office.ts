/** Where the pane runs: inside Excel, or in a plain browser (demo mode). */
export type Host = 'excel' | null;

/**
 * Office.onReady, guarded: outside Office it resolves with host null after ~200 ms, and when
 * office.js could not load at all it never resolves – the timeout falls into demo mode.
 */
export function whenOfficeReady(timeoutMs = 3000): Promise<Host> {
  if (typeof Office === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    void Office.onReady((info) => {
      clearTimeout(timer);
      resolve(info.host === Office.HostType.Excel ? 'excel' : null);
    });
  });
}
