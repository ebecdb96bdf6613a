// Breaks the matrix: one front end imports another.
import { cliName } from '../cli/main';

export const paneTitle = `pane beside ${cliName}`;
