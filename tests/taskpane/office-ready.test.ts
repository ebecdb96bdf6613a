/** @jest-environment jsdom */
import { isDarkColour, prefersDarkTheme, whenOfficeReady } from '../../src/taskpane/office';

type OfficeStub = {
  HostType: { Excel: string };
  onReady?: (callback: (info: { host: string | null }) => void) => Promise<unknown>;
  context?: { officeTheme?: { bodyBackgroundColor?: string } };
};

const globals = globalThis as unknown as { Office?: OfficeStub };

/** An office.js stand-in whose onReady reports `host`, or never fires when `host` is undefined. */
function installOffice(host?: string | null, extra: Partial<OfficeStub> = {}): void {
  globals.Office = {
    HostType: { Excel: 'Excel' },
    onReady: (callback) => {
      if (host !== undefined) callback({ host });
      return new Promise(() => undefined);
    },
    ...extra,
  };
}

afterEach(() => {
  delete globals.Office;
  jest.useRealTimers();
});

describe('whenOfficeReady', () => {
  it('reports Excel when Office says the host is Excel', async () => {
    installOffice('Excel');
    await expect(whenOfficeReady(1000)).resolves.toEqual({ host: 'excel' });
  });

  it('reports no host outside Office and in other Office apps', async () => {
    installOffice(null);
    await expect(whenOfficeReady(1000)).resolves.toEqual({ host: null });
    installOffice('Word');
    await expect(whenOfficeReady(1000)).resolves.toEqual({ host: null });
  });

  it('reports no host at once when office.js did not load', async () => {
    await expect(whenOfficeReady(1000)).resolves.toEqual({ host: null });
  });

  it('falls into demo mode when onReady never fires', async () => {
    jest.useFakeTimers();
    installOffice(undefined);
    const ready = whenOfficeReady(3000);
    jest.advanceTimersByTime(3000);
    await expect(ready).resolves.toEqual({ host: null });
  });

  it('switches to Excel when Excel reports in after the timeout', async () => {
    jest.useFakeTimers();
    let report: ((info: { host: string | null }) => void) | undefined;
    installOffice(undefined, {
      onReady: (callback) => {
        report = callback;
        return new Promise(() => undefined);
      },
    });
    const late = jest.fn();
    const ready = whenOfficeReady(3000, late);
    jest.advanceTimersByTime(3000);
    await expect(ready).resolves.toEqual({ host: null });
    expect(late).not.toHaveBeenCalled();
    report!({ host: 'Excel' });
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('falls into demo mode when onReady throws', async () => {
    installOffice(undefined, {
      onReady: () => {
        throw new Error('Office.js is not initialised');
      },
    });
    await expect(whenOfficeReady(1000)).resolves.toEqual({ host: null });
  });
});

describe('prefersDarkTheme', () => {
  const systemPrefersDark = (dark: boolean) => {
    window.matchMedia = ((query: string) => ({ matches: dark && query.includes('dark') })) as unknown as typeof window.matchMedia;
  };

  it("follows Office's theme over the system's", () => {
    systemPrefersDark(false);
    installOffice('Excel', { context: { officeTheme: { bodyBackgroundColor: '#262626' } } });
    expect(prefersDarkTheme()).toBe(true);
    systemPrefersDark(true);
    installOffice('Excel', { context: { officeTheme: { bodyBackgroundColor: '#FFFFFF' } } });
    expect(prefersDarkTheme()).toBe(false);
  });

  it('follows the system outside Office', () => {
    systemPrefersDark(true);
    expect(prefersDarkTheme()).toBe(true);
    systemPrefersDark(false);
    expect(prefersDarkTheme()).toBe(false);
  });

  it('tells dark colours from light ones and ignores what is not #RRGGBB', () => {
    expect(['#000000', '#1f1f1f', '#3a3a3a', '#0b2e5c'].map(isDarkColour)).toEqual([true, true, true, true]);
    expect(['#ffffff', '#f3f2f1', '#c8c6c4', 'white', ''].map(isDarkColour)).toEqual([false, false, false, false, false]);
  });
});
