// Breaks the matrix: excel/ imports the pane.
import { paneTitle } from '../taskpane/title';

export const highlight = (texts: { title: string }) => `${paneTitle} ${texts.title}`;
