/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { DemoPort } from '../../src/taskpane/demo/DemoPort';
import { SheetView } from '../../src/taskpane/demo/SheetView';
import { stubLayout, tiltakRow, tiltakWorkbook } from './pane';

beforeAll(stubLayout);

it('the demo’s cell field keeps what the user types while the sheet is repainted, and Enter writes it', async () => {
  const port = new DemoPort(tiltakWorkbook(tiltakRow('Vurdering og planlegging'), tiltakRow('Utprøving')));
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetView port={port} />
    </FluentProvider>,
  );
  act(() => port.selectCell('Tiltak', 'C2'));
  const field = screen.getByTestId('formula-bar') as HTMLInputElement;
  expect(field.value).toBe('Vurdering og planlegging');

  fireEvent.change(field, { target: { value: 'Planlegging' } });
  // A re-check's highlights (or the pane marking the picked cell) land while the user types.
  await act(() => port.highlight([]));
  await act(() => port.select('Tiltak', ['C2']));
  expect(field.value).toBe('Planlegging');

  fireEvent.submit(field.closest('form')!);
  expect(port.value('Tiltak', 'C2')).toBe('Planlegging');
  // Enter moved down, and the field shows the new cell's value.
  expect(field.value).toBe('Utprøving');
});
