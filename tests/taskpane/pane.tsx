import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { DemoPort } from '../../src/taskpane/demo/DemoPort';
import type { CellValue, WorkbookGrid } from '../../src/table/grid';

/** The columns of a small 2024 tiltak table (its Ordning column names Dekom). */
export const HEADERS = ['Tiltak', 'Ordning', 'Fase', 'Hvem gjør hva', 'Kommuner', 'UH', 'Tilskudd eier', 'Start', 'Slutt'];

/** One tiltak row under HEADERS, with the Fase cell given. */
export function tiltakRow(fase: string, tittel = 'Lesing', eiere = 'Drammen, Lier', eier = 100000): CellValue[] {
  return [tittel, 'Dekom', fase, 'USN leder', eiere, 'USN', eier, 'høst 2024', 'vår 2025'];
}

/** A workbook with one sheet "Tiltak" (no Partnerskap sheet) holding these rows under HEADERS. */
export function tiltakWorkbook(...rows: CellValue[][]): WorkbookGrid {
  // Copies: the demo port edits its workbook in place, and a test's rows must stay as written.
  return { sheets: [{ name: 'Tiltak', cells: [HEADERS, ...rows].map((r) => [...r]), origin: { row: 0, col: 0 }, merges: [], tables: [] }] };
}

/** What jsdom lacks and the pane asks for: ResizeObserver (Fluent's positioning), scrollIntoView (go-to), scrollTo (the demo's sheet). */
export function stubLayout(): void {
  // findBy/waitFor give up after this long: a loaded machine renders the pane slowly, and a test
  // must not fail for that (HELPERS.md), only hang no longer than this (within jest's 120 s).
  configure({ asyncUtilTimeout: 90_000 });
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  Element.prototype.scrollIntoView ??= () => undefined;
  Element.prototype.scrollTo ??= () => undefined;
}

/** The whole pane over a demo port, as the task pane renders it. */
export function renderPane(port: DemoPort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} />
    </FluentProvider>,
  );
}
