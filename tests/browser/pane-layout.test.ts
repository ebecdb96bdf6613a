import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { liveRegion, ROOT, startHarness, type PaneHarness } from './harness';

/**
 * The pane where the eye is, in a real Chromium: focus on the thing just acted on and never under
 * the sticky bar, at 320 px and at 200 % zoom (a 320×700 pane is 160×350 CSS pixels); the demo as a
 * keyboard user meets it; the split, the date field, the profile picker and dark mode.
 */
let harness: PaneHarness;

before(async () => {
  harness = await startHarness();
});

after(async () => {
  await harness?.close();
});

const TASK_PANE = { viewport: { width: 320, height: 700 } } satisfies BrowserContextOptions;
const ZOOM_200 = { viewport: { width: 160, height: 350 }, deviceScaleFactor: 2 } satisfies BrowserContextOptions;

async function openPane(context: BrowserContextOptions, options: { workbook?: Buffer; scheme?: 'dark' } = {}) {
  const opened = await harness.open('/taskpane.html', {
    context: { ...context, colorScheme: options.scheme ?? 'light' },
    beforeLoad: async (ctx) => {
      const workbook = options.workbook;
      if (workbook) await ctx.route('**/assets/eksempel.xlsx', (route) => route.fulfill({ status: 200, body: workbook }));
    },
  });
  await opened.page.locator('td[data-address="D6"]').waitFor();
  return opened;
}

const validate = async (page: Page) => {
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(/tiltak sjekket på arket «Tiltak»/).waitFor();
};

/** The bottom of the action bar while it sticks (0 when it scrolls away with the page). */
const barBottom = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('main h1')!.parentElement!;
    return getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().bottom : 0;
  });

/** The focused element is on screen (its start, when it is taller than the room) and not under the sticky bar. */
async function assertFocusInView(page: Page, what: string): Promise<void> {
  const box = await page.evaluate(() => {
    const r = document.activeElement!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: window.innerHeight };
  });
  const covered = await barBottom(page);
  assert.ok(box.top >= covered - 1, `${what}: focus at ${box.top} px is under the bar (to ${covered} px)`);
  // An element taller than the room below the bar shows its start.
  const fits = box.bottom - box.top <= box.height - covered;
  assert.ok(!fits || box.bottom <= box.height + 1, `${what}: focus at ${box.bottom} px is below the ${box.height} px window`);
  assert.ok(box.top <= box.height, `${what}: focus starts at ${box.top} px, below the ${box.height} px window`);
}

async function assertNoSidewaysScroll(page: Page, state: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${state}: the page is ${scroll} px wide in a ${client} px window`);
}

async function assertAxeClean(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    [],
    `axe, ${state}`,
  );
}

/** What the focused element is: its tag and text, and whether it is the current finding's first action. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const item = el.closest('li[aria-current="true"]');
    return { tag: el.tagName, text: el.textContent ?? '', firstOfCurrent: !!item && item.querySelector('button') === el };
  });

for (const [size, context] of [
  ['320×700', TASK_PANE],
  ['200 % zoom', ZOOM_200],
] as const) {
  test(`at ${size}: Neste feil puts the focus on the finding's first action, in view and clear of the bar; a fix puts it on the summary`, async () => {
    const { page, errors } = await openPane(context);
    await validate(page);
    await assertNoSidewaysScroll(page, `${size}, after Valider`);
    for (let i = 1; i <= 5; i++) {
      await page.getByRole('button', { name: 'Neste feil' }).click();
      await liveRegion(page)
        .getByText(new RegExp(`^Feil ${i} av \\d+\\.`))
        .waitFor();
      await page.waitForFunction(() => !!document.activeElement?.closest('li[aria-current="true"]'));
      assert.equal((await focused(page)).firstOfCurrent, true, `Neste feil ${i}: focus is not on the current finding's first action`);
      await assertFocusInView(page, `Neste feil ${i}`);
      // Alt+↓ from there goes on, as the button does.
      await page.keyboard.press('Alt+ArrowDown');
      await liveRegion(page)
        .getByText(new RegExp(`^Feil ${i + 1} av \\d+\\.`))
        .waitFor();
      await page.waitForFunction(() => !!document.activeElement?.closest('li[aria-current="true"]'));
      assert.equal((await focused(page)).firstOfCurrent, true, `Alt+↓ after ${i}`);
      await assertFocusInView(page, `Alt+↓ after ${i}`);
      await page.getByRole('button', { name: 'Forrige feil' }).click();
      await liveRegion(page)
        .getByText(new RegExp(`^Feil ${i} av \\d+\\.`))
        .waitFor();
    }
    // Tab carries on from the finding, not from the bar.
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest('section[aria-label="Funn"]')), 'Tab left the findings');

    // A fix: the focus goes to the summary that says what changed, in view below the bar.
    const amount = page.locator('li[data-rule]', { has: page.getByRole('button', { name: 'Gå til J7 (Tilskudd eier)' }) });
    await amount.getByRole('button', { name: 'Rett J7 til 200 000 …' }).click();
    await amount.getByRole('button', { name: 'Ja, skriv 200 000 i J7' }).click();
    await liveRegion(page)
      .getByText(/^Skrev 200 000 i J7/)
      .waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Oppsummering');
    await assertFocusInView(page, 'after the fix');
    await assertNoSidewaysScroll(page, `${size}, after the fix`);
    await assertAxeClean(page, `${size}, after the fix`);
    assert.deepEqual(errors, []);
  });
}

test('at 200 % zoom the bar stops sticking rather than cover the pane; at 320 px it sticks', async () => {
  for (const [context, sticky] of [
    [TASK_PANE, true],
    [ZOOM_200, false],
  ] as const) {
    const { page } = await openPane(context);
    await validate(page);
    const bar = await page.evaluate(() => {
      const el = document.querySelector('main h1')!.parentElement!;
      return { position: getComputedStyle(el).position, height: el.getBoundingClientRect().height, view: window.innerHeight };
    });
    assert.equal(bar.position === 'sticky', sticky, `bar ${JSON.stringify(bar)}`);
    if (sticky) assert.ok(bar.height <= bar.view / 4, `a sticking bar covers ${bar.height} of ${bar.view} px`);
    // The demo's cell field never widens the page.
    await page.locator('td[data-address="J7"]').click();
    await page.getByTestId('formula-bar').fill('En lang verdi som ikke får plass i feltet i det hele tatt, 1 234 567 kr');
    await assertNoSidewaysScroll(page, `${JSON.stringify(context.viewport)}, cell field`);
    await page.close();
  }
});

test('demo at 320 px: the pane comes first; Alt+↓ from the sheet walks the errors there; Enter writes and moves down; row numbers stay', async () => {
  const { page, errors } = await openPane(TASK_PANE);
  assert.equal(
    await page.evaluate(() => {
      const pane = document.querySelector('main')!;
      const sheet = document.querySelector('[role="grid"]')!;
      return !!(pane.compareDocumentPosition(sheet) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
    true,
    'the sheet comes before the pane in the page',
  );
  await validate(page);
  // The summary and the first finding are where the user is: on the first screen.
  const summary = await page.getByRole('region', { name: 'Oppsummering' }).boundingBox();
  assert.ok(summary && summary.y < 700, `summary at ${JSON.stringify(summary)}`);

  await page.getByRole('grid').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await liveRegion(page)
    .getByText(/^Feil 1 av \d+\. Markerte D6/)
    .waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'grid', 'Alt+↓ took the focus out of the sheet');
  assert.equal(await page.getByRole('grid').getAttribute('aria-activedescendant'), 'demo-cell-D6');

  // Enter edits, Enter in the field writes the value and goes one row down, back in the sheet.
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid), 'formula-bar');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Vurdering');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'grid');
  assert.equal(await page.getByRole('grid').getAttribute('aria-activedescendant'), 'demo-cell-D7');
  assert.equal(await page.locator('td[data-address="D6"]').evaluate((td) => td.firstChild?.textContent), 'Vurdering');

  // Far to the right, the row numbers are still there.
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
  const rowHead = await page.locator('th[scope="row"]').nth(6).boundingBox();
  const scroller = await page.getByRole('grid').locator('..').boundingBox();
  assert.ok(rowHead && scroller && rowHead.x >= scroller.x - 1 && rowHead.x < scroller.x + 40, `row number at ${JSON.stringify(rowHead)}`);
  assert.deepEqual(errors, []);
});

test('at 320 px: the split divides the money as the user says and says what gets worse before and after; keep one phase is the other way', async () => {
  const { page, errors } = await openPane(TASK_PANE);
  await validate(page);
  const item = page.locator('li[data-rule="phase-multiple"]');
  await item.getByRole('button', { name: 'Del rad 6 …' }).click();
  assert.equal(
    await item.getByRole('list').innerText(),
    'Vurdering: J6 60 000 kr, K6 40 000 kr, N6 20 000 kr\nPlanlegging: J7 60 000 kr, K7 40 000 kr, N7 20 000 kr',
  );
  await item.getByRole('textbox', { name: 'Andel til Vurdering (prosent)' }).fill('75');
  await item.getByRole('textbox', { name: 'Andel til Planlegging (prosent)' }).fill('25');
  assert.equal(
    await item.getByRole('list').innerText(),
    'Vurdering: J6 90 000 kr, K6 60 000 kr, N6 30 000 kr\nPlanlegging: J7 30 000 kr, K7 20 000 kr, N7 10 000 kr',
  );
  assert.match(
    await item.getByRole('note').innerText(),
    /^Dette skjer med meldingen: Bedre: D6 er rettet\. Verre: 2 nye feil i E7 og B9\./,
  );
  assert.ok(
    await item.getByRole('button', { name: 'Behold bare «Vurdering» …' }).isVisible(),
    'keep one phase is not offered beside the split',
  );
  await item.getByRole('button', { name: 'Ja, del rad 6 i 2 rader' }).click();
  await liveRegion(page)
    .getByText(
      /^Delte rad 6 i 2 rader \(rad 6–7\): Vurdering \/ Planlegging \(var «Vurdering og planlegging»\)\. Bedre: D6 er rettet\. Verre: 2 nye feil i E7 og B9\. Endret: .+ får 8 tiltak \(var 7\)\. Nå 9 feil/,
    )
    .waitFor();
  const value = (address: string) => page.locator(`td[data-address="${address}"]`).evaluate((td) => td.firstChild?.textContent ?? '');
  assert.deepEqual(
    [await value('J6'), await value('K6'), await value('N6'), await value('J7'), await value('K7'), await value('N7')],
    ['90000', '60000', '30000', '30000', '20000', '10000'],
  );
  assert.deepEqual(
    [await value('A7'), await value('B6'), await value('B7'), await value('D6'), await value('D7')],
    ['3b', 'Kartlegging av kompetansebehov – vurdering', 'Kartlegging av kompetansebehov – planlegging', 'Vurdering', 'Planlegging'],
  );
  await assertFocusInView(page, 'after the split');
  assert.deepEqual(errors, []);
});

/** The sample without its Partnerskap sheet, as a user's workbook that has none. */
async function withoutPartnership(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(ROOT, 'assets/eksempel.xlsx'));
  book.removeWorksheet(book.getWorksheet('Partnerskap')!.id);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('in an English-language browser the agreement date is read day first, said back in words, and written as 15.11.2023', async () => {
  const { page, errors } = await openPane({ ...TASK_PANE, locale: 'en-US' }, { workbook: await withoutPartnership() });
  await validate(page);
  // Without the sheet: one finding per fact, none calling a field of a missing sheet empty.
  const partnership = page.locator('li[data-rule="contact-missing"], li[data-rule="agreement-missing"]');
  assert.equal(await partnership.count(), 2);
  assert.equal(await page.locator('li[data-rule]', { hasText: /\btom\b/ }).count(), 0);

  await page.getByRole('button', { name: 'Fyll inn i skjemaet' }).first().click();
  const form = page.getByRole('form', { name: 'Lag arket Partnerskap' });
  await form.getByRole('textbox').first().waitFor();
  await page.waitForFunction(() => !!document.activeElement?.closest('form'));
  await assertFocusInView(page, 'the form');
  const date = form.getByRole('textbox', { name: 'Avtaledato' });
  assert.equal(await date.getAttribute('type'), 'text');
  await date.fill('15.11.2023');
  await form.getByText('Leses som 15. november 2023.').waitFor();
  await form.getByRole('textbox', { name: 'Organisasjonsnummer' }).fill('974 760 674');
  await form.getByRole('button', { name: 'Lag arket Partnerskap' }).click();
  await form.getByText('«974760674» har ni siffer, men kontrollsifferet stemmer ikke: sjekk at sifrene er skrevet riktig.').waitFor();
  await form.getByRole('textbox', { name: 'Organisasjonsnummer' }).fill('974 760 673');
  await form.getByRole('button', { name: 'Lag arket Partnerskap' }).click();
  await liveRegion(page)
    .getByText(/^Laget arket Partnerskap og sjekket på nytt\./)
    .waitFor();
  await page.getByRole('button', { name: 'Partnerskap', exact: true }).click();
  assert.equal(await page.locator('td[data-address="B9"]').evaluate((td) => td.firstChild?.textContent), '15.11.2023');
  assert.deepEqual(errors, []);
});

test('at 320 px the profile picker shows whole names and switches only on Bruk profilen, never on an arrow key', async () => {
  const { page, errors } = await openPane(TASK_PANE);
  await validate(page);
  const said = await liveRegion(page).innerText();
  await page.getByRole('button', { name: /^Profil:/ }).click();
  const radios = page.getByRole('radiogroup');
  await radios.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // Arrow keys move the choice only: nothing stored, nothing re-checked.
  assert.equal(await liveRegion(page).innerText(), said);
  const cut = await radios
    .locator('label')
    .evaluateAll((labels) =>
      labels
        .filter((l) => l.scrollWidth > l.clientWidth + 1 || l.getBoundingClientRect().right > window.innerWidth)
        .map((l) => l.textContent),
    );
  assert.deepEqual(cut, [], 'profile names cut or outside the pane');
  await page.getByRole('button', { name: 'Bruk profilen' }).click();
  await liveRegion(page)
    .getByText(/^Sjekker nå med profilen «.+»: reglene er byttet, ikke cellene\. Sjekket: /)
    .waitFor();
  assert.doesNotMatch(await liveRegion(page).innerText(), /rettet/);
  await assertNoSidewaysScroll(page, 'profile picker');
  assert.deepEqual(errors, []);
});

/** WCAG's contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((x) => {
        const v = Number(x) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('in dark mode a button that cannot be used yet is still readable', async () => {
  const { page } = await openPane(TASK_PANE, { scheme: 'dark' });
  const colours = await page.getByRole('button', { name: 'Neste feil' }).evaluate((el) => {
    let bg = 'rgba(0, 0, 0, 0)';
    for (let n: Element | null = el; n && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); n = n.parentElement)
      bg = getComputedStyle(n).backgroundColor;
    return { disabled: el.getAttribute('aria-disabled'), fg: getComputedStyle(el).color, bg };
  });
  assert.equal(colours.disabled, 'true');
  assert.ok(contrast(colours.fg, colours.bg) >= 4.5, `Neste feil, disabled: ${colours.fg} on ${colours.bg}`);
});
