/** Where the pane runs: inside Excel, or in a plain browser (demo mode). */
export type Host = 'excel' | null;

export interface OfficeReady {
  host: Host;
}

/**
 * Office.onReady, guarded. Outside Office the local office.js resolves with host null after
 * ~200 ms; when office.js could not load at all `Office` is undefined, and onReady may also
 * never fire: the timeout then falls into demo mode. A slow Excel (a cold start can take longer
 * than the timeout) must not leave its user in demo mode: when Excel reports in after the
 * timeout, `onLateExcel` is called so the pane can switch over.
 */
export function whenOfficeReady(timeoutMs: number, onLateExcel?: () => void): Promise<OfficeReady> {
  if (typeof Office === 'undefined') return Promise.resolve({ host: null });
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      resolve({ host: null });
    }, timeoutMs);
    const settle = (host: Host) => {
      if (timedOut) {
        if (host === 'excel') onLateExcel?.();
        return;
      }
      clearTimeout(timer);
      resolve({ host });
    };
    try {
      Office.onReady((info) => settle(info.host === Office.HostType.Excel ? 'excel' : null)).catch(() => settle(null));
    } catch {
      settle(null);
    }
  });
}

/** Dark when Office's theme has a dark background; outside Office the system preference decides. */
export function prefersDarkTheme(): boolean {
  const background = officeBackgroundColour();
  if (background) return isDarkColour(background);
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function officeBackgroundColour(): string | undefined {
  try {
    return typeof Office === 'undefined' ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    // Outside Office, Office.context can throw before a host has initialised it.
    return undefined;
  }
}

/** `#RRGGBB` with a relative luminance below one half. */
export function isDarkColour(hex: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
