import { chromium, type Locator, type Page } from 'playwright-core';
import { chooseChromium } from '../tests/browser/chromium';
import { serveDirectory } from '../tests/browser/harness';
import { withProductionBuild } from './production-build';

/**
 * The whole keyboard flow in demo mode at 320×700, counted key by key: load → Valider → every
 * error (and fixable warning) fixed → Lag behovsmelding → the three exports. The user is a
 * keyboard user who knows the pane: walks with Neste feil (Alt+↓), takes a one-click offer where
 * the pane makes one for the value they want, otherwise edits the cell in the sheet; moves focus
 * with Tab or Shift+Tab, whichever is shorter (measured by cycling the focus order first, not
 * counted), and with F6 between pane and sheet where the page supports it.
 * Typed characters are counted apart from keys.
 */

/** What the user writes for each finding's cell (the first cell a finding names, as Neste feil selects it). */
const INTENTS: Record<string, { cell?: string; value: string; offer?: RegExp }> = {
  D6: { value: 'Vurdering', offer: /^Behold bare «?Vurdering/ },
  J7: { value: '200000', offer: /^Rett J7 til 200 000/ },
  L7: { value: '' },
  S7: { value: 'USN knytter praksisstudenter til skolene og bruker erfaringene i lærerutdanningen.' },
  P8: { value: 'vår 2027' },
  B9: { cell: 'C9', value: 'Kompetanseløftet' },
  B10: { cell: 'C10', value: 'Kompetanseløftet' },
  L12: { value: '' },
  Q9: { value: 'Lærerne og rektorene har meldt behovet og drøftet det med USN.' },
};

const ID_SCRIPT = `
  window.__ids = new WeakMap();
  window.__n = 0;
  window.__idOf = (el) => {
    if (!el) return 0;
    if (!window.__ids.has(el)) window.__ids.set(el, ++window.__n);
    return window.__ids.get(el);
  };
`;

interface Count {
  keys: number;
  tabs: number;
  typed: number;
  steps: string[];
}

class KeyboardUser {
  readonly count: Count = { keys: 0, tabs: 0, typed: 0, steps: [] };
  constructor(private readonly page: Page) {}

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
    this.count.keys += times;
    if (key === 'Tab' || key === 'Shift+Tab') this.count.tabs += times;
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.count.typed += text.length;
  }

  private active(): Promise<number> {
    return this.page.evaluate('window.__idOf(document.activeElement)') as Promise<number>;
  }

  /**
   * The focus order from here round to here again (Tab pressed, not counted): every element once,
   * without the one focused now (which a script may have focused outside the order).
   */
  private async cycle(): Promise<{ order: number[]; home: boolean }> {
    const start = await this.active();
    const order: number[] = [];
    for (let i = 0; i < 600; i++) {
      await this.page.keyboard.press('Tab');
      const id = await this.active();
      if (id === start || id === order[0]) return { order, home: id === start };
      order.push(id);
    }
    throw new Error('the focus order never came round');
  }

  /** Move the focus to the first element `matches` accepts, by the shorter way round. */
  private async focusWhere(matches: (id: number) => Promise<boolean>, what: string): Promise<void> {
    if (await matches(await this.active())) return;
    const { order, home } = await this.cycle();
    const at = [];
    for (let i = 0; i < order.length; i++) if (await matches(order[i]!)) at.push(i);
    if (!at.length) throw new Error(`${what} is not in the focus order`);
    // The shorter way: Tab forward, or Shift+Tab from the end. Focused outside the order, the cycle
    // ends on its first element, one Tab already made (counted, not pressed again).
    const forward = Math.min(...at) + 1;
    const backward = order.length - Math.max(...at);
    if (forward <= backward) {
      await this.press('Tab', home ? forward : forward - 1);
      if (!home) {
        this.count.keys++;
        this.count.tabs++;
      }
    } else await this.press('Shift+Tab', backward);
    if (!(await matches(await this.active()))) throw new Error(`focus did not reach ${what}`);
  }

  async focus(target: Locator, what: string): Promise<void> {
    const id = (await target.evaluate((el) => (window as unknown as { __idOf: (e: Element) => number }).__idOf(el))) as number;
    await this.focusWhere(async (x) => x === id, what);
  }

  /** Focus anything inside `region` (CSS), by F6 when the page moves between pane and sheet with it. */
  async focusInside(region: string, what: string): Promise<void> {
    const inside = (id: number) =>
      this.page.evaluate(`[...document.querySelectorAll('${region} *')].some((el) => window.__ids.get(el) === ${id})`) as Promise<boolean>;
    if (await inside(await this.active())) return;
    await this.page.keyboard.press('F6');
    if (await inside(await this.active())) {
      this.count.keys++;
      return;
    }
    await this.focusWhere(inside, what);
  }

  async isInside(region: string): Promise<boolean> {
    return this.page.evaluate(`!!document.activeElement?.closest('${region}')`) as Promise<boolean>;
  }
}

const live = (page: Page) => page.locator('main p[role="status"]');

async function changedLive(page: Page, before: string, timeout = 8000): Promise<string | null> {
  try {
    await page.waitForFunction(
      (old) => {
        const text = document.querySelector('main p[role="status"]')?.textContent ?? '';
        return text !== '' && text !== old;
      },
      before,
      { timeout },
    );
    return await live(page).innerText();
  } catch {
    return null;
  }
}

function cellDistance(from: string, to: string): { rows: number; cols: number } {
  const split = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    const col = [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), col };
  };
  const a = split(from);
  const b = split(to);
  return { rows: b.row - a.row, cols: b.col - a.col };
}

/** The flow once, on a fresh page; returns the counts. */
async function flow(page: Page): Promise<Count> {
  const user = new KeyboardUser(page);
  const step = (s: string) => user.count.steps.push(s);

  await user.focus(page.getByRole('button', { name: 'Valider' }), 'Valider');
  await user.press('Enter');
  await page.getByText(/tiltak sjekket på arket/).waitFor();
  step(`Valider: ${user.count.keys} taster`);

  for (let i = 0; i < 30; i++) {
    const keysBefore = user.count.keys;
    let before = await live(page).innerText();
    await user.press('Alt+ArrowDown');
    let said = await changedLive(page, before, 1500);
    if (said === null) {
      // Alt+↓ did nothing here: into the pane, and again.
      await user.focusInside('main', 'the pane');
      before = await live(page).innerText();
      await user.press('Alt+ArrowDown');
      said = await changedLive(page, before);
    }
    if (said === null) throw new Error('Neste feil said nothing');
    if (/Ingen feil å gå til/.test(said)) break;
    const at = /Markerte ([A-Z]+\d+)/.exec(said)?.[1];
    const intent = at ? INTENTS[at] : undefined;
    if (!intent) break;
    before = await live(page).innerText();

    const item = page.locator('li[aria-current="true"]');
    const offer = intent.offer ? item.getByRole('button', { name: intent.offer }) : null;
    if (offer && (await offer.count()) === 1) {
      await user.focus(offer, `the offer for ${at}`);
      await user.press('Enter');
      const confirm = item.getByRole('button', { name: /^Ja, / });
      if ((await confirm.count()) === 1) {
        await user.focus(confirm, 'Ja');
        await user.press('Enter');
      }
      step(`${at}: tilbudet i panelet, ${user.count.keys - keysBefore} taster`);
    } else {
      const target = intent.cell ?? at!;
      await user.focusInside('section[aria-label="Eksempelarbeidsbok"]', 'the sheet');
      await user.focus(page.getByRole('grid'), 'the sheet');
      const current = ((await page.getByRole('grid').getAttribute('aria-activedescendant')) ?? '').replace('demo-cell-', '') || 'A1';
      const { rows, cols } = cellDistance(current, target);
      if (rows) await user.press(rows > 0 ? 'ArrowDown' : 'ArrowUp', Math.abs(rows));
      if (cols) await user.press(cols > 0 ? 'ArrowRight' : 'ArrowLeft', Math.abs(cols));
      await page.getByText(`Verdi i ${target}`).waitFor();
      await user.press('Enter');
      await user.press('Control+A');
      if (intent.value) await user.type(intent.value);
      else await user.press('Backspace');
      await user.press('Enter');
      step(`${target}: skrevet i arket, ${user.count.keys - keysBefore} taster, ${intent.value.length} tegn`);
    }
    if ((await changedLive(page, before)) === null) throw new Error(`no re-check after ${at}`);
  }
  const summary = await page.locator('[role="region"][aria-label="Oppsummering"]').innerText();
  step(`Tabellen: ${/\d+ feil(?:,| og) \d+ advarsl?[a-z]*/.exec(summary)?.[0] ?? summary}`);

  const keysBefore = user.count.keys;
  const make = page.getByRole('button', { name: /^Lag behovsmelding/ });
  await user.focus(make, 'Lag behovsmelding');
  await user.press('Enter');
  await page
    .getByText(/Laget arke/)
    .first()
    .waitFor();
  for (const label of ['Excel (xlsx)', 'PDF', 'JSON']) {
    const button = page.getByRole('button', { name: label, exact: true });
    await user.focus(button, label);
    const download = page.waitForEvent('download');
    await user.press('Enter');
    await download;
  }
  step(`Lag behovsmelding og tre eksporter: ${user.count.keys - keysBefore} taster`);
  return user.count;
}

export function benchKeyboard(): Promise<string[]> {
  return withProductionBuild(benchKeyboardOn);
}

/** The flow on a build already made in `out`. */
export async function benchKeyboardOn(out: string): Promise<string[]> {
  {
    const server = await serveDirectory(out);
    const { executablePath, args, env } = await chooseChromium();
    const browser = await chromium.launch({ executablePath, args, env: env && { ...process.env, ...env } });
    try {
      const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
      await context.addInitScript(ID_SCRIPT);
      await context.route('**/*', (route) =>
        new URL(route.request().url()).origin === server.origin ? route.continue() : route.fulfill({ status: 204, body: '' }),
      );
      const page = await context.newPage();
      await page.goto(server.origin + '/taskpane.html');
      await page.locator('td[data-address="D6"]').waitFor();
      const count = await flow(page);
      const share = count.keys ? Math.round((count.tabs / count.keys) * 100) : 0;
      return [
        'Tastaturflyten i demomodus, 320×700 (last → ren tabell → Lag behovsmelding → tre eksporter):',
        `  ${count.keys} taster, av dem ${count.tabs} Tab/Shift+Tab (${share} %), pluss ${count.typed} skrevne tegn`,
        ...count.steps.map((s) => `    ${s}`),
      ];
    } finally {
      await browser.close();
      await server.close();
    }
  }
}
